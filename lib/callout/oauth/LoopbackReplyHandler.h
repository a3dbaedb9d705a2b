#pragma once

#include "callout/core/Error.h"
#include "callout/core/Result.h"

#include <QOAuthOobReplyHandler>
#include <QPointer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace callout {

// Callout's own loopback redirect listener for one sign-in attempt (RFC 8252 §7.3), replacing
// Qt 6.4's QOAuthHttpServerReplyHandler, which listens on every interface, matches paths by
// prefix, answers the browser before the code exchange and inserts its text unescaped.
//
// It listens on 127.0.0.1 only (and ::1 as well when a fixed redirect names `localhost`), checks
// `state` (single use) and `iss` (RFC 9207) before anything reaches the flow, and answers the
// browser only when the sign-in has finished, with a small self-contained page.
// It also reads token endpoint replies for the flow (networkReplyFinished), reporting the errors
// that Qt 6.4 swallows.
class LoopbackReplyHandler : public QOAuthOobReplyHandler
{
    Q_OBJECT

public:
    explicit LoopbackReplyHandler(QObject *parent = nullptr);
    ~LoopbackReplyHandler() override;

    // Opens the listener on an ephemeral 127.0.0.1 port with path /callback, or exactly on
    // `fixedRedirect` (a loopback http URL with a port).
    Result<void> listen(const QUrl &fixedRedirect = {});
    // Stops listening and drops every connection. Safe to call more than once.
    void close();
    bool isListening() const;

    // The redirect URI: http://127.0.0.1:<port>/callback, or the fixed redirect.
    QString callback() const override;

    // What the callback of this attempt must carry. `issuer` empty: no `iss` check.
    void expect(const QString &state, const QString &issuer, bool issRequired);

    // Answers the browser that brought the callback, then closes its connection.
    void answerBrowser(bool success, const QString &heading, const QString &message);

    // Token endpoint replies, for the flow: errors are reported (tokenRequestFailed), never
    // swallowed; successes are passed on as tokensReceived().
    void networkReplyFinished(QNetworkReply *reply) override;

    // The page sent to the browser (exposed for tests): escaped, self-contained.
    static QByteArray page(int status, const QString &heading, const QString &message);

Q_SIGNALS:
    // state (and iss) verified: the code may be exchanged. Emitted before callbackReceived().
    void authorizationCodeReceived(const QString &code);
    // An error callback with the right state (access_denied, …), or a wrong `iss`.
    void authorizationFailed(const callout::Error &error);
    // A request that does not belong to this attempt (wrong state, wrong path): ignored.
    void callbackRejected(const QString &reason);
    void tokenRequestFailed(const callout::Error &error);
    // Every token endpoint reply, successful or not (for the refresh machinery).
    void tokenReplyRead();

private:
    void acceptConnections(QTcpServer *server);
    void readRequest(QTcpSocket *socket);
    void handleRequestLine(QTcpSocket *socket, const QByteArray &requestLine);
    void handleCallback(QTcpSocket *socket, const QUrlQuery &query);
    static void respond(QTcpSocket *socket, int status, const QByteArray &body);

    QList<QTcpServer *> m_servers;
    QUrl m_redirect;
    QString m_expectedState;
    QString m_issuer;
    bool m_issRequired = false;
    QPointer<QTcpSocket> m_browser; // the connection that brought the accepted callback
};

} // namespace callout
