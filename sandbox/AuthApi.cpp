#include "AuthApi.h"

#include "RandomText.h"
#include "WireTime.h"

#include <QJsonDocument>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace sandbox {

namespace {
constexpr qint64 kHourMicros = 3600LL * 1000000;
constexpr qint64 kYearSeconds = 365LL * 86400;
constexpr int kMaxSignupAttempts = 5; // maxSignupAttempts: the sixth try is refused
constexpr int kMinPasswordBytes = 8;

std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// A field gin binds into a string: absent or null reads as "", anything but a string is a bind error.
bool stringField(const QJsonObject &o, const char *field, QString *out)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(text).hasMatch();
}

QString hexToken(int bytes)
{
    return QString::fromLatin1(RandomText::bytes(bytes).toHex()); // lower-case, as the real server's
}

QString sixDigits()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000), 6, 10, QLatin1Char('0'));
}

ApiResponse emptyObject()
{
    return ApiResponse::json(200, QJsonObject());
}
} // namespace

AuthApi::AuthApi(AccountStore &store, Outbox &outbox)
    : m_store(store)
    , m_outbox(outbox)
{
}

std::optional<ApiResponse> AuthApi::handle(const ApiRequest &request)
{
    if (request.method != QLatin1String("POST"))
        return std::nullopt;
    const QString &p = request.path;
    if (p == QLatin1String("/auth/signup"))
        return signUp(request);
    if (p == QLatin1String("/auth/complete-signup") && m_flow == SignupFlow::CompleteSignup)
        return completeSignUp(request); // removed from the current server: a plain 404 there
    if (p == QLatin1String("/auth/email-verify"))
        return verifyEmail(request);
    if (p == QLatin1String("/auth/password-forgot"))
        return forgotPassword(request);
    if (p == QLatin1String("/auth/password-reset"))
        return resetPassword(request);
    return std::nullopt;
}

ApiResponse AuthApi::signUp(const ApiRequest &request)
{
    const std::optional<QJsonObject> body = parseObject(request.body);
    QString email;
    QString name;
    QString detail;
    const QJsonValue tos = body ? body->value(QStringLiteral("accepted_tos")) : QJsonValue();
    // Binding: email and accepted_tos are required, accepted_tos must be the boolean true.
    if (!body || !stringField(*body, "email", &email) || email.isEmpty() || !tos.isBool() || !tos.toBool()
        || !stringField(*body, "name", &name) || !stringField(*body, "detail", &detail))
        return ApiResponse::empty(400);
    // Every other failure, a taken address included, is 200 with {}: nobody can probe who has an account.
    if (!isEmailAddress(email))
        return emptyObject();
    const std::optional<Customer> customer = m_store.signUp(email, name, detail);
    if (!customer)
        return emptyObject();
    mailVerifyToken(*customer);
    QJsonObject answer { { QStringLiteral("customer"), customer->toJson() } };
    if (m_flow == SignupFlow::Current) {
        answer.insert(QStringLiteral("accesskey"), provisionKey(customer->id));
        return ApiResponse::json(200, answer);
    }
    const QString tempToken = hexToken(16);
    const QString code = sixDigits();
    {
        QMutexLocker lock(&m_mutex);
        m_signups.insert(tempToken, Pending { customer->id, WireTime::nowMicros() + kHourMicros, code, 0 });
    }
    m_outbox.send(SandboxMail { email, SandboxMail::Kind::SignupCode, code });
    answer.insert(QStringLiteral("temp_token"), tempToken);
    return ApiResponse::json(200, answer);
}

