#include "demo/DemoHttpServer.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace callout::demo {

Q_LOGGING_CATEGORY(lcDemo, "callout.demo")

namespace {

// Any local user can connect: small requests, few connections, idle ones closed.
constexpr int MaxConnections = 64;
constexpr auto IdleTimeout = std::chrono::seconds(30);

HttpRequestReader::Limits readerLimits()
{
    HttpRequestReader::Limits limits;
    limits.maxHeaders = 50;
    limits.maxHeaderBytes = qint64(16) * 1024;
    limits.maxBodyBytes = qint64(64) * 1024;
    return limits;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 431: return "Request Header Fields Too Large";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}

// A quoted-string of RFC 9110 §5.6.4 in printable ASCII: what a header parameter may carry.
QByteArray quoted(const QString &text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\')
            out += '\\';
        out += (u >= 0x20 && u < 0x7f) ? char(u) : '?';
    }
    return out + '"';
}

QByteArray serialize(const DemoResponse &response, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    // Tokens, codes and sign-in pages: never cached, never sniffed, never referred.
    out += "Cache-Control: no-store\r\n"
           "Pragma: no-cache\r\n"
           "X-Content-Type-Options: nosniff\r\n"
           "Referrer-Policy: no-referrer\r\n"
           "Content-Length: "
        + QByteArray::number(response.body.size()) + "\r\nConnection: " + (keepAlive ? "keep-alive" : "close")
        + "\r\n\r\n";
    return out + response.body;
}

} // namespace

DemoResponse DemoResponse::json(int status, const QJsonObject &object)
{
    return {status, {{"Content-Type", "application/json"}}, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

DemoResponse DemoResponse::html(int status, const QString &page)
{
    return {status,
            {{"Content-Type", "text/html; charset=utf-8"},
             {"Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"},
             {"X-Frame-Options", "DENY"}},
            page.toUtf8()};
}

DemoResponse DemoResponse::redirect(const QUrl &location)
{
    return {302, {{"Location", location.toEncoded()}}, {}};
}

DemoResponse DemoResponse::bearerRefusal(const QString &problem)
{
    QByteArray challenge = "Bearer realm=\"demo\"";
    QJsonObject body;
    if (!problem.isEmpty()) {
        challenge += ", error=\"invalid_token\", error_description=" + quoted(problem);
        body = {{u"error"_s, u"invalid_token"_s}, {u"error_description"_s, problem}};
    }
    DemoResponse response = json(401, body);
    response.headers.emplaceBack(QByteArray("WWW-Authenticate"), challenge);
    return response;
}

DemoResponse DemoResponse::insufficientScope(const QByteArray &scope)
{
    DemoResponse response
        = json(403,
               {{u"error"_s, u"insufficient_scope"_s},
                {u"error_description"_s, u"The %1 scope is needed."_s.arg(QLatin1StringView(scope))}});
    response.headers.emplaceBack(QByteArray("WWW-Authenticate"),
                                 "Bearer realm=\"demo\", error=\"insufficient_scope\", scope=\"" + scope + '"');
    return response;
}

QByteArray bearerToken(const HttpRequest &request)
{
    const QList<QByteArray> values = request.values("Authorization");
    if (values.size() != 1)
        return {};
    const QByteArray value = values.first().trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space < 0 || value.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return {};
    return value.mid(space + 1).trimmed();
}

// One client connection: requests read one at a time (pipelined ones after the answer to the one
// before), each answered by the handler; closed when the client wants it, on a malformed request,
// or when idle.
class DemoHttpServer::Connection : public QObject
{
public:
    Connection(DemoHttpServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_reader(readerLimits())
    {
        ++m_server->m_connections;
        socket->setParent(this);
        m_idle.setSingleShot(true);
        m_idle.start(IdleTimeout);
        connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->abort(); });
        connect(socket, &QTcpSocket::readyRead, this, &Connection::read);
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        connect(socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                deleteLater();
        });
    }
    ~Connection() override { --m_server->m_connections; }

private:
    void read()
    {
        m_idle.start(IdleTimeout);
        HttpRequestReader::State state = m_reader.feed(m_socket->readAll());
        while (!m_closing) {
            switch (state) {
            case HttpRequestReader::State::ReadingHead: return;
            case HttpRequestReader::State::HeadRead:
                if (m_headSeen)
                    return; // more of the body to come
                // The head is in: its body follows (after 100 Continue when the client waits for it).
                m_headSeen = true;
                if (m_reader.request().expectsContinue && m_reader.announcedBodyLength() != 0)
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                state = m_reader.feed({});
                break;
            case HttpRequestReader::State::Failed:
                answer(DemoResponse{m_reader.failureStatus(),
                                    {{"Content-Type", "text/plain; charset=utf-8"}},
                                    reasonPhrase(m_reader.failureStatus()) + '\n'},
                       false);
                return;
            case HttpRequestReader::State::Complete: {
                const HttpRequest &request = m_reader.request();
                const qsizetype query = request.target.indexOf('?');
                const QByteArray path = query < 0 ? request.target : request.target.left(query); // never the query
                qCDebug(lcDemo) << request.method << path;
                answer(m_server->m_handler(request), request.keepAlive);
                m_headSeen = false;
                state = m_reader.next();
                break;
            }
            }
        }
    }

    void answer(const DemoResponse &response, bool keepAlive)
    {
        m_socket->write(serialize(response, keepAlive));
        if (!keepAlive) {
            m_closing = true;
            m_socket->disconnectFromHost(); // after what is written
        }
    }

    DemoHttpServer *m_server;
    QTcpSocket *m_socket;
    HttpRequestReader m_reader;
    QTimer m_idle;
    bool m_headSeen = false; // of the request being read
    bool m_closing = false;
};

DemoHttpServer::DemoHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &DemoHttpServer::accept);
}

DemoHttpServer::~DemoHttpServer()
{
    // Connections (its only children) go first: each counts itself out of this server.
    const QObjectList connections = children();
    qDeleteAll(connections);
}

Result<void> DemoHttpServer::listen()
{
    if (!m_server.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return Error(ErrorCode::NetworkError,
                     tr("The demo service could not listen on 127.0.0.1: %1").arg(m_server.errorString()));
    return {};
}

QUrl DemoHttpServer::origin() const
{
    if (!m_server.isListening())
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server.serverPort());
    return url;
}

void DemoHttpServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_connections >= MaxConnections) {
            qCWarning(lcDemo) << "refused a connection: too many open";
            socket->write(serialize({503, {}, {}}, false));
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(IdleTimeout, socket, &QTcpSocket::abort);
            continue;
        }
        new Connection(this, socket);
    }
}

} // namespace callout::demo
