// SignUpFlow and PasswordChange, the account's life without widgets, against the in-process sandbox over
// loopback, with the keychain in memory (so it can be made to refuse): a new account ends signed in with
// its key stored first, in both server generations; the {} answer, a wrong code, a refusing keychain; a
// password change checks the current password, and afterwards only the new one signs in.
#include "ClientTestSupport.h"
#include "api/LoginReply.h"
#include "api/SignupReply.h"
#include "api/VoipbinClient.h"
#include "core/Settings.h"
#include "secrets/LocalKeySecrets.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretKeys.h"
#include "session/PasswordChange.h"
#include "session/SignInController.h"
#include "session/SignUpFlow.h"

#include <QSettings>
#include <QTemporaryDir>

#include <SandboxServer.h>
#include <memory>

using sandbox::SandboxMail;
using Step = SignUpFlow::Step;

namespace {
const QString NewEmail = QStringLiteral("new@example.com");
const QString Alice = QStringLiteral("alice@example.com");
} // namespace

class TestSignUpFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<VoipbinClient> m_client;
    std::unique_ptr<SignInController> m_controller;
    std::unique_ptr<LocalKeySecrets> m_secrets;
    std::unique_ptr<SignUpFlow> m_flow;

    QString mailed(const QString &to, SandboxMail::Kind kind) const
    {
        return m_server->outbox().latest(to, kind).secret;
    }

    bool waitForStep(Step step)
    {
        return QTest::qWaitFor([&] { return m_flow->step() == step; }, 15000);
    }

    // The new account's own key, read back from the keychain under its customer and id.
    void verifyStoredAndSignedIn(const Session &session)
    {
        QVERIFY(session.isValid());
        QCOMPARE(session.credential().kind(), Credential::Kind::AccessKey);
        QCOMPARE(session.customer().email, NewEmail);
        QVERIFY(session.customer().awaitsVerification());
        const QString customerId = session.customer().id;
        m_secrets->setAccount(m_server->url(), customerId);
        QCOMPARE(m_secrets->storedKeyIds().size(), 1);
        const QString keyId = *m_secrets->storedKeyIds().begin();
        const QString stored
            = m_store->contents().value(SecretKeys::accessKey(m_server->url(), customerId, keyId));
        QCOMPARE(stored, session.credential().secret());
        // Remember-me: the profile opens on the same key next time.
        QCOMPARE(m_store->contents().value(SecretKeys::session(m_server->url(), QStringLiteral("accesskey"))),
            stored);
    }

