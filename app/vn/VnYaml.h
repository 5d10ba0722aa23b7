#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

/// A YAML document read with libyaml into a small tree that remembers where each scalar is in the bytes
/// (start and end offsets), so the vn file can be changed in place, one value at a time, leaving every
/// other byte as it was. Anchors, aliases and several documents are refused: vn's marshal never writes
/// them, and an alias would make one value stand in two places.
class VnYaml
{
    Q_DECLARE_TR_FUNCTIONS(VnYaml)

public:
    struct Node
    {
        enum class Type { Scalar, Mapping, Sequence };
        Type type = Type::Scalar;
        QString value; // a scalar's
        bool plainEmpty = false; // a scalar written as nothing at all (`key:`), YAML's null
        qsizetype start = 0; // byte offsets of the scalar in the document
        qsizetype end = 0;
        QList<std::pair<Node, Node>> pairs; // a mapping's, in order
        QList<Node> items; // a sequence's

        /// A mapping's value for `key`; null when there is none.
        const Node *find(const QString &key) const;
    };

    /// False with `error` set when `bytes` is not one YAML document of the supported kind; an empty
    /// document gives an empty mapping.
    static bool parse(const QByteArray &bytes, Node *root, QString *error);
};
