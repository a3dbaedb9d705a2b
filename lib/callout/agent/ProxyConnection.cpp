#include "callout/agent/ProxyConnection.h"

#include "callout/agent/CalloutProxy.h"
#include "callout/core/Logging.h"
#include "calloutclient/CallEngine.h"
#include "calloutclient/Protocol.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

constexpr qint64 ReadChunk = qint64(256) * 1024;
// When the user must sign in again: how long a caller should wait before it tries again.
constexpr int RetryAfterSeconds = 30;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return "Status";
    }
}

// The status a failed call is answered with: the caller's mistakes are 4xx, the upstream's 502,
// a user who must sign in again 503 (with Retry-After).
int statusFor(QStringView code)
{
    namespace c = protocol::code;
    if (code == c::NotFound)
        return 404;
    if (code == c::BadRequest)
        return 400;
    if (code == c::TooLarge)
        return 413;
    if (code == c::SignInRequired || code == c::KeychainLocked || code == c::KeychainUnavailable
        || code == c::TooManyRequests)
        return 503;
    if (code == c::Timeout)
        return 504;
    if (code == c::InvalidConfiguration || code == c::ClientConfiguration)
        return 500;
    return 502;
}

// The upstream connection broke (as opposed to an HTTP error status, whose body is complete).
bool brokeOff(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code >= 1 && code < 200) || (code >= 300 && code < 400);
}

bool isBodyless(const QByteArray &method, int status)
{
    return method == "HEAD" || status == 204 || status == 304 || (status >= 100 && status < 200);
}

} // namespace

ProxyConnection::ProxyConnection(QTcpSocket *socket, CallEngine &engine, const ProxyRequestRules &rules,
                                 const ProxyLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_engine(engine)
    , m_rules(rules)
    , m_limits(limits)
    , m_reader(HttpRequestReader::Limits{100, qint64(64) * 1024, limits.maxRequestBody})
{
    m_socket->setParent(this);
    // Small answers go out at once: no Nagle delay in front of the caller's next request.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // The kernel holds what we do not read yet: a caller cannot make the agent buffer for it.
    m_socket->setReadBufferSize(ReadChunk);
    connect(m_socket, &QTcpSocket::readyRead, this, &ProxyConnection::readRequests);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &ProxyConnection::pump);
    connect(m_socket, &QTcpSocket::disconnected, this, &ProxyConnection::drop);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_call)
            drop();
    });
    m_idle.start(m_limits.idleTimeout);
    readRequests();
}

ProxyConnection::~ProxyConnection()
{
    delete m_call; // cancels it, without signals
}

void ProxyConnection::drop()
{
    if (m_dropped)
        return;
    m_dropped = true;
    m_closing = true;
    m_idle.stop();
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    m_socket->disconnect(this);
    m_socket->abort();
    Q_EMIT closed();
}

void ProxyConnection::readRequests()
{
    while (!m_closing && !m_call) {
        HttpRequestReader::State state = m_reader.state();
        if (state == HttpRequestReader::State::HeadRead && !m_headSeen) {
            if (!checkHead())
                return;
            state = m_reader.feed({});
            continue;
        }
        if (state == HttpRequestReader::State::Complete) {
            startCall();
            return;
        }
        if (state == HttpRequestReader::State::Failed) {
            const int status = m_reader.failureStatus();
            refuse(status,
                   status == 413       ? tr("The request body is larger than %1 bytes.").arg(m_limits.maxRequestBody)
                       : status == 431 ? tr("The request's headers are too large.")
                                       : tr("The request is not valid HTTP/1.1."),
                   true);
            return;
        }
        if (m_socket->bytesAvailable() <= 0)
            return;
        if (m_headSeen)
            m_idle.start(m_limits.idleTimeout); // a body still arriving
        m_reader.feed(m_socket->read(ReadChunk));
    }
}