private slots:
    void init()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerSecond = 0;
        options.users = { { Alice, QStringLiteral("pw-alice-1"), true, {} } };
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_dir = std::make_unique<QTemporaryDir>();
        m_qsettings = std::make_unique<QSettings>(
            m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings = std::make_unique<Settings>(m_qsettings.get());
        m_store = std::make_unique<MemorySecretStore>();
        m_client = std::make_unique<VoipbinClient>();
        m_controller = std::make_unique<SignInController>(m_client.get(), m_store.get(), m_settings.get());
        m_secrets = std::make_unique<LocalKeySecrets>(m_store.get(), m_qsettings.get());
        m_flow = std::make_unique<SignUpFlow>(m_client.get(), m_controller.get(), m_secrets.get());
    }

    void cleanup()
    {
        m_flow.reset();
        m_secrets.reset();
        m_controller.reset();
        m_client.reset();
        m_store.reset();
        m_settings.reset();
        m_qsettings.reset();
        m_dir.reset();
        m_server.reset();
    }

    void currentServerStoresTheKeyThenSignsInWithIt()
    {
        QSignalSpy signedIn(m_flow.get(), &SignUpFlow::signedIn);
        QSignalSpy steps(m_flow.get(), &SignUpFlow::stepChanged);
        m_flow->start(m_server->url(), NewEmail, QStringLiteral("New Co"), true, {});
        QVERIFY(signedIn.wait(15000));
        QCOMPARE(m_flow->step(), Step::Done);
        verifyStoredAndSignedIn(signedIn.at(0).at(0).value<Session>());
        // Stored before the sign-in was tried: the key is never only in memory while a request runs.
        QList<Step> seen;
        for (const QList<QVariant> &args : steps)
            seen << args.at(0).value<Step>();
        QCOMPARE(seen, (QList<Step> { Step::SigningUp, Step::StoringKey, Step::SigningIn, Step::Done }));
    }

    void completeSignupServerAsksForTheEmailedCode()
    {
        m_server->setSignupFlow(sandbox::SignupFlow::CompleteSignup);
        QSignalSpy signedIn(m_flow.get(), &SignUpFlow::signedIn);
        QSignalSpy failed(m_flow.get(), &SignUpFlow::failed);
        m_flow->start(m_server->url(), NewEmail, {}, true, {});
        QVERIFY(waitForStep(Step::CodeNeeded));
        const QString code = mailed(NewEmail, SandboxMail::Kind::SignupCode);
        QCOMPARE(code.size(), 6);
        // A wrong code: explained, and the same signup waits for the right one.
        m_flow->submitCode(
            code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
        QVERIFY(failed.wait(15000));
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("code is wrong")),
            qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(m_flow->step(), Step::CodeNeeded);
        m_flow->submitCode(code);
        QVERIFY(signedIn.wait(15000));
        verifyStoredAndSignedIn(signedIn.at(0).at(0).value<Session>());
    }

    void anExistingAddressIsNotCreatedAndNothingIsStored()
    {
        QSignalSpy notCreated(m_flow.get(), &SignUpFlow::notCreated);
        m_flow->start(m_server->url(), Alice, {}, true, {});
        QVERIFY(notCreated.wait(15000));
        QCOMPARE(m_flow->step(), Step::Idle);
        QVERIFY(m_store->contents().isEmpty());
        QVERIFY(!m_controller->isBusy());
    }

    void aRefusingKeychainStopsWithTheKeyShownBeforeSigningIn()
    {
        m_store->failNextWith(SecretJob::Status::Locked);
        QSignalSpy notStored(m_flow.get(), &SignUpFlow::keyNotStored);
        QSignalSpy signedIn(m_flow.get(), &SignUpFlow::signedIn);
        m_flow->start(m_server->url(), NewEmail, {}, true, {});
        QVERIFY(notStored.wait(15000));
        QCOMPARE(m_flow->step(), Step::KeyNotStored);
        const QString token = m_flow->unstoredKey().token;
        QVERIFY(Credential::isWellFormed(Credential::Kind::AccessKey, token));
        QVERIFY(signedIn.isEmpty()); // the person keeps the key first
        m_flow->continueWithoutStoring();
        QVERIFY(signedIn.wait(15000));
        QCOMPARE(signedIn.at(0).at(0).value<Session>().credential().secret(), token);
        QVERIFY(m_flow->unstoredKey().token.isEmpty());
        QVERIFY(m_store->contents().isEmpty()); // nothing remembered: the keychain said no
    }

    void aRateLimitedSignUpSaysHowLongToWait()
    {
        m_server->setAuthRateLimit(1.0 / 200); // a burst below one request: refused, retry in ~200 s
        QSignalSpy failed(m_flow.get(), &SignUpFlow::failed);
        m_flow->start(m_server->url(), NewEmail, {}, true, {});
        QVERIFY(failed.wait(15000));
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(
            message.contains(QStringLiteral("try again in")) && message.contains(QStringLiteral("minutes")),
            qPrintable(message));
        QCOMPARE(m_flow->step(), Step::Idle);
    }

    void passwordChangeChecksTheCurrentOneThenOnlyTheNewOneWorks()
    {
        SignInAttempt attempt;
        attempt.serverRoot = m_server->url();
        attempt.username = Alice;
        attempt.secret = QStringLiteral("pw-alice-1");
        attempt.remember = true;
        QSignalSpy signedIn(m_controller.get(), &SignInController::signedIn);
        m_controller->signIn(attempt);
        QVERIFY(signedIn.wait(15000));
        const Session session = signedIn.at(0).at(0).value<Session>();
        const QString rememberedKey = SecretKeys::session(m_server->url(), Alice);
        QTRY_COMPARE(m_store->contents().value(rememberedKey), session.credential().secret());

        PasswordChange change(m_client.get(), m_controller.get());
        QSignalSpy failed(&change, &PasswordChange::failed);
        QSignalSpy finished(&change, &PasswordChange::finished);
        change.start(session, QStringLiteral("not-the-password"), QStringLiteral("pw-alice-2"), true, {});
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.at(0).at(0).toString(),
            QStringLiteral("The current password is wrong. Nothing was changed."));
        QCOMPARE(failed.at(0).at(1).toBool(), false);

        change.start(session, QStringLiteral("pw-alice-1"), QStringLiteral("pw-alice-2"), true, {});
        QVERIFY(finished.wait(15000));
        const Session renewed = finished.at(0).at(0).value<Session>();
        QCOMPARE(renewed.username(), Alice);
        // The remembered session is the new one.
        QTRY_COMPARE(m_store->contents().value(rememberedKey), renewed.credential().secret());
        VoipbinClient fresh;
        QVERIFY(fresh.setServerRoot(m_server->url()));
        QCOMPARE(waitFor(fresh.login(Alice, QStringLiteral("pw-alice-1")))->error().kind(),
            ApiError::Kind::BadCredentials);
        QVERIFY(waitFor(fresh.login(Alice, QStringLiteral("pw-alice-2")))->isOk());
    }
};

QTEST_GUILESS_MAIN(TestSignUpFlow)
#include "tst_signupflow.moc"
