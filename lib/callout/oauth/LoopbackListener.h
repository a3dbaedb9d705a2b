#pragma once

#include "callout/core/Error.h"
#include "callout/core/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class QUrlQuery;

namespace callout {

// Callout's loopback redirect listener for one sign-in attempt (RFC 8252 §7.3), replacing
// Qt 6.4's QOAuthHttpServerReplyHandler, which listens on every interface, matches paths by
// prefix, answers the browser before the code exchange and inserts its text unescaped.
//
// It listens on 127.0.0.1 only (and ::1 as well when a fixed redirect names `localhost`), reads
// the browser's request (headers in any number of TCP segments, size-limited), checks `state`
// (single use) and `iss` (RFC 9207) before anything reaches the flow, and answers the browser only
// when the sign-in has finished, with a small self-contained page.
class LoopbackListener : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackListener(QObject *parent = nullptr);
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

    // Answers the browser that brought the callback, then closes its connection.
    void answerBrowser(bool success, const QString &heading, const QString &message);

    // The page sent to the browser (exposed for tests): escaped, self-contained.
    static QByteArray page(int status, const QString &heading, const QString &message);

Q_SIGNALS:
    // state (and iss) verified: the code may be exchanged.
    void authorizationCodeReceived(const QString &code);
    // An error callback with the right state (access_denied, …), or a wrong `iss`.
    void authorizationFailed(const callout::Error &error);
    // A request that does not belong to this attempt (wrong state, wrong path): ignored.
    void callbackRejected(const QString &reason);

private:
    // A browser connection that has not been answered yet.
    struct Connection {
        bool requestRead = false;    // its request was read: further bytes are ignored
        bool awaitingAnswer = false; // it brought this attempt's callback: no timeout, answerBrowser() answers it
    };

    void acceptConnections(QTcpServer *server);
    void dropIfIncomplete(QTcpSocket *socket);
    void readRequest(QTcpSocket *socket);
    void handleRequestLine(QTcpSocket *socket, const QByteArray &requestLine);
    void handleCallback(QTcpSocket *socket, const QUrlQuery &query);
    void respond(QTcpSocket *socket, int status, const QByteArray &body);

    QList<QTcpServer *> m_servers;
    QHash<QTcpSocket *, Connection> m_connections;
    QUrl m_redirect;
    QString m_expectedState;
    QString m_issuer;
    bool m_issRequired = false;
    QPointer<QTcpSocket> m_browser; // the connection that brought the accepted callback
};

} // namespace callout
