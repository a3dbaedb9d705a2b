#include "callout/oauth/LoopbackListener.h"

#include "callout/core/ConstantTime.h"
#include "callout/core/Logging.h"
#include "callout/core/ServerText.h"
#include "callout/oauth/FormEncoding.h"
#include "callout/oauth/OAuthErrors.h"
#include "callout/oauth/OAuthRandom.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

constexpr qint64 MaxRequestHeaderBytes = qint64(16) * 1024;
constexpr auto CallbackPath = "/callback";
constexpr auto StartPathPrefix = "/start/";
// After a failed accept (out of descriptors), accepting resumes this much later.
constexpr auto AcceptRetryDelay = std::chrono::milliseconds(100);

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 303: return "See Other";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 431: return "Request Header Fields Too Large";
    default: return "Error";
    }
}

} // namespace

LoopbackListener::LoopbackListener(QObject *parent)
    : LoopbackListener(LoopbackLimits{}, parent)
{ }

LoopbackListener::LoopbackListener(const LoopbackLimits &limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{ }

LoopbackListener::~LoopbackListener()
{
    close();
}

Result<void> LoopbackListener::listen(const QUrl &fixedRedirect)
{
    close();
    m_nextRejectionLog = QDeadlineTimer(); // each attempt logs its first rejected redirect
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
    const QHash<QTcpSocket *, Connection> connections = std::exchange(m_connections, {});
    for (auto it = connections.cbegin(); it != connections.cend(); ++it) {
        if (!it->answered)
            it.key()->abort();
    }
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
    m_startPath.clear();
    m_authorizeUrl.clear();
    logRejectionSummary();
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

QUrl LoopbackListener::offerStartPage(const QUrl &authorizeUrl)
{
    if (!isListening())
        return {};
    m_startPath = QString::fromLatin1(StartPathPrefix + randomUrlSafeToken(32));
    m_authorizeUrl = authorizeUrl;
    const QHostAddress address = m_servers.first()->serverAddress();
    QUrl start;
    start.setScheme(u"http"_s);
    start.setHost(address.toString()); // 127.0.0.1, or ::1 for an IPv6-only fixed redirect
    start.setPort(m_servers.first()->serverPort());
    start.setPath(m_startPath);
    return start;
}

void LoopbackListener::acceptConnections(QTcpServer *server)
{
    connect(server, &QTcpServer::newConnection, this, [this, server] {
        while (QTcpSocket *socket = server->nextPendingConnection())
            accept(server, socket);
    });
    // Out of descriptors: Qt stops accepting for good. Make room and accept again shortly.
    connect(server, &QTcpServer::acceptError, this, [this, server](QAbstractSocket::SocketError error) {
        qCDebug(lcOAuth) << "the redirect listener could not accept a connection:" << error;
        dropOldestConnection();
        QTimer::singleShot(AcceptRetryDelay, server, &QTcpServer::resumeAccepting);
    });
}

void LoopbackListener::accept(QTcpServer *server, QTcpSocket *socket)
{
    // Any local user can connect: beyond the cap the oldest connection gives way, never the one
    // the browser's callback is waiting on, so a flood neither exhausts descriptors nor locks out
    // the browser.
    while (m_connections.size() >= m_limits.maxConnections && dropOldestConnection()) { }
    if (m_connections.size() >= m_limits.maxConnections) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    socket->setParent(server);
    m_connections.insert(socket, Connection{++m_nextSerial});
    connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // A child of the socket, so that it never outlives it.
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, socket] { dropIfIncomplete(socket); });
    deadline->start(m_limits.idleTimeout);
    // A browser writes its request right after connecting: read it now when it is there already,
    // so that connections flooding in at the same instant cannot push it out unread.
    socket->waitForReadyRead(0);
}

// Drops the connection that matters least: an answered one still closing, else the oldest that
// has not brought the callback. False when every connection is the callback's.
bool LoopbackListener::dropOldestConnection()
{
    QTcpSocket *victim = nullptr;
    Connection chosen;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it->awaitingAnswer)
            continue;
        const bool better = !victim || (it->answered && !chosen.answered)
            || (it->answered == chosen.answered && it->serial < chosen.serial);
        if (better) {
            victim = it.key();
            chosen = *it;
        }
    }
    if (!victim)
        return false;
    m_connections.remove(victim);
    victim->abort();
    victim->deleteLater();
    return true;
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
    handleRequestHead(socket, socket->read(end + 4));
}

