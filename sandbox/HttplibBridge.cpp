#include "HttplibBridge.h"

#include <QDir>
#include <QtGlobal>

#include <chrono>
#include <httplib.h>
#include <thread>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace sandbox {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QMap<QString, QString> parseCookies(const httplib::Request &req)
{
    QMap<QString, QString> cookies;
    const size_t count = req.get_header_value_count("Cookie");
    for (size_t i = 0; i < count; ++i) {
        const QString line = qs(req.get_header_value("Cookie", i));
        for (const QString &pair : line.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString name = pair.left(eq).trimmed();
            if (eq > 0 && !cookies.contains(name))
                cookies.insert(name, pair.mid(eq + 1).trimmed());
        }
    }
    return cookies;
}

#ifdef Q_OS_LINUX
// Address and port of a socket end, as text, for either address family.
QString endpoint(const sockaddr_storage &addr)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (addr.ss_family == AF_INET) {
        const auto *in = reinterpret_cast<const sockaddr_in *>(&addr);
        inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
        return QStringLiteral("%1:%2").arg(QLatin1String(text)).arg(ntohs(in->sin_port));
    }
    if (addr.ss_family == AF_INET6) {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&addr);
        inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
        return QStringLiteral("%1:%2").arg(QLatin1String(text)).arg(ntohs(in6->sin6_port));
    }
    return QString();
}

bool socketMatches(int fd, const QString &local, const QString &peer)
{
    sockaddr_storage l {};
    sockaddr_storage p {};
    socklen_t ll = sizeof l;
    socklen_t pl = sizeof p;
    return getsockname(fd, reinterpret_cast<sockaddr *>(&l), &ll) == 0
        && getpeername(fd, reinterpret_cast<sockaddr *>(&p), &pl) == 0 && endpoint(l) == local
        && endpoint(p) == peer;
}

// cpp-httplib does not hand handlers their socket; find it among our fds by its two endpoints.
int findPlainSocket(const httplib::Request &req)
{
    const QString local = QStringLiteral("%1:%2").arg(qs(req.local_addr)).arg(req.local_port);
    const QString peer = QStringLiteral("%1:%2").arg(qs(req.remote_addr)).arg(req.remote_port);
    const QStringList fds = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System);
    for (const QString &name : fds) {
        const int fd = name.toInt();
        if (fd > 2 && socketMatches(fd, local, peer))
            return fd;
    }
    return -1;
}
#else
// Only Linux lists a process's sockets in /proc: elsewhere the drop knob works over TLS only.
int findPlainSocket(const httplib::Request &)
{
    return -1;
}
#endif
} // namespace

QString HttplibBridge::header(const httplib::Request &req, const char *name)
{
    return qs(req.get_header_value(name));
}

ApiRequest HttplibBridge::toApiRequest(const httplib::Request &req, const QString &requestId)
{
    ApiRequest r;
    r.method = qs(req.method);
    r.path = qs(req.path);
    for (const auto &param : req.params) { // a multimap: the first value of a name comes first
        const QString name = qs(param.first);
        if (!r.query.contains(name))
            r.query.insert(name, qs(param.second));
    }
    r.cookies = parseCookies(req);
    r.authorization = header(req, "Authorization");
    r.body = QByteArray::fromStdString(req.body);
    r.requestId = requestId;
    r.remoteAddress = qs(req.remote_addr);
    return r;
}

RecordedRequest HttplibBridge::toRecord(const httplib::Request &req)
{
    RecordedRequest r;
    r.method = qs(req.method);
    r.path = qs(req.path);
    const size_t q = req.target.find('?');
    if (q != std::string::npos)
        r.query = qs(req.target.substr(q + 1));
    for (const auto &h : req.headers) {
        const QString name = qs(h.first).toLower();
        const QString value = qs(h.second);
        r.headers.insert(
            name, r.headers.contains(name) ? r.headers.value(name) + QStringLiteral(", ") + value : value);
    }
    return r;
}

