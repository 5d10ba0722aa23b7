#include "secrets/StoredSecretIndex.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestStoredSecretIndex : public QObject
{
    Q_OBJECT

private slots:
    void addRemovePerAccount()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("index.ini"));
        const QUrl root(QStringLiteral("https://api.voipbin.net"));
        const QUrl other(QStringLiteral("http://127.0.0.1:8080"));
        {
            QSettings backend(path, QSettings::IniFormat);
            StoredSecretIndex index(&backend);
            index.add(root, QStringLiteral("c1"), QStringLiteral("k1"));
            index.add(root, QStringLiteral("c1"), QStringLiteral("k2"));
            index.add(root, QStringLiteral("c2"), QStringLiteral("k3"));
            index.add(other, QStringLiteral("c1"), QStringLiteral("k4"));
            index.remove(root, QStringLiteral("c1"), QStringLiteral("k2"));
        }
        QSettings backend(path, QSettings::IniFormat);
        StoredSecretIndex index(&backend);
        QCOMPARE(index.keyIds(root, QStringLiteral("c1")), QSet<QString> { QStringLiteral("k1") });
        QVERIFY(index.contains(root, QStringLiteral("c2"), QStringLiteral("k3")));
        QVERIFY(!index.contains(root, QStringLiteral("c1"), QStringLiteral("k3")));
        QCOMPARE(index.keyIds(other, QStringLiteral("c1")), QSet<QString> { QStringLiteral("k4") });
        QVERIFY(index.keyIds(other, QStringLiteral("nobody")).isEmpty());
    }

    void ownsDefaultSettings()
    {
        QTemporaryDir dir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("voipbin-keys-test"));
        StoredSecretIndex index; // must not leak or crash on destruction
        index.add(QUrl(QStringLiteral("https://h")), QStringLiteral("c"), QStringLiteral("k"));
        QVERIFY(index.contains(QUrl(QStringLiteral("https://h")), QStringLiteral("c"), QStringLiteral("k")));
    }
};

QTEST_GUILESS_MAIN(TestStoredSecretIndex)
#include "tst_storedsecretindex.moc"
