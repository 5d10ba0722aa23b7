#include "VnConfigFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace {
using Node = VnYaml::Node;

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

QString scalarOrEmpty(const Node *node)
{
    return node && node->type == Node::Type::Scalar ? node->value : QString();
}

// A plain scalar vn's marshal would write as is; anything else double-quoted.
QByteArray yamlScalar(const QString &text)
{
    static const QString safe = QStringLiteral("-_./:@+");
    bool plain = !text.isEmpty() && text.at(0).isLetterOrNumber();
    for (const QChar c : text)
        plain = plain && (c.isLetterOrNumber() || safe.contains(c)) && c.unicode() < 128;
    if (plain && !text.contains(QLatin1String(": ")) && text != QLatin1String("true")
        && text != QLatin1String("false") && text != QLatin1String("null"))
        return text.toUtf8();
    QString quoted = text;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return '"' + quoted.toUtf8() + '"';
}
} // namespace

QString VnConfigFile::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.vn/config.yaml");
}

VnConfigFile::VnConfigFile(const QString &path)
    : m_path(path)
{
}

bool VnConfigFile::read(const QByteArray &bytes, QString *current, QList<VnProfile> *profiles, QString *error)
{
    Node root;
    if (!VnYaml::parse(bytes, &root, error))
        return false;
    if (root.type != Node::Type::Mapping && !(root.type == Node::Type::Scalar && root.plainEmpty)) {
        *error = tr("It is not a vn configuration: the top is not a mapping.");
        return false;
    }
    const Node *currentNode = root.find(QStringLiteral("current_profile"));
    if (currentNode && currentNode->type != Node::Type::Scalar) {
        *error = tr("Its current_profile is not a name.");
        return false;
    }
    *current = currentNode && !currentNode->value.isEmpty() ? currentNode->value : QStringLiteral("default");
    profiles->clear();
    const Node *list = root.find(QStringLiteral("profiles"));
    if (!list || (list->type == Node::Type::Scalar && list->plainEmpty))
        return true;
    if (list->type != Node::Type::Mapping) {
        *error = tr("Its profiles are not a mapping of names to profiles.");
        return false;
    }
    for (const auto &[name, body] : list->pairs) {
        if (body.type == Node::Type::Scalar && body.plainEmpty) {
            profiles->append({ name.value, {}, {} });
            continue;
        }
        const Node *key = body.find(QStringLiteral("access_key"));
        const Node *url = body.find(QStringLiteral("api_url"));
        if (body.type != Node::Type::Mapping || (key && key->type != Node::Type::Scalar)
            || (url && url->type != Node::Type::Scalar)) {
            *error = tr("Its profile “%1” is not access_key and api_url.").arg(name.value);
            return false;
        }
        profiles->append({ name.value, scalarOrEmpty(key).trimmed(), scalarOrEmpty(url).trimmed() });
    }
    return true;
}

bool VnConfigFile::checkFile(QString *error)
{
    struct stat info
    {
    };
    const QByteArray path = QFile::encodeName(m_path);
    if (::lstat(path.constData(), &info) != 0) {
        if (errno == ENOENT)
            return true; // vn reads a missing file as no profiles
        *error = tr("%1 cannot be read: %2.").arg(m_path, systemError());
        return false;
    }
    m_exists = true;
    if (S_ISLNK(info.st_mode)) {
        *error = tr("%1 is a symbolic link (to %2). vbkeys reads vn's file only where it is: name the file "
                    "itself with --file.")
                     .arg(m_path, QFileInfo(m_path).symLinkTarget());
        return false;
    }
    if (!S_ISREG(info.st_mode)) {
        *error = tr("%1 is not a regular file.").arg(m_path);
        return false;
    }
    if (info.st_size > MaxBytes) {
        *error = tr("%1 is %2 bytes, far more than a vn configuration; it was not read.")
                     .arg(m_path)
                     .arg(qint64(info.st_size));
        return false;
    }
    m_othersCanRead = (info.st_mode & (S_IRGRP | S_IROTH)) != 0;
    m_someoneElses = info.st_uid != ::geteuid();
    if (m_othersCanRead)
        m_warnings.append(tr("%1 can be read by other users of this computer (mode %2): the keys in it may "
                             "have been copied. Replace them once they are imported.")
                              .arg(m_path, QString::number(info.st_mode & 0777, 8)));
    return true;
}

bool VnConfigFile::load()
{
    m_loaded = false;
    m_exists = false;
    m_warnings.clear();
    m_error.clear();
    m_bytes.clear();
    m_current = QStringLiteral("default");
    m_profiles.clear();
    if (!checkFile(&m_error))
        return false;
    if (m_exists) {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = tr("%1 cannot be read: %2.").arg(m_path, file.errorString());
            return false;
        }
        m_bytes = file.read(MaxBytes + 1);
        QString problem;
        if (m_bytes.size() > MaxBytes || !read(m_bytes, &m_current, &m_profiles, &problem)) {
            m_error = tr("%1 cannot be used: %2")
                          .arg(m_path, problem.isEmpty() ? tr("it is too large.") : problem);
            return false;
        }
    }
    m_loaded = true;
    return true;
}

