#include "callout/oauth/LoopbackListener.h"

#include "callout/core/Logging.h"
#include "callout/oauth/FormEncoding.h"
#include "callout/oauth/OAuthErrors.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

constexpr qint64 MaxRequestHeaderBytes = qint64(16) * 1024;
constexpr int ConnectionTimeoutMs = 10'000;
constexpr auto CallbackPath = "/callback";

// Compares without an early exit, so timing does not reveal how much of a state matched.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 431: return "Request Header Fields Too Large";
    default: return "Error";
    }
}

} // namespace

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
{ }

LoopbackListener::~LoopbackListener()
{
    close();
}

Result<void> LoopbackListener::listen(const QUrl &fixedRedirect)
{
    close();
    QList<QHostAddress> addresses{QHostAddress(QHostAddress::LocalHost)};
    quint16 port = 0;
    if (fixedRedirect.isEmpty()) {
        m_redirect = QUrl(u"http://127.0.0.1"_s + QString::fromLatin1(CallbackPath));
    } else {
        m_redirect = fixedRedirect.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        port = quint16(fixedRedirect.port());
        if (fixedRedirect.host() == u"localhost"_s)
            addresses.append(QHostAddress(QHostAddress::LocalHostIPv6)); // browsers may try ::1 first
        else if (QHostAddress(fixedRedirect.host()) == QHostAddress(QHostAddress::LocalHostIPv6))
            addresses = {QHostAddress(QHostAddress::LocalHostIPv6)};
    }
    for (const QHostAddress &address : std::as_const(addresses)) {
        auto *server = new QTcpServer(this);
        const bool required = m_servers.isEmpty(); // ::1 is a bonus: some machines have no IPv6
        if (!server->listen(address, port)) {
            const QString why = server->errorString();
            delete server;
            if (!required)
                continue;
            close();
            return Error(ErrorCode::NetworkError,
                         tr("Could not listen for the sign-in redirect on %1 port %2: %3")
                             .arg(address.toString())
                             .arg(port)
                             .arg(why));
        }
        port = server->serverPort(); // ::1 listens on the same port as 127.0.0.1
        m_servers.append(server);
        acceptConnections(server);
    }
    if (fixedRedirect.isEmpty())
        m_redirect.setPort(port);
    qCDebug(lcOAuth) << "listening for the redirect on" << m_redirect.toString();
    return {};
}

void LoopbackListener::close()
{
    // Connections not answered yet are cut off; answered ones finish sending their page (respond()).
    const QList<QTcpSocket *> unanswered = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : unanswered)
        socket->abort();
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
}

bool LoopbackListener::isListening() const
{
    return !m_servers.isEmpty() && m_servers.first()->isListening();
}

QString LoopbackListener::redirectUri() const
{
    return m_redirect.toString(QUrl::FullyEncoded);
}

void LoopbackListener::expect(const QString &state, const QString &issuer, bool issRequired)
{
    m_expectedState = state;
    m_issuer = issuer;
    m_issRequired = issRequired;
}

void LoopbackListener::acceptConnections(QTcpServer *server)
{
    connect(server, &QTcpServer::newConnection, this, [this, server] {
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            socket->setParent(server);
            m_connections.insert(socket, Connection{});
            connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            // A child of the socket, so that it never outlives it.
            auto *deadline = new QTimer(socket);
            deadline->setSingleShot(true);
            connect(deadline, &QTimer::timeout, this, [this, socket] { dropIfIncomplete(socket); });
            deadline->start(ConnectionTimeoutMs);
        }
    });
}

// A connection that never completes its request is dropped; the one that brought the callback
// waits for the code exchange.
void LoopbackListener::dropIfIncomplete(QTcpSocket *socket)
{
    const auto connection = m_connections.constFind(socket);
    if (connection == m_connections.cend() || !connection->awaitingAnswer)
        socket->abort();
}

// Headers may arrive in several TCP segments: wait for the blank line that ends them.
void LoopbackListener::readRequest(QTcpSocket *socket)
{
    const auto connection = m_connections.find(socket);
    if (connection == m_connections.end() || connection->requestRead)
        return;
    const QByteArray buffered = socket->peek(MaxRequestHeaderBytes + 1);
    const qsizetype end = buffered.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffered.size() > MaxRequestHeaderBytes) {
            connection->requestRead = true;
            respond(socket, 431, page(431, tr("Request too large"), {}));
        }
        return;
    }
    connection->requestRead = true;
    const QByteArray head = socket->read(end + 4);
    handleRequestLine(socket, head.left(head.indexOf("\r\n")));
}

