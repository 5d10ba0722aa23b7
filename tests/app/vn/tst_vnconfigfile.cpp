// VnConfigFile on sample files: what vn writes, a custom api_url, the scrub (only the keys change, mode 0600,
// read back as vn reads it), and files that must never be changed: malformed, symlinked, world-readable,
// huge.
#include "vn/VnConfigFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
const QByteArray Sample = "current_profile: staging\n"
                          "profiles:\n"
                          "  default:\n"
                          "    access_key: vb_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n"
                          "  staging:\n"
                          "    access_key: \"vb_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB\"\n"
                          "    api_url: https://staging-api.example.com/v1.0   # a comment vn would drop\n"
                          "  empty:\n"
                          "    access_key: \"\"\n";

QString write(const QTemporaryDir &dir, const QByteArray &text,
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner)
{
    const QString path = dir.filePath(QStringLiteral("config.yaml"));
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(text);
    file.close();
    QFile::setPermissions(path, permissions);
    return path;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestVnConfigFile : public QObject
{
    Q_OBJECT

private slots:
    void readsProfilesServersAndKeys()
    {
        QTemporaryDir dir;
        VnConfigFile file(write(dir, Sample));
        QVERIFY2(file.load(), qPrintable(file.errorString()));
        QVERIFY(file.warnings().isEmpty());
        QCOMPARE(file.currentProfile(), QStringLiteral("staging"));
        const QList<VnProfile> profiles = file.profiles();
        QCOMPARE(profiles.size(), 3);
        QCOMPARE(profiles.at(0).name, QStringLiteral("default"));
        QCOMPARE(profiles.at(0).accessKey, QStringLiteral("vb_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        QCOMPARE(profiles.at(0).serverRoot(), QUrl(QStringLiteral("https://api.voipbin.net")));
        QCOMPARE(profiles.at(1).accessKey, QStringLiteral("vb_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"));
        // vn's URL has /v1.0; the server root has not.
        QCOMPARE(profiles.at(1).serverRoot(), QUrl(QStringLiteral("https://staging-api.example.com")));
        QVERIFY(profiles.at(2).accessKey.isEmpty());
    }

    void missingFileHasNoProfiles()
    {
        QTemporaryDir dir;
        VnConfigFile file(dir.filePath(QStringLiteral("nope.yaml")));
        QVERIFY(file.load());
        QVERIFY(!file.exists());
        QVERIFY(file.profiles().isEmpty());
        QCOMPARE(file.currentProfile(), QStringLiteral("default"));
    }

    void scrubBlanksOnlyTheKeys()
    {
        QTemporaryDir dir;
        const QString path = write(dir, Sample);
        VnConfigFile file(path);
        QVERIFY(file.load());
        QString error;
        QVERIFY2(file.scrub(&error), qPrintable(error));
        QByteArray expected = Sample;
        expected.replace("vb_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "\"\"");
        expected.replace("\"vb_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB\"", "\"\"");
        QCOMPARE(contents(path), expected); // comment, order, quoting of the rest: as they were
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 0777), 0600);
        // Read back as vn reads it: the same profiles and servers, every key blank.
        VnConfigFile again(path);
        QVERIFY(again.load());
        QCOMPARE(again.currentProfile(), QStringLiteral("staging"));
        QCOMPARE(again.profiles().size(), 3);
        for (const VnProfile &profile : again.profiles())
            QVERIFY(profile.accessKey.isEmpty());
        QCOMPARE(again.profiles().at(1).apiUrl, QStringLiteral("https://staging-api.example.com/v1.0"));
    }

    void scrubKeepsOtherCharacters()
    {
        // Non-ASCII before a key: libyaml counts characters, the edit is in bytes.
        QTemporaryDir dir;
        const QByteArray text = "current_profile: caf\xc3\xa9\nprofiles:\n  caf\xc3\xa9 \xe2\x82\xac:\n"
                                "    access_key: vb_CCCC\n";
        const QString path = write(dir, text);
        VnConfigFile file(path);
        QVERIFY(file.load());
        QString error;
        QVERIFY2(file.scrub(&error), qPrintable(error));
        QCOMPARE(contents(path),
            QByteArray("current_profile: caf\xc3\xa9\nprofiles:\n  caf\xc3\xa9 \xe2\x82\xac:\n"
                       "    access_key: \"\"\n"));
    }

    void malformedFilesAreRefusedAndUnchanged_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("not yaml") << QByteArray("profiles: [unclosed\n") << QStringLiteral("not valid YAML");
        QTest::newRow("a list") << QByteArray("- a\n- b\n") << QStringLiteral("not a mapping");
        QTest::newRow("profiles a list")
            << QByteArray("profiles:\n  - default\n") << QStringLiteral("profiles");
        QTest::newRow("key a mapping")
            << QByteArray("profiles:\n  p:\n    access_key: {a: b}\n") << QStringLiteral("access_key");
        QTest::newRow("alias") << QByteArray("profiles:\n  a: &x\n    access_key: vb_1\n  b: *x\n")
                               << QStringLiteral("aliases");
        QTest::newRow("duplicate") << QByteArray(
            "profiles:\n  a:\n    access_key: vb_1\n  a:\n    access_key: vb_2\n")
                                   << QStringLiteral("twice");
        QTest::newRow("two documents")
            << QByteArray("profiles: {}\n---\nprofiles: {}\n") << QStringLiteral("more than one");
    }

    void malformedFilesAreRefusedAndUnchanged()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = write(dir, text);
        VnConfigFile file(path);
        QVERIFY(!file.load());
        QVERIFY2(file.errorString().contains(says), qPrintable(file.errorString()));
        QVERIFY(file.errorString().contains(path));
        QString error;
        QVERIFY(!file.scrub(&error));
        QCOMPARE(contents(path), text);
    }

    void symlinkIsRefused()
    {
        QTemporaryDir dir;
        const QString target = write(dir, Sample);
        const QString link = dir.filePath(QStringLiteral("link.yaml"));
        QVERIFY(QFile::link(target, link));
        VnConfigFile file(link);
        QVERIFY(!file.load());
        QVERIFY2(
            file.errorString().contains(QStringLiteral("symbolic link")), qPrintable(file.errorString()));
        QString error;
        QVERIFY(!file.scrub(&error));
        QCOMPARE(contents(target), Sample);
    }

    void worldReadableIsReadWithAWarningButNeverChanged()
    {
        QTemporaryDir dir;
        const QString path = write(dir, Sample,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther);
        VnConfigFile file(path);
        QVERIFY(file.load());
        QCOMPARE(file.warnings().size(), 1);
        QVERIFY2(file.warnings().first().contains(QStringLiteral("other users")),
            qPrintable(file.warnings().first()));
        QVERIFY(file.warnings().first().contains(QStringLiteral("644")));
        QString error;
        QVERIFY(!file.scrub(&error));
        QVERIFY2(error.contains(QStringLiteral("chmod 600")), qPrintable(error));
        QCOMPARE(contents(path), Sample);
    }

    void hugeFileIsNotRead()
    {
        QTemporaryDir dir;
        const QByteArray huge = "profiles:\n" + QByteArray(VnConfigFile::MaxBytes, '#') + '\n';
        const QString path = write(dir, huge);
        VnConfigFile file(path);
        QVERIFY(!file.load());
        QVERIFY2(file.errorString().contains(QStringLiteral("bytes")), qPrintable(file.errorString()));
        QCOMPARE(contents(path).size(), huge.size());
    }

    void changedSinceReadIsNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = write(dir, Sample);
        VnConfigFile file(path);
        QVERIFY(file.load());
        const QByteArray saved = Sample + "  added:\n    access_key: vb_D\n";
        write(dir, saved);
        QString error;
        QVERIFY(!file.scrub(&error));
        QVERIFY(error.contains(QStringLiteral("changed")));
        QCOMPARE(contents(path), saved);
    }

    void exportAddsAProfileWithAnEmptyKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".vn/config.yaml"));
        VnConfigFile file(path);
        QVERIFY(file.load());
        QString error;
        QVERIFY2(file.addProfile(
                     QStringLiteral("ci"), QUrl(QStringLiteral("https://staging.example.com:8443")), &error),
            qPrintable(error));
        QCOMPARE(contents(path),
            QByteArray("current_profile: default\nprofiles:\n  ci:\n    access_key: \"\"\n"
                       "    api_url: https://staging.example.com:8443/v1.0\n"));
        VnConfigFile again(path);
        QVERIFY(again.load());
        QCOMPARE(again.profiles().size(), 1);
        QCOMPARE(
            again.profiles().first().serverRoot(), QUrl(QStringLiteral("https://staging.example.com:8443")));
        QVERIFY(
            !again.addProfile(QStringLiteral("ci"), QUrl(QStringLiteral("https://x.example.com")), &error));
    }
};

QTEST_GUILESS_MAIN(TestVnConfigFile)
#include "tst_vnconfigfile.moc"
