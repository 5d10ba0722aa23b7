#pragma once

#include <QByteArray>
#include <QString>

namespace sandbox {

// An EC P-256 key and a self-signed X.509 v3 certificate for 127.0.0.1/localhost, made with
// OpenSSL at start so no private key ever lives in the repository.
class SelfSignedCertificate
{
public:
    // Generates a new key pair and certificate valid for `days`. False + errorString() on failure.
    bool generate(int days = 30);
    // Writes cert.pem and key.pem (mode 0600) into `directory`, creating it if needed.
    bool writeTo(const QString &directory);

    QByteArray certificatePem() const { return m_certPem; }
    QByteArray privateKeyPem() const { return m_keyPem; }
    QString certificatePath() const { return m_certPath; }
    QString privateKeyPath() const { return m_keyPath; }
    QString errorString() const { return m_error; }

private:
    QByteArray m_certPem;
    QByteArray m_keyPem;
    QString m_certPath;
    QString m_keyPath;
    QString m_error;
};

} // namespace sandbox