void LoopbackListener::handleRequestLine(QTcpSocket *socket, const QByteArray &requestLine)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, page(400, tr("Bad request"), {}));
        return;
    }
    if (parts.at(0) != "GET") {
        respond(socket, 405, page(405, tr("Method not allowed"), {}));
        return;
    }
    const QByteArray &target = parts.at(1);
    const QUrl url(QString::fromLatin1(target), QUrl::StrictMode);
    if (!target.startsWith('/') || !url.isValid() || url.path() != m_redirect.path()) {
        Q_EMIT callbackRejected(u"request for another path"_s);
        respond(socket, 404, page(404, tr("Not found"), {}));
        return;
    }
    handleCallback(socket, QUrlQuery(url));
}

void LoopbackListener::handleCallback(QTcpSocket *socket, const QUrlQuery &query)
{
    // QUrlQuery keeps '+' literal; in a query string it means a space (form encoding).
    auto value = [&query](const QString &key) {
        return formUrlDecode(query.queryItemValue(key, QUrl::FullyEncoded).toUtf8());
    };
    const QString state = value(u"state"_s);
    if (m_expectedState.isEmpty() || !constantTimeEquals(state.toUtf8(), m_expectedState.toUtf8())) {
        // Not this attempt's answer (or a replay): ignore it, error= included, so that no web
        // page can end or hijack a sign-in.
        qCWarning(lcOAuth) << "ignored a redirect whose state does not match the sign-in in progress";
        Q_EMIT callbackRejected(u"state mismatch"_s);
        respond(socket, 400,
                page(400, tr("This sign-in link is not valid"),
                     tr("It does not belong to the sign-in in progress, or it was used already. Start the sign-in "
                        "again from Callout.")));
        return;
    }
    m_expectedState.clear(); // single use
    m_browser = socket;
    if (const auto connection = m_connections.find(socket); connection != m_connections.end())
        connection->awaitingAnswer = true;

    const QString iss = value(u"iss"_s);
    const bool hasIss = query.hasQueryItem(u"iss"_s);
    if (!m_issuer.isEmpty() && ((hasIss && iss != m_issuer) || (!hasIss && m_issRequired))) {
        qCWarning(lcOAuth) << "refused a redirect with a missing or foreign iss (RFC 9207)";
        Q_EMIT authorizationFailed(Error(ErrorCode::ProtocolError,
                                         hasIss ? tr("The sign-in answer came from another authorization server "
                                                     "(iss %1, expected %2); it was refused.")
                                                      .arg(iss, m_issuer)
                                                : tr("The sign-in answer does not name its authorization server "
                                                     "(iss), which this provider requires; it was refused.")));
        return;
    }
    if (query.hasQueryItem(u"error"_s)) {
        Q_EMIT authorizationFailed(oauthError(value(u"error"_s), value(u"error_description"_s)));
        return;
    }
    const QString code = value(u"code"_s);
    if (code.isEmpty()) {
        Q_EMIT authorizationFailed(
            Error(ErrorCode::ProtocolError, tr("The sign-in answer carries no authorization code.")));
        return;
    }
    Q_EMIT authorizationCodeReceived(code);
}

void LoopbackListener::answerBrowser(bool success, const QString &heading, const QString &message)
{
    if (!m_browser)
        return;
    respond(m_browser, success ? 200 : 400, page(success ? 200 : 400, heading, message));
    m_browser = nullptr;
}

void LoopbackListener::respond(QTcpSocket *socket, int status, const QByteArray &body)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n"
                "Cache-Control: no-store\r\n"
                "Pragma: no-cache\r\n"
                "Referrer-Policy: no-referrer\r\n"
                "X-Content-Type-Options: nosniff\r\n"
                "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'\r\n"
                "Connection: close\r\n"
                "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    // Answered: no longer one of the listener's connections, and detached from it, so that closing
    // the listener does not cut the page short; it is deleted once the page is flushed and the
    // connection closed.
    m_connections.remove(socket);
    socket->setParent(nullptr);
    socket->write(response);
    socket->disconnectFromHost();
    QTimer::singleShot(ConnectionTimeoutMs, socket, &QTcpSocket::abort);
}

QByteArray LoopbackListener::page(int status, const QString &heading, const QString &message)
{
    const QString color = status == 200 ? u"#276749"_s : u"#9b2c2c"_s;
    const QString html
        = u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
          "<meta name=\"viewport\" content=\"width=device-width\"><title>Callout: %1</title>"
          "<style>body{font-family:sans-serif;max-width:36em;margin:4em auto;padding:0 1em;color:#1a202c}"
          "h1{font-size:1.4em;color:%3}</style></head>"
          "<body><h1>%1</h1><p>%2</p></body></html>"_s.arg(heading.toHtmlEscaped(), message.toHtmlEscaped(), color);
    return html.toUtf8();
}

} // namespace callout
