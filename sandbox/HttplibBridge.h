#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "RecordedRequest.h"

#include <QByteArray>
#include <QString>

#include <atomic>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace sandbox {

// Translation between cpp-httplib's request/response and the sandbox's own types, plus the
// few socket-level tricks the failure knobs need.
class HttplibBridge
{
public:
    static ApiRequest toApiRequest(const httplib::Request &req, const QString &requestId);
    static RecordedRequest toRecord(const httplib::Request &req);
    static QString header(const httplib::Request &req, const char *name);
    static void write(const ApiResponse &response, httplib::Response &res);
    // Sends the headers and only half of `body`, then makes cpp-httplib close the connection.
    static void writeTruncated(const QByteArray &body, httplib::Response &res);
    // Sends `size` bytes of valid JSON from a generator, never holding it all in memory.
    static void writeHuge(qint64 size, httplib::Response &res);
    // Shuts the client's socket down so it sees the connection close with no response at all.
    static void dropConnection(const httplib::Request &req);
    // Closes the client's connection with a TCP reset (RST) instead of an orderly close.
    static void resetConnection(const httplib::Request &req);
    // Sends `body` with its Content-Length, one byte every `intervalMs`, until done, the client leaves or
    // `stopping` is set: each byte restarts a client's inactivity timer.
    static void writeTrickle(
        const QByteArray &body, int intervalMs, const std::atomic<bool> *stopping, httplib::Response &res);
    // Sends a chunked body (no Content-Length) of JSON that never closes, as fast as the client reads,
    // until `maxBytes`, the client leaves or `stopping` is set.
    static void writeEndlessChunked(
        qint64 maxBytes, const std::atomic<bool> *stopping, httplib::Response &res);

private:
    static int clientSocket(const httplib::Request &req);
};

} // namespace sandbox
