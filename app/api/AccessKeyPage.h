#pragma once

#include "AccessKey.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// One page of `GET /v1.0/accesskeys`, read straight from the response body with RapidJSON's iterative
/// event parser (no document tree) instead of a QJsonDocument. A listing parses a page of 100 keys per round
/// trip, and on two cores building Qt's JSON tree and then copying every field out of it competed with the
/// server for the CPU: most of the client's share of a 10,000-key listing (bench_client). The rules are
/// AccessKey::fromJson's: a field of another type reads as empty, the last of repeated fields wins.
struct AccessKeyPage
{
    AccessKeyList keys;
    /// Empty when the body has none (or not a string); the server sends one even on its last page.
    QString nextPageToken;

    /// Nothing unless the body is one JSON object whose `result` is an array of objects, each with an id,
    /// nested no deeper than 64 levels.
    static std::optional<AccessKeyPage> fromJson(const QByteArray &body);
};
