#pragma once

#include "callout/core/Error.h"
#include "callout/core/Result.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

class QTcpServer;
class QTcpSocket;

namespace callout {

// How much a loopback listener holds at most: any local user can connect to it, so that nobody can
// exhaust the agent's descriptors through it (security review, issue 11).
struct LoopbackLimits {
    // Connections held at once; a new one beyond it drops the oldest that is not the browser's.
    int maxConnections = 16;
    // A connection that has not completed its request by then is dropped.
    std::chrono::milliseconds idleTimeout = std::chrono::seconds(10);
    // Rejected redirects: the first is logged, the rest as one count at most this often.
    std::chrono::milliseconds rejectionLogInterval = std::chrono::seconds(30);
};

// Callout's loopback redirect listener for one sign-in attempt (RFC 8252 §7.3), replacing
// Qt 6.4's QOAuthHttpServerReplyHandler, which listens on every interface, matches paths by
// prefix, answers the browser before the code exchange and inserts its text unescaped.
//
// It listens on 127.0.0.1 only (and ::1 as well when a fixed redirect names `localhost`), reads
// the browser's request (headers in any number of TCP segments, size-limited), checks `state`
// (single use) and `iss` (RFC 9207) before anything reaches the flow, and answers the browser only
// when the sign-in has finished, with a small self-contained page.
//
// It also serves the one-time start page (/start/<random>): the browser is started with that URL
// rather than the authorization URL, so that `state` and the PKCE challenge never appear in a
// command line other users can read; the start page redirects once to the authorization URL.
class LoopbackListener : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackListener(QObject *parent = nullptr);
    explicit LoopbackListener(const LoopbackLimits &limits, QObject *parent = nullptr);
    ~LoopbackListener() override;

    // Opens the listener on an ephemeral 127.0.0.1 port with path /callback, or exactly on
    // `fixedRedirect` (a loopback http URL with a port).
    Result<void> listen(const QUrl &fixedRedirect = {});
    // Stops listening and drops every connection not answered yet. Safe to call more than once.
    void close();
    bool isListening() const;

    // The redirect URI: http://127.0.0.1:<port>/callback, or the fixed redirect.
    QString redirectUri() const;

    // What the callback of this attempt must carry. `issuer` empty: no `iss` check.
    void expect(const QString &state, const QString &issuer, bool issRequired);

    // A fresh one-time URL http://127.0.0.1:<port>/start/<random, 256 bits> that redirects (303)
    // to `authorizeUrl` once; any earlier start URL stops working. Empty when not listening.
    QUrl offerStartPage(const QUrl &authorizeUrl);

    // Browser connections held open right now (answered ones still closing included).
    int connectionCount() const { return int(m_connections.size()); }

    // Answers the browser that brought the callback, then closes its connection.
    void answerBrowser(bool success, const QString &heading, const QString &message);

    // The page sent to the browser (exposed for tests): escaped, self-contained.
    static QByteArray page(int status, const QString &heading, const QString &message);

    // What a browser's request head (up to its blank line) asks for, read without a socket (exposed
    // for tests and the fuzzer): status 200 and the query of a GET of `path`, else the status to answer.
    struct Request {
        int status = 400;
        QUrlQuery query;
    };
    static Request parseRequestHead(const QByteArray &head, const QString &path);

Q_SIGNALS:
    // state (and iss) verified: the code may be exchanged.
    void authorizationCodeReceived(const QString &code);
    // An error callback with the right state (access_denied, …), or a wrong `iss`.
    void authorizationFailed(const callout::Error &error);
    // A request that does not belong to this attempt (wrong state, wrong path): ignored.
    void callbackRejected(const QString &reason);

private:
    // A browser connection held open.
    struct Connection {
        quint64 serial = 0;          // order of arrival: the oldest is dropped first
        bool requestRead = false;    // its request was read: further bytes are ignored
        bool awaitingAnswer = false; // it brought this attempt's callback: no timeout, answerBrowser() answers it
        bool answered = false;       // its answer is written; it is closing
    };

    void acceptConnections(QTcpServer *server);
    void accept(QTcpServer *server, QTcpSocket *socket);
    bool dropOldestConnection();
    void dropIfIncomplete(QTcpSocket *socket);
    void readRequest(QTcpSocket *socket);
    void handleRequestHead(QTcpSocket *socket, const QByteArray &head);
    bool isStartPage(const QByteArray &head) const;
    void handleStartPage(QTcpSocket *socket);
    void handleCallback(QTcpSocket *socket, const QUrlQuery &query);
    void logRejectedState();
    void logRejectionSummary();
    void respond(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &extraHeaders = {});

    LoopbackLimits m_limits;
    QList<QTcpServer *> m_servers;
    QHash<QTcpSocket *, Connection> m_connections;
    quint64 m_nextSerial = 0;
    QString m_startPath; // /start/<random> while the start page is on offer
    QUrl m_authorizeUrl;
    int m_rejectionsNotLogged = 0;
    QDeadlineTimer m_nextRejectionLog;
    QUrl m_redirect;
    QString m_expectedState;
    QString m_issuer;
    bool m_issRequired = false;
    QPointer<QTcpSocket> m_browser; // the connection that brought the accepted callback
};

} // namespace callout
