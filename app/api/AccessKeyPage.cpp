#include "AccessKeyPage.h"

#include "Timestamp.h"

#include <cstring>
#include <rapidjson/document.h>

namespace {
using JsonValue = rapidjson::Value;

/// The string itself, or empty for any other type (as QJsonValue::toString()).
QString text(const JsonValue &value)
{
    return value.IsString() ? QString::fromUtf8(value.GetString(), value.GetStringLength()) : QString();
}

QDateTime timestamp(const JsonValue &value)
{
    return value.IsString() ? Timestamp::parse(QLatin1String(value.GetString(), value.GetStringLength()))
                            : QDateTime();
}

template<size_t N>
bool nameIs(const JsonValue &name, const char (&expected)[N])
{
    return name.GetStringLength() == N - 1 && std::memcmp(name.GetString(), expected, N - 1) == 0;
}

/// One member of a key object into the key; members the app does not use are skipped.
void readField(AccessKey &key, const JsonValue &name, const JsonValue &value)
{
    if (nameIs(name, "id"))
        key.id = text(value);
    else if (nameIs(name, "customer_id"))
        key.customerId = text(value);
    else if (nameIs(name, "name"))
        key.name = text(value);
    else if (nameIs(name, "detail"))
        key.detail = text(value);
    else if (nameIs(name, "token_prefix"))
        key.tokenPrefix = text(value);
    else if (nameIs(name, "tm_expire"))
        key.expiresAt = timestamp(value);
    else if (nameIs(name, "tm_create"))
        key.createdAt = timestamp(value);
    else if (nameIs(name, "tm_update"))
        key.updatedAt = timestamp(value);
    else if (nameIs(name, "tm_delete"))
        key.deletedAt = timestamp(value);
}

/// The keys of a `result` array, or false at the first item that is not an object with an id.
bool readKeys(const JsonValue &result, AccessKeyList *keys)
{
    keys->reserve(qsizetype(result.Size()));
    for (const JsonValue &item : result.GetArray()) {
        if (!item.IsObject())
            return false;
        AccessKey key;
        for (const auto &member : item.GetObject())
            readField(key, member.name, member.value);
        if (!key.isValid())
            return false;
        keys->append(std::move(key));
    }
    return true;
}
} // namespace

std::optional<AccessKeyPage> AccessKeyPage::fromJson(const QByteArray &body)
{
    // In place, in a copy of its own: the parser's strings point into that buffer, nothing is copied
    // twice. Iterative: a hostile body of nested brackets cannot exhaust the stack. Invalid UTF-8 in a
    // string becomes U+FFFD in QString::fromUtf8; a NUL byte ends the document there.
    QByteArray buffer(body.constData(), body.size());
    rapidjson::Document document;
    document.ParseInsitu<rapidjson::kParseIterativeFlag>(buffer.data());
    if (document.HasParseError() || !document.IsObject())
        return std::nullopt;
    AccessKeyPage page;
    const JsonValue *result = nullptr;
    for (const auto &member : document.GetObject()) {
        if (nameIs(member.name, "result"))
            result = &member.value;
        else if (nameIs(member.name, "next_page_token"))
            page.nextPageToken = text(member.value);
    }
    if (!result || !result->IsArray() || !readKeys(*result, &page.keys))
        return std::nullopt;
    return page;
}
