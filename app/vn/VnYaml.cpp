#include "VnYaml.h"

#include <vector>
#include <yaml.h>

namespace {
constexpr int MaxDepth = 16;

// libyaml counts positions in characters; the edits need bytes.
std::vector<qsizetype> characterOffsets(const QByteArray &bytes)
{
    std::vector<qsizetype> offsets;
    offsets.reserve(size_t(bytes.size()) + 1);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if ((uchar(bytes.at(i)) & 0xC0) != 0x80)
            offsets.push_back(i);
    }
    offsets.push_back(bytes.size());
    return offsets;
}

class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_offsets(characterOffsets(bytes))
    {
        yaml_parser_initialize(&m_parser);
        yaml_parser_set_input_string(
            &m_parser, reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()));
    }
    ~Reader() { yaml_parser_delete(&m_parser); }
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    bool document(VnYaml::Node *root, QString *error)
    {
        yaml_event_t event;
        if (!next(&event, error))
            return false;
        yaml_event_delete(&event); // STREAM_START
        if (!next(&event, error))
            return false;
        if (event.type == YAML_STREAM_END_EVENT) {
            yaml_event_delete(&event);
            root->type = VnYaml::Node::Type::Mapping; // an empty file
            return true;
        }
        yaml_event_delete(&event); // DOCUMENT_START
        if (!next(&event, error) || !node(&event, root, 0, error))
            return false;
        if (!next(&event, error))
            return false;
        yaml_event_delete(&event); // DOCUMENT_END
        if (!next(&event, error))
            return false;
        const bool single = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (!single)
            *error = VnYaml::tr("The file holds more than one YAML document.");
        return single;
    }

private:
    bool next(yaml_event_t *event, QString *error)
    {
        if (yaml_parser_parse(&m_parser, event))
            return true;
        *error = VnYaml::tr("It is not valid YAML (line %1: %2).")
                     .arg(m_parser.problem_mark.line + 1)
                     .arg(QString::fromUtf8(m_parser.problem ? m_parser.problem : "unknown problem"));
        return false;
    }

    qsizetype byteOffset(size_t characterIndex) const
    {
        return characterIndex < m_offsets.size() ? m_offsets[characterIndex] : m_offsets.back();
    }

    // Takes ownership of `event` (deletes it).
    bool node(yaml_event_t *event, VnYaml::Node *out, int depth, QString *error)
    {
        const yaml_event_type_t type = event->type;
        const bool anchored = (type == YAML_SCALAR_EVENT && event->data.scalar.anchor)
            || (type == YAML_MAPPING_START_EVENT && event->data.mapping_start.anchor)
            || (type == YAML_SEQUENCE_START_EVENT && event->data.sequence_start.anchor);
        if (type == YAML_ALIAS_EVENT || anchored || depth > MaxDepth) {
            yaml_event_delete(event);
            *error = depth > MaxDepth ? VnYaml::tr("It is nested too deeply for a vn configuration.")
                                      : VnYaml::tr("It uses YAML anchors or aliases, which vn never writes.");
            return false;
        }
        if (type == YAML_SCALAR_EVENT) {
            out->type = VnYaml::Node::Type::Scalar;
            out->value = QString::fromUtf8(reinterpret_cast<const char *>(event->data.scalar.value),
                qsizetype(event->data.scalar.length));
            out->plainEmpty
                = event->data.scalar.length == 0 && event->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
            out->start = byteOffset(event->start_mark.index);
            out->end = byteOffset(event->end_mark.index);
            yaml_event_delete(event);
            return true;
        }
        const bool mapping = type == YAML_MAPPING_START_EVENT;
        yaml_event_delete(event);
        out->type = mapping ? VnYaml::Node::Type::Mapping : VnYaml::Node::Type::Sequence;
        for (;;) {
            yaml_event_t child;
            if (!next(&child, error))
                return false;
            if (child.type == YAML_MAPPING_END_EVENT || child.type == YAML_SEQUENCE_END_EVENT) {
                yaml_event_delete(&child);
                return true;
            }
            VnYaml::Node first;
            if (!node(&child, &first, depth + 1, error))
                return false;
            if (!mapping) {
                out->items.append(first);
                continue;
            }
            yaml_event_t valueEvent;
            VnYaml::Node value;
            if (!next(&valueEvent, error) || !node(&valueEvent, &value, depth + 1, error))
                return false;
            if (first.type != VnYaml::Node::Type::Scalar || out->find(first.value)) {
                *error = first.type == VnYaml::Node::Type::Scalar
                    ? VnYaml::tr("The key “%1” appears twice in one mapping.").arg(first.value)
                    : VnYaml::tr("A mapping has a key that is not text.");
                return false;
            }
            out->pairs.append({ first, value });
        }
    }

    yaml_parser_t m_parser;
    std::vector<qsizetype> m_offsets;
};
} // namespace

const VnYaml::Node *VnYaml::Node::find(const QString &key) const
{
    for (const auto &pair : pairs) {
        if (pair.first.value == key)
            return &pair.second;
    }
    return nullptr;
}

bool VnYaml::parse(const QByteArray &bytes, Node *root, QString *error)
{
    Reader reader(bytes);
    *root = Node();
    return reader.document(root, error);
}