QByteArray VnConfigFile::scrubbed(const QByteArray &bytes, QString *error)
{
    Node root;
    if (!VnYaml::parse(bytes, &root, error))
        return {};
    QList<std::pair<qsizetype, qsizetype>> ranges;
    if (const Node *list = root.find(QStringLiteral("profiles")); list && list->type == Node::Type::Mapping) {
        for (const auto &pair : list->pairs) {
            const Node *key = pair.second.find(QStringLiteral("access_key"));
            if (key && key->type == Node::Type::Scalar && !key->value.isEmpty())
                ranges.append({ key->start, key->end });
        }
    }
    std::sort(ranges.begin(), ranges.end());
    QByteArray result = bytes;
    for (auto it = ranges.crbegin(); it != ranges.crend(); ++it)
        result.replace(it->first, it->second - it->first, "\"\"");

    // Read back: the same profiles, names, URLs and current profile, every key blank.
    QString current;
    QString scrubbedCurrent;
    QList<VnProfile> before;
    QList<VnProfile> after;
    const bool same = read(bytes, &current, &before, error) && read(result, &scrubbedCurrent, &after, error)
        && current == scrubbedCurrent && before.size() == after.size()
        && std::equal(
            before.cbegin(), before.cend(), after.cbegin(), [](const VnProfile &a, const VnProfile &b) {
                return a.name == b.name && a.apiUrl == b.apiUrl && b.accessKey.isEmpty();
            });
    if (!same) {
        if (error->isEmpty())
            *error = tr("The keys could not be blanked without changing anything else.");
        return {};
    }
    return result;
}

bool VnConfigFile::safeToChange(QString *error) const
{
    if (!m_loaded) {
        *error = tr("%1 was not read.").arg(m_path);
        return false;
    }
    if (m_othersCanRead || m_someoneElses) {
        *error = m_someoneElses ? tr("%1 belongs to another user; vbkeys does not change it.").arg(m_path)
                                : tr("%1 can be read by other users, so vbkeys leaves it alone. Make it "
                                     "yours only (chmod 600 %1), "
                                     "then run the import again.")
                                      .arg(m_path);
        return false;
    }
    // Changed behind our back (vn saved meanwhile): what was read is no longer what would be replaced.
    QFile file(m_path);
    if (m_exists && (!file.open(QIODevice::ReadOnly) || file.read(MaxBytes + 1) != m_bytes)) {
        *error = tr("%1 changed while vbkeys was reading it; run the import again.").arg(m_path);
        return false;
    }
    return true;
}

bool VnConfigFile::write(const QByteArray &bytes, QString *error)
{
    QSaveFile file(m_path);
    file.setDirectWriteFallback(false); // atomic or not at all
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2.").arg(m_path, file.errorString());
        return false;
    }
    // Private before the first byte: the temporary file becomes vn's file as it is.
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0 || file.write(bytes) != bytes.size()
        || !file.commit()) {
        file.cancelWriting();
        *error = tr("%1 cannot be written: %2.").arg(m_path, file.errorString());
        return false;
    }
    m_bytes = bytes;
    return true;
}

bool VnConfigFile::scrub(QString *error)
{
    if (!safeToChange(error))
        return false;
    if (!m_exists)
        return true;
    const QByteArray result = scrubbed(m_bytes, error);
    if (result.isEmpty() && !m_bytes.isEmpty())
        return false;
    if (result == m_bytes)
        return true; // no key to blank
    if (!write(result, error))
        return false;
    for (VnProfile &profile : m_profiles)
        profile.accessKey.clear();
    return true;
}

QByteArray VnConfigFile::render(const QString &current, const QList<VnProfile> &profiles)
{
    QByteArray text = "current_profile: " + yamlScalar(current) + "\nprofiles:\n";
    for (const VnProfile &profile : profiles) {
        text += "  " + yamlScalar(profile.name) + ":\n";
        text += "    access_key: "
            + (profile.accessKey.isEmpty() ? QByteArray("\"\"") : yamlScalar(profile.accessKey)) + '\n';
        if (!profile.apiUrl.isEmpty() && profile.apiUrl != defaultApiUrl())
            text += "    api_url: " + yamlScalar(profile.apiUrl) + '\n';
    }
    return text;
}

bool VnConfigFile::addProfile(const QString &name, const QUrl &serverRoot, QString *error)
{
    if (!safeToChange(error))
        return false;
    for (const VnProfile &profile : std::as_const(m_profiles)) {
        if (profile.name == name) {
            *error = tr("vn already has a profile named “%1”.").arg(name);
            return false;
        }
    }
    if (!m_exists && !QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = tr("%1 cannot be made.").arg(QFileInfo(m_path).absolutePath());
        return false;
    }
    if (!m_exists)
        QFile::setPermissions(QFileInfo(m_path).absolutePath(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QList<VnProfile> profiles = m_profiles;
    profiles.append({ name, {}, serverRoot.toString(QUrl::StripTrailingSlash) + QStringLiteral("/v1.0") });
    if (!write(render(m_current, profiles), error))
        return false;
    m_profiles = profiles;
    m_exists = true;
    return true;
}
