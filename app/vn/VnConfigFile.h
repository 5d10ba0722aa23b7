#pragma once

#include "VnProfile.h"
#include "VnYaml.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

/// The vn CLI's configuration, ~/.vn/config.yaml (voipbin-api.md §10): `current_profile` and `profiles`,
/// each with `access_key` and an optional `api_url`. Read strictly and safely: a symbolic link, a file that
/// is not a regular one, one over MaxBytes, an unreadable or malformed one gets a sentence and is never
/// changed; a file others can read is read with a warning (its keys may have been copied) but not
/// changed either. scrub() blanks every access_key in place, byte for byte nothing else, and writes the
/// result atomically with mode 0600; vn then takes its key from VN_ACCESS_KEY (vbkeys exec).
class VnConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(VnConfigFile)

public:
    static constexpr qint64 MaxBytes = 256 * 1024; // vn's own files are a few hundred bytes
    static QString defaultPath(); // $HOME/.vn/config.yaml
    static QString defaultApiUrl() { return QStringLiteral("https://api.voipbin.net/v1.0"); }

    explicit VnConfigFile(const QString &path = defaultPath());

    /// False with errorString() when the file cannot be used; a missing file reads as no profiles.
    bool load();
    QString path() const { return m_path; }
    bool exists() const { return m_exists; }
    QString errorString() const { return m_error; }
    /// Things the user should know although the file could be read (others can read it).
    QStringList warnings() const { return m_warnings; }

    QString currentProfile() const { return m_current; }
    QList<VnProfile> profiles() const { return m_profiles; }

    /// Rewrites the file with every access_key blank (""). Refused, the file unchanged, when it cannot be
    /// changed safely: not loaded, readable by others, someone else's, or changed since load().
    bool scrub(QString *error);
    /// Adds a profile with `serverRoot` (as vn's URL, /v1.0 added) and an empty key, the export of a
    /// vbkeys profile; creates the file (and ~/.vn, mode 0700) when there is none. Written whole in the
    /// form vn's own marshal writes. Refused when vn already has a profile of that name.
    bool addProfile(const QString &name, const QUrl &serverRoot, QString *error);

    /// The text of `bytes` with every access_key blank, checked by reading it back; empty on failure.
    static QByteArray scrubbed(const QByteArray &bytes, QString *error);
    /// `bytes` read as vn reads them.
    static bool read(const QByteArray &bytes, QString *current, QList<VnProfile> *profiles, QString *error);

private:
    bool checkFile(QString *error);
    bool safeToChange(QString *error) const;
    bool write(const QByteArray &bytes, QString *error);
    static QByteArray render(const QString &current, const QList<VnProfile> &profiles);

    QString m_path;
    bool m_loaded = false;
    bool m_exists = false;
    bool m_othersCanRead = false;
    bool m_someoneElses = false;
    QByteArray m_bytes;
    QString m_error;
    QStringList m_warnings;
    QString m_current;
    QList<VnProfile> m_profiles;
};