LoopbackListener::Request LoopbackListener::parseRequestHead(const QByteArray &head, const QString &path)
{
    const QList<QByteArray> parts = head.left(head.indexOf("\r\n")).split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1."))
        return {400, {}};
    if (parts.at(0) != "GET")
        return {405, {}};
    const QByteArray &target = parts.at(1);
    const QUrl url(QString::fromLatin1(target), QUrl::StrictMode);
    if (!target.startsWith('/') || !url.isValid() || url.path() != path)
        return {404, {}};
    return {200, QUrlQuery(url)};
}

void LoopbackListener::handleRequestHead(QTcpSocket *socket, const QByteArray &head)
{
    const Request request = parseRequestHead(head, m_redirect.path());
    switch (request.status) {
    case 200: handleCallback(socket, request.query); return;
    case 404:
        if (isStartPage(head)) {
            handleStartPage(socket);
            return;
        }
        Q_EMIT callbackRejected(u"request for another path"_s);
        respond(socket, 404, page(404, tr("Not found"), {}));
        return;
    case 405: respond(socket, 405, page(405, tr("Method not allowed"), {})); return;
    default: respond(socket, 400, page(400, tr("Bad request"), {}));
    }
}

// Whether the request is for the start page on offer (a GET, like every request that gets here).
bool LoopbackListener::isStartPage(const QByteArray &head) const
{
    if (m_startPath.isEmpty())
        return false;
    const QList<QByteArray> parts = head.left(head.indexOf("\r\n")).split(' ');
    const QUrl url(QString::fromLatin1(parts.value(1)), QUrl::StrictMode);
    return url.isValid() && constantTimeEquals(url.path().toUtf8(), m_startPath.toUtf8());
}

// The browser's first request: sent on to the authorization URL, once.
void LoopbackListener::handleStartPage(QTcpSocket *socket)
{
    m_startPath.clear(); // single use
    const QByteArray location = std::exchange(m_authorizeUrl, {}).toEncoded();
    respond(socket, 303, page(303, tr("Opening the sign-in page"), {}), "Location: " + location + "\r\n");
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
        logRejectedState();
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
                                                      .arg(sanitizedServerText(iss), m_issuer)
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

// Any web page can send the browser here over and over: the first rejection is logged, the rest
// as one count at most once per interval and when the attempt ends.
void LoopbackListener::logRejectedState()
{
    if (m_rejectionsNotLogged == 0 && m_nextRejectionLog.hasExpired()) {
        qCWarning(lcOAuth) << "ignored a redirect whose state does not match the sign-in in progress";
        m_nextRejectionLog.setRemainingTime(m_limits.rejectionLogInterval);
        return;
    }
    ++m_rejectionsNotLogged;
    if (m_nextRejectionLog.hasExpired())
        logRejectionSummary();
}

void LoopbackListener::logRejectionSummary()
{
    if (m_rejectionsNotLogged == 0)
        return;
    qCWarning(lcOAuth) << "ignored" << m_rejectionsNotLogged
                       << "more redirects whose state does not match the sign-in in progress";
    m_rejectionsNotLogged = 0;
    m_nextRejectionLog.setRemainingTime(m_limits.rejectionLogInterval);
}

void LoopbackListener::answerBrowser(bool success, const QString &heading, const QString &message)
{
    if (!m_browser)
        return;
    respond(m_browser, success ? 200 : 400, page(success ? 200 : 400, heading, message));
    m_browser = nullptr;
}

void LoopbackListener::respond(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += extraHeaders;
    response += "Content-Type: text/html; charset=utf-8\r\n"
                "Cache-Control: no-store\r\n"
                "Pragma: no-cache\r\n"
                "Referrer-Policy: no-referrer\r\n"
                "X-Content-Type-Options: nosniff\r\n"
                "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'\r\n"
                "Connection: close\r\n"
                "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    // Answered: detached from the listener, so that closing it does not cut the page short; it is
    // deleted once the page is flushed and the connection closed. Until then it still counts
    // against the cap (a client that never reads its answer must not hold descriptors for free).
    if (const auto connection = m_connections.find(socket); connection != m_connections.end())
        connection->answered = true;
    socket->setParent(nullptr);
    socket->write(response);
    socket->flush();
    socket->disconnectFromHost();
    QTimer::singleShot(m_limits.idleTimeout, socket, &QTcpSocket::abort);
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
