#include "SelfSignedCertificate.h"

#include <QDir>
#include <QFile>

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace sandbox {

namespace {
using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using CertPtr = std::unique_ptr<X509, decltype(&X509_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool setRandomSerial(X509 *cert)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f; // serials must be positive
    BIGNUM *bn = BN_bin2bn(bytes, sizeof bytes, nullptr);
    const bool ok = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert));
    BN_free(bn);
    return ok;
}

bool fillCertificate(X509 *cert, EVP_PKEY *key, int days)
{
    X509_NAME *name = X509_get_subject_name(cert);
    const auto *cn = reinterpret_cast<const unsigned char *>("VoIPbin Sandbox");
    // Mirrors `openssl req -x509`: CA:TRUE self-signed with SAN, which OpenSSL, curl and Qt accept as
    // their own trust anchor when the test adds it.
    return X509_set_version(cert, 2) == 1 && setRandomSerial(cert)
        && X509_gmtime_adj(X509_getm_notBefore(cert), -3600)
        && X509_gmtime_adj(X509_getm_notAfter(cert), long(days) * 86400) && X509_set_pubkey(cert, key) == 1
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, cn, -1, -1, 0) == 1
        && X509_set_issuer_name(cert, name) == 1
        && addExtension(cert, NID_basic_constraints, "critical,CA:TRUE")
        && addExtension(cert, NID_subject_key_identifier, "hash")
        && addExtension(cert, NID_authority_key_identifier, "keyid:always")
        && addExtension(cert, NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost")
        && X509_sign(cert, key, EVP_sha256()) > 0;
}

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions perms)
{
    QFile file(path);
    // Set the mode before any byte of a private key lands in the file.
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.setPermissions(perms)
        && file.write(data) == data.size();
}
} // namespace

bool SelfSignedCertificate::generate(int days)
{
    KeyPtr key(EVP_EC_gen("P-256"), &EVP_PKEY_free);
    CertPtr cert(X509_new(), &X509_free);
    if (!key || !cert || !fillCertificate(cert.get(), key.get(), days)) {
        m_error = QStringLiteral("OpenSSL could not create the self-signed certificate");
        return false;
    }
    BioPtr certBio(BIO_new(BIO_s_mem()), &BIO_free);
    BioPtr keyBio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!PEM_write_bio_X509(certBio.get(), cert.get())
        || !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)) {
        m_error = QStringLiteral("OpenSSL could not encode the certificate as PEM");
        return false;
    }
    m_certPem = drain(certBio.get());
    m_keyPem = drain(keyBio.get());
    return true;
}

bool SelfSignedCertificate::writeTo(const QString &directory)
{
    if (!QDir().mkpath(directory)) {
        m_error = QStringLiteral("cannot create %1").arg(directory);
        return false;
    }
    const QDir dir(directory);
    m_certPath = dir.absoluteFilePath(QStringLiteral("cert.pem"));
    m_keyPath = dir.absoluteFilePath(QStringLiteral("key.pem"));
    if (!writeFile(m_keyPath, m_keyPem, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || !writeFile(m_certPath, m_certPem,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther)) {
        m_error = QStringLiteral("cannot write the certificate files into %1").arg(directory);
        return false;
    }
    return true;
}

} // namespace sandbox
