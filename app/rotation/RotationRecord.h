#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

/// Where one key's replacement stands, as written to RotationStore before and after every step, so a
/// rotation cut short (a quit, a crash, a dropped connection, a refusing keychain) resumes from here. It
/// never holds a secret: the new key's token lives in the keychain, or, between the create's answer and
/// the write, only in memory (which is why a record found at Created means a key nobody holds).
struct RotationRecord
{
    enum class Step {
        Creating, // the create is about to be sent, or was sent and not answered
        Created, // the server answered; the new key's secret is in memory only
        Storing, // the secret is being written to the keychain
        Stored, // in the keychain; not yet checked against the server
        Verified, // the new key works; the old one is to be revoked at revokeAtUtc
        Revoking, // the old key's revoke is on its way
        Discarding, // revoking keys whose secret nobody holds (discardIds), then again or stop
    };

    // The account, which is also the record's place in the store.
    QUrl serverRoot;
    QString customerId;
    // The key being replaced, and what its successor is made with.
    QString oldKeyId;
    QString oldKeyPrefix;
    QString name;
    QString detail;
    qint64 lifetimeSeconds = 0;
    qint64 graceSeconds = 0; // 0 = revoke the old key as soon as the new one works
    Step step = Step::Creating;
    int attempts = 0; // creates sent so far
    // For UnconfirmedCreateCheck: when the create was sent, and the ids of the keys with the same name
    // and detail that existed before it.
    QDateTime createStartedUtc;
    QStringList knownIds;
    QString newKeyId;
    QString newKeyPrefix;
    QDateTime revokeAtUtc;
    QStringList discardIds;
    bool restartAfterDiscard = false; // Discarding: create again afterwards, or stop (the keychain refused)

    bool isValid() const { return !oldKeyId.isEmpty(); }
    /// How steps are written in the settings file (stable across versions).
    static QString textOf(Step step);
    static Step stepFromText(const QString &text);
};
