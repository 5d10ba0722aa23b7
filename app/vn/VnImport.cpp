#include "VnImport.h"

#include "api/ServerAddress.h"
#include "api/VoipbinClient.h"
#include "core/SecretWipe.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJob.h"
#include "session/SignInController.h"

#include <QTimer>

VnImport::VnImport(ProfileStore *profiles, SecretStore *store, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_store(store)
    , m_settings(settings)
    , m_client(new VoipbinClient(this))
    , m_rememberTimer(new QTimer(this))
{
    // A keychain job stuck on an unlock prompt reports TimedOut itself; this is the wait past that.
    m_rememberTimer->setSingleShot(true);
    m_rememberTimer->setInterval(KeychainSecretStore::DefaultTimeoutMs + 2000);
    connect(m_rememberTimer, &QTimer::timeout, this,
        [this] { completeEntry(SecretJob::describe(SecretJob::Status::TimedOut)); });
}

VnImport::~VnImport()
{
    for (VnProfile &entry : m_queue)
        SecretWipe::wipe(entry.accessKey);
}

Profile VnImport::profileFor(const ProfileStore &profiles, const VnProfile &entry, const QUrl &root)
{
    // Imported again (or by the other front end): the profile of the same name on the same server. Each
    // accesskey profile has its own keychain entry, so every vn entry of one server gets a profile of its
    // own.
    const Profile named = profiles.findByName(entry.name);
    if (!named.isNull() && named.method == SignInMethod::AccessKey && named.server != ServerChoice::Sandbox
        && named.serverRoot() == root)
        return named;
    Profile profile;
    profile.name = profiles.uniqueName(entry.name);
    profile.server = root == ServerAddress::defaultRoot() ? ServerChoice::Voipbin : ServerChoice::Custom;
    profile.customRoot = profile.server == ServerChoice::Custom ? root : QUrl();
    profile.method = SignInMethod::AccessKey;
    return profile;
}

void VnImport::start(QList<VnProfile> entries)
{
    m_queue = std::move(entries);
    m_running = true;
    m_imported = 0;
    m_failed = 0;
    m_keychainFailed = false;
    // Asynchronous from the first entry on, so a caller connects to finished() after start() too.
    QTimer::singleShot(0, this, &VnImport::next);
}

void VnImport::next()
{
    while (!m_queue.isEmpty()) {
        VnProfile entry = m_queue.takeFirst();
        if (entry.accessKey.isEmpty())
            continue; // scrubbed already, or never had one
        m_entryName = entry.name;
        emit entryStarted(entry.name);
        QString problem;
        const QUrl root = entry.serverRoot(&problem);
        if (!root.isValid()) {
            SecretWipe::wipe(entry.accessKey);
            ++m_failed;
            emit entryFailed(entry.name, tr("its api_url cannot be used: %1").arg(problem));
            continue;
        }
        signIn(entry, root);
        SecretWipe::wipe(entry.accessKey);
        return;
    }
    finish();
}

void VnImport::signIn(const VnProfile &entry, const QUrl &root)
{
    m_profile = profileFor(*m_profiles, entry, root);
    m_isNew = m_profile.isNull();
    // A new profile is added first, so the controller records what it learns (remember-me, the customer).
    if (m_isNew)
        m_profile = m_profiles->add(m_profile);
    m_session = Session();
    m_rememberAnswered = false;
    m_rememberProblem.clear();
    m_controller = new SignInController(m_client, m_store, m_settings, this);
    m_controller->setProfiles(m_profiles);
    connect(m_controller, &SignInController::signedIn, this, &VnImport::onSignedIn);
    connect(m_controller, &SignInController::signInFailed, this, &VnImport::onSignInFailed);
    connect(m_controller, &SignInController::remembered, this, [this] { onRemembered({}); });
    connect(m_controller, &SignInController::rememberFailed, this, &VnImport::onRemembered);
    SignInAttempt attempt;
    attempt.serverRoot = root;
    attempt.method = SignInMethod::AccessKey;
    attempt.secret = entry.accessKey;
    attempt.remember = true;
    attempt.profileId = m_profile.id;
    m_controller->signIn(attempt);
    SecretWipe::wipe(attempt.secret); // the controller wipes its own copy once used
}

void VnImport::onSignedIn(const Session &session)
{
    // Signed in: the key is good. It counts once the keychain holds it.
    m_session = session;
    if (m_rememberAnswered)
        completeEntry(m_rememberProblem);
    else
        m_rememberTimer->start();
}

void VnImport::onSignInFailed(const QString &message)
{
    const ApiError error = m_controller->lastError();
    using K = ApiError::Kind;
    const bool refused = error.kind() == K::Unauthenticated || error.kind() == K::PermissionDenied
        || error.kind() == K::BadCredentials;
    if (m_isNew)
        m_profiles->remove(m_profile.id);
    ++m_failed;
    emit entryFailed(m_entryName,
        refused ? tr("the server did not accept its key (expired, revoked or mistyped)") : message);
    endEntry();
}

void VnImport::onRemembered(const QString &problem)
{
    m_rememberAnswered = true;
    m_rememberProblem = problem;
    if (m_session.isValid() && m_rememberTimer->isActive())
        completeEntry(problem); // else the sign-in's answer is still to come, or the wait gave up
}

void VnImport::completeEntry(const QString &problem)
{
    m_rememberTimer->stop();
    if (!problem.isEmpty()) {
        // Signed in, but nothing can be kept: a profile without its key would only mislead.
        if (m_isNew)
            m_profiles->remove(m_profile.id);
        ++m_failed;
        m_keychainFailed = true;
        for (VnProfile &entry : m_queue)
            SecretWipe::wipe(entry.accessKey);
        m_queue.clear();
        emit entryFailed(m_entryName, tr("its key could not be stored in the keychain: %1").arg(problem));
        endEntry();
        return;
    }
    ++m_imported;
    emit entryImported(m_entryName, m_profiles->profile(m_profile.id), m_session);
    endEntry();
}

void VnImport::endEntry()
{
    m_session = Session();
    if (m_controller)
        m_controller->deleteLater(); // its signal is still being delivered
    QTimer::singleShot(0, this, &VnImport::next);
}

void VnImport::finish()
{
    m_running = false;
    m_entryName.clear();
    emit finished();
}
