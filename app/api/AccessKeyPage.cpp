#include "AccessKeyPage.h"

#include "Timestamp.h"

#include <rapidjson/reader.h>
#include <string_view>

namespace {
/// A member's value as the reader sees it, for AccessKey::readMember: a string's UTF-8 bytes, or nothing
/// for any other type.
struct Scalar
{
    std::string_view utf8;
    bool isString = false;

    /// The string itself, or empty for any other type (as QJsonValue::toString()).
    QString text() const
    {
        return isString ? QString::fromUtf8(utf8.data(), qsizetype(utf8.size())) : QString();
    }
    QDateTime timestamp() const
    {
        return isString ? Timestamp::parse(QLatin1String(utf8.data(), qsizetype(utf8.size()))) : QDateTime();
    }
};

/// RapidJSON's events for one page, turned into keys as they come, with no document tree: the page object
/// is level 1, its `result` array level 2, each key object level 3; a key member whose value is an object
/// or an array reads as empty. Nesting deeper than MaxDepth refuses the page, as Qt's own parser does past
/// 1,024 levels: the parser keeps a record of every open level, and a hostile body of brackets would
/// otherwise cost memory many times its size.
class PageReader : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, PageReader>
{
public:
    static constexpr int MaxDepth = 64;

    bool Default() { return scalar(Scalar {}); } // null, a boolean or a number
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        return scalar(Scalar { std::string_view(text, length), true });
    }
    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        m_name = std::string_view(text, length);
        return true;
    }
    bool StartObject() { return open(false); }
    bool StartArray() { return open(true); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool EndArray(rapidjson::SizeType) { return close(); }

    /// The page, once the whole body was read without a refusal.
    std::optional<AccessKeyPage> take()
    {
        return m_sawResult ? std::optional(std::move(m_page)) : std::nullopt;
    }

private:
    static constexpr int PageLevel = 1;
    static constexpr int ResultLevel = 2;
    static constexpr int KeyLevel = 3;

    bool scalar(const Scalar &value)
    {
        switch (m_depth) {
        case 0:
            return false; // the body is not an object
        case PageLevel:
            if (m_name == "result")
                return false; // not an array
            if (m_name == "next_page_token")
                m_page.nextPageToken = value.text();
            return true;
        case ResultLevel:
            return !m_inResult; // an item of the result that is not an object
        case KeyLevel:
            if (m_inResult)
                m_key.readMember(m_name, value);
            return true;
        default:
            return true; // inside a member's nested value
        }
    }

    bool open(bool array)
    {
        if (m_depth == MaxDepth)
            return false;
        if (m_depth == 0 && array)
            return false;
        if (m_depth == PageLevel && m_name == "result") {
            if (!array)
                return false;
            m_inResult = m_sawResult = true;
            m_page.keys.clear(); // a repeated result: the last wins
        } else if (m_depth == PageLevel && m_name == "next_page_token") {
            m_page.nextPageToken.clear();
        } else if (m_depth == ResultLevel && m_inResult) {
            if (array)
                return false;
            m_key = AccessKey();
        } else if (m_depth == KeyLevel && m_inResult) {
            m_key.readMember(m_name, Scalar {}); // an object or an array where a string belongs
        }
        ++m_depth;
        return true;
    }

    bool close()
    {
        --m_depth;
        if (m_depth == ResultLevel && m_inResult) {
            if (!m_key.isValid())
                return false;
            m_page.keys.append(std::move(m_key));
        } else if (m_depth == PageLevel && m_inResult) {
            m_inResult = false;
        }
        return true;
    }

    AccessKeyPage m_page;
    AccessKey m_key; // the key being read
    std::string_view m_name; // the last member name, in the parser's buffer
    int m_depth = 0;
    bool m_inResult = false;
    bool m_sawResult = false;
};
} // namespace

std::optional<AccessKeyPage> AccessKeyPage::fromJson(const QByteArray &body)
{
    // In place, in a copy of its own: the names and strings the reader sees point into that buffer, nothing
    // is copied twice. Iterative, so nesting never recurses. Invalid UTF-8 in a string becomes U+FFFD in
    // QString::fromUtf8; a NUL byte ends the document there.
    QByteArray buffer(body.constData(), body.size());
    rapidjson::InsituStringStream stream(buffer.data());
    PageReader reader;
    rapidjson::Reader parser;
    constexpr unsigned Flags = rapidjson::kParseInsituFlag | rapidjson::kParseIterativeFlag;
    if (parser.Parse<Flags>(stream, reader).IsError())
        return std::nullopt;
    return reader.take();
}