void HttplibBridge::write(const ApiResponse &response, httplib::Response &res)
{
    res.status = response.status;
    for (const auto &h : response.headers)
        res.set_header(h.first.toStdString(), h.second.toStdString());
    if (!response.body.isEmpty())
        res.set_content(response.body.toStdString(), response.contentType.toStdString());
}

void HttplibBridge::writeTruncated(const QByteArray &body, httplib::Response &res)
{
    auto data = std::make_shared<std::string>(body.toStdString());
    res.status = 200;
    res.set_content_provider(
        data->size(), "application/json; charset=utf-8", [data](size_t, size_t, httplib::DataSink &sink) {
            sink.write(data->data(), data->size() / 2);
            return false; // "cancelled": cpp-httplib closes the socket here
        });
}

void HttplibBridge::writeHuge(qint64 size, httplib::Response &res)
{
    // {"result":[{"filler":"xxxx…"}],"next_page_token":""} padded to exactly `size` bytes.
    const std::string head = "{\"result\":[{\"filler\":\"";
    const std::string tail = "\"}],\"next_page_token\":\"\"}";
    const size_t total = size_t(size);
    res.status = 200;
    res.set_content_provider(total, "application/json; charset=utf-8",
        [head, tail, total](size_t offset, size_t length, httplib::DataSink &sink) {
            std::string chunk(std::min<size_t>(length, 64 * 1024), 'x');
            for (size_t i = 0; i < chunk.size(); ++i) {
                const size_t at = offset + i;
                if (at < head.size())
                    chunk[i] = head[at];
                else if (at >= total - tail.size())
                    chunk[i] = tail[at - (total - tail.size())];
            }
            return sink.write(chunk.data(), chunk.size());
        });
}

int HttplibBridge::clientSocket(const httplib::Request &req)
{
    return req.ssl ? SSL_get_fd(req.ssl) : findPlainSocket(req);
}

void HttplibBridge::dropConnection(const httplib::Request &req)
{
    const int fd = clientSocket(req);
#ifdef Q_OS_UNIX
    if (fd >= 0)
        ::shutdown(fd, SHUT_RDWR); // the write cpp-httplib attempts next fails; SIGPIPE is ignored
#else
    if (fd >= 0)
        ::shutdown(fd, SD_BOTH);
#endif
}

void HttplibBridge::resetConnection(const httplib::Request &req)
{
#ifdef Q_OS_UNIX
    const int fd = clientSocket(req);
    if (fd < 0)
        return;
    // Linger 0 makes the close send RST. dup2() closes the connection and leaves an unconnected socket
    // under the same number, so cpp-httplib's later write and close act on that and never on a reused fd.
    const linger abortive { 1, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
    const int placeholder = ::socket(AF_INET, SOCK_STREAM, 0);
    if (placeholder < 0)
        return;
    ::dup2(placeholder, fd);
    ::close(placeholder);
#else
    dropConnection(req);
#endif
}

void HttplibBridge::writeTrickle(
    const QByteArray &body, int intervalMs, const std::atomic<bool> *stopping, httplib::Response &res)
{
    auto data = std::make_shared<std::string>(body.toStdString());
    res.status = 200;
    res.set_content_provider(data->size(), "application/json; charset=utf-8",
        [data, intervalMs, stopping](size_t offset, size_t, httplib::DataSink &sink) {
            std::this_thread::sleep_for(std::chrono::milliseconds(intervalMs));
            if (*stopping)
                return false;
            return sink.write(data->data() + offset, 1);
        });
}

void HttplibBridge::writeEndlessChunked(
    qint64 maxBytes, const std::atomic<bool> *stopping, httplib::Response &res)
{
    const std::string head = "{\"result\":[{\"filler\":\"";
    auto filler = std::make_shared<std::string>(64 * 1024, 'x');
    res.status = 200;
    res.set_chunked_content_provider("application/json; charset=utf-8",
        [head, filler, maxBytes, stopping](size_t offset, httplib::DataSink &sink) {
            if (*stopping || qint64(offset) >= maxBytes) {
                sink.done();
                return true;
            }
            return offset == 0 ? sink.write(head.data(), head.size())
                               : sink.write(filler->data(), filler->size());
        });
}

} // namespace sandbox