// The head is in: refused now (before any of its body is read), or its body is read.
bool ProxyConnection::checkHead()
{
    m_verdict = m_rules.check(m_reader.request());
    if (!m_verdict.forwards()) {
        refuse(m_verdict.status, m_verdict.message, true);
        return false;
    }
    m_headSeen = true;
    if (m_reader.request().expectsContinue && m_reader.announcedBodyLength() != 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    return true;
}

void ProxyConnection::startCall()
{
    m_idle.stop();
    const HttpRequest &request = m_reader.request();
    m_body.close();
    m_body.setData(request.body);
    m_body.open(QIODevice::ReadOnly);
    CallRequest call;
    call.method = request.method;
    call.credential = m_verdict.credential;
    call.target = m_verdict.target;
    call.headers = m_verdict.headers;
    const bool hasBody = !request.body.isEmpty() || m_reader.announcedBodyLength() >= 0
        || !request.values("Transfer-Encoding").isEmpty();
    call.body = hasBody ? &m_body : nullptr;
    call.wait = m_verdict.wait;
    call.stripForbiddenHeaders = true;
    m_chunked = m_bodyless = m_closeAfter = m_upstreamDone = false;
    m_call = m_engine.start(call);
    connect(m_call, &Call::responding, this, &ProxyConnection::respond);
    connect(m_call, &Call::failed, this, &ProxyConnection::fail);
    connect(m_call, &Call::finished, this, &ProxyConnection::upstreamFinished);
}

QByteArray ProxyConnection::connectionHeader(bool close) const
{
    if (close)
        return "Connection: close\r\n";
    return m_reader.request().versionMinor == 0 ? "Connection: keep-alive\r\n" : QByteArray();
}

// The upstream's status and headers are in: they go to the caller, then its body as it comes.
void ProxyConnection::respond(QNetworkReply *reply)
{
    const HttpRequest &request = m_reader.request();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    if (reason.isEmpty() || reason.contains('\r') || reason.contains('\n'))
        reason = reasonPhrase(status);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        if (!ProxyRequestRules::isReturnable(name))
            continue;
        // Qt joins repeated fields (Set-Cookie with newlines): one line each again.
        for (const QByteArray &line : value.split('\n')) {
            const QByteArray clean = QByteArray(line).replace('\r', "");
            if (!clean.isEmpty())
                head += name + ": " + clean + "\r\n";
        }
    }
    m_bodyless = isBodyless(request.method, status);
    const QByteArray length = reply->rawHeader("Content-Length");
    bool lengthKnown = false;
    const qint64 bodyLength = length.trimmed().toLongLong(&lengthKnown);
    m_closeAfter = !request.keepAlive;
    if (lengthKnown && (!m_bodyless || request.method == "HEAD"))
        head += "Content-Length: " + length.trimmed() + "\r\n";
    else if (!m_bodyless && request.versionMinor >= 1)
        m_chunked = true, head += "Transfer-Encoding: chunked\r\n";
    else if (!m_bodyless)
        m_closeAfter = true; // HTTP/1.0 without a length: the end of the body is the end of the connection
    head += connectionHeader(m_closeAfter) + "\r\n";
    m_socket->write(head);
    // Back-pressure: the reply buffers no more than this while the caller is slow. Not needed (nor
    // its cost: a message to Qt's network thread now and at every read) when the whole body is
    // smaller, as Qt reads no more than the Content-Length.
    if (!lengthKnown || bodyLength < 0 || bodyLength > m_limits.maxUnwritten)
        reply->setReadBufferSize(m_limits.maxUnwritten);
    connect(reply, &QNetworkReply::readyRead, this, &ProxyConnection::pump);
    pump();
}

// Moves the upstream's body to the caller while the caller keeps up (back-pressure both ways).
void ProxyConnection::pump()
{
    QNetworkReply *reply = m_call ? m_call->reply() : nullptr;
    if (!reply || m_closing)
        return;
    while (reply->bytesAvailable() > 0 && m_socket->bytesToWrite() < m_limits.maxUnwritten) {
        const QByteArray data = reply->read(ReadChunk);
        if (data.isEmpty())
            break;
        if (m_bodyless)
            continue;
        if (m_chunked)
            m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
        else
            m_socket->write(data);
    }
    if (m_upstreamDone && reply->bytesAvailable() == 0)
        endResponse();
}

void ProxyConnection::upstreamFinished()
{
    m_upstreamDone = true;
    if (!m_call || !m_call->reply()) // failed: answered already
        return;
    pump();
}

void ProxyConnection::endResponse()
{
    if (brokeOff(m_call->reply()->error())) {
        // The upstream broke off in the middle of its body: the caller must see that it is cut short.
        m_call->deleteLater();
        drop();
        return;
    }
    if (m_chunked)
        m_socket->write("0\r\n\r\n");
    m_call->disconnect(this);
    m_call->deleteLater();
    m_call = nullptr;
    // The whole answer is in: out now, not after another pass of the event loop (the caller waits for
    // it). Only with m_call gone: flush() emits bytesWritten, whose pump() would end this response again.
    m_socket->flush();
    if (m_closeAfter) {
        m_closing = true;
        m_socket->disconnectFromHost(); // after what is written; disconnected() then drops it
        return;
    }
    m_headSeen = false;
    m_reader.next();
    m_idle.start(m_limits.idleTimeout);
    readRequests();
}

void ProxyConnection::fail(const CallFailure &failure)
{
    const int status = statusFor(failure.code);
    const QByteArray extra
        = status == 503 ? "Retry-After: " + QByteArray::number(RetryAfterSeconds) + "\r\n" : QByteArray();
    writeError(status, failure.code.toUtf8(), failure.message, extra, !m_reader.request().keepAlive);
    if (m_call) {
        m_call->disconnect(this);
        m_call->deleteLater();
        m_call = nullptr;
    }
    if (m_closing)
        return;
    m_headSeen = false;
    m_reader.next();
    m_idle.start(m_limits.idleTimeout);
    readRequests();
}

void ProxyConnection::refuse(int status, const QString &message, bool close)
{
    static const QHash<int, QByteArray> codes{
        {400, "bad-request"}, {401, "unauthorized"},       {403, "forbidden"},
        {404, "not-found"},   {405, "method-not-allowed"}, {413, "too-large"},
        {431, "too-large"},   {501, "not-implemented"},    {505, "http-version-not-supported"}};
    const QByteArray extra = status == 401 ? "WWW-Authenticate: Bearer realm=\"callout-proxy\"\r\n" : QByteArray();
    writeError(status, codes.value(status, "bad-request"), message, extra, close);
}

// A JSON error the proxy itself answers with: {"error": {"code", "message"}}. Never CORS headers.
void ProxyConnection::writeError(int status, const QByteArray &code, const QString &message,
                                 const QByteArray &extraHeaders, bool close)
{
    const QByteArray body
        = QJsonDocument(
              QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, QString::fromUtf8(code)}, {u"message"_s, message}}}})
              .toJson(QJsonDocument::Compact)
        + '\n';
    const QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
        + extraHeaders
        + "Content-Type: application/json\r\n"
          "Cache-Control: no-store\r\n"
          "X-Content-Type-Options: nosniff\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n" + connectionHeader(close) + "\r\n" + body;
    m_socket->write(response);
    if (close) {
        m_closing = true;
        m_idle.stop();
        m_socket->disconnectFromHost();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            drop();
    }
}

} // namespace callout