ApiResponse AuthApi::completeSignUp(const ApiRequest &request)
{
    const std::optional<QJsonObject> body = parseObject(request.body);
    QString tempToken;
    QString code;
    if (!body || !stringField(*body, "temp_token", &tempToken) || !stringField(*body, "code", &code)
        || tempToken.isEmpty() || code.isEmpty())
        return ApiResponse::empty(400);
    QString customerId;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_signups.find(tempToken);
        if (it == m_signups.end() || it->expiresMicros < WireTime::nowMicros())
            return ApiResponse::empty(400);
        if (++it->attempts > kMaxSignupAttempts)
            return ApiResponse::empty(429);
        if (it->code != code)
            return ApiResponse::empty(400);
        customerId = it->subject;
        m_signups.erase(it); // the session is used up
    }
    return ApiResponse::json(200,
        QJsonObject { { QStringLiteral("customer_id"), customerId },
            { QStringLiteral("accesskey"), provisionKey(customerId) } });
}

ApiResponse AuthApi::verifyEmail(const ApiRequest &request)
{
    const std::optional<QJsonObject> body = parseObject(request.body);
    QString token;
    if (!body || !stringField(*body, "token", &token) || token.isEmpty())
        return ApiResponse::empty(400);
    const std::optional<Pending> pending = take(m_verifyTokens, token);
    Customer customer;
    if (!pending || !m_store.verifyEmail(pending->subject, &customer))
        return ApiResponse::empty(400);
    // How a self-signup user first gets a password: the verified address receives a reset link.
    mailResetToken(customer.email, customer.email);
    return ApiResponse::json(200, QJsonObject { { QStringLiteral("customer"), customer.toJson() } });
}

ApiResponse AuthApi::forgotPassword(const ApiRequest &request)
{
    // Always 200 {}, whether or not the user exists: usernames cannot be enumerated.
    QString username;
    const std::optional<QJsonObject> body = parseObject(request.body);
    if (body && stringField(*body, "username", &username) && !username.isEmpty()) {
        const std::optional<Agent> agent = m_store.agent(username);
        const std::optional<Customer> customer
            = agent ? m_store.customer(agent->customerId) : std::optional<Customer>();
        if (agent && customer)
            mailResetToken(username, username.contains(QLatin1Char('@')) ? username : customer->email);
    }
    return emptyObject();
}

ApiResponse AuthApi::resetPassword(const ApiRequest &request)
{
    const std::optional<QJsonObject> body = parseObject(request.body);
    QString token;
    QString password;
    if (!body || !stringField(*body, "token", &token) || !stringField(*body, "password", &password)
        || token.isEmpty() || password.toUtf8().size() < kMinPasswordBytes) // Go's len(): bytes
        return ApiResponse::empty(400);
    const std::optional<Pending> pending = take(m_resetTokens, token);
    if (!pending || !m_store.setPassword(pending->subject, password))
        return ApiResponse::empty(400);
    return emptyObject();
}

QJsonObject AuthApi::provisionKey(const QString &customerId)
{
    const AccountStore::CreatedKey created = m_store.create(
        customerId, QStringLiteral("default"), QStringLiteral("Auto-provisioned API key"), kYearSeconds);
    return created.key.toJson(created.token);
}

void AuthApi::mailVerifyToken(const Customer &customer)
{
    const QString token = hexToken(32);
    {
        QMutexLocker lock(&m_mutex);
        m_verifyTokens.insert(token, Pending { customer.id, WireTime::nowMicros() + kHourMicros, {}, 0 });
    }
    m_outbox.send(SandboxMail { customer.email, SandboxMail::Kind::EmailVerify, token });
}

void AuthApi::mailResetToken(const QString &username, const QString &to)
{
    const QString token = hexToken(32);
    {
        QMutexLocker lock(&m_mutex);
        m_resetTokens.insert(token, Pending { username, WireTime::nowMicros() + kHourMicros, {}, 0 });
    }
    m_outbox.send(SandboxMail { to, SandboxMail::Kind::PasswordReset, token });
}

std::optional<AuthApi::Pending> AuthApi::take(QHash<QString, Pending> &table, const QString &token)
{
    QMutexLocker lock(&m_mutex);
    const auto it = table.find(token);
    if (it == table.end())
        return std::nullopt;
    const Pending pending = *it;
    table.erase(it); // single use, and an expired one is gone too
    if (pending.expiresMicros < WireTime::nowMicros())
        return std::nullopt;
    return pending;
}

} // namespace sandbox
