#pragma once

#include "callout/core/Result.h"
#include "calloutclient/Protocol.h"

#include <QHash>
#include <QObject>

class QLocalServer;
class QLocalSocket;

namespace callout {

class ApiHandler;

// Carries the local API over a Unix socket in a private folder ($XDG_RUNTIME_DIR/callout, 0700;
// socket 0600; never an abstract socket). Every connection's peer must be this user (SO_PEERCRED).
// Messages are JSON lines of at most 1 MiB; hostile input gets an error answer, never a crash.
class LocalApiServer : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxLineBytes = protocol::MaxLineBytes;
    static constexpr int MaxPendingPerConnection = 64;

    explicit LocalApiServer(ApiHandler &handler, QObject *parent = nullptr);
    ~LocalApiServer() override;

    // Creates the folder (0700, refusing one owned by someone else or open to others), replaces a
    // stale socket file and listens. Call only while holding the agent lock.
    Result<void> listen(const QString &socketPath);
    void close();

private:
    // What the server keeps per connection, for as long as it is open.
    struct Connection {
        int pendingRequests = 0; // answers still owed
    };

    void accept(QLocalSocket *socket);
    void readLines(QLocalSocket *socket);
    void handleLine(QLocalSocket *socket, const QByteArray &line);
    void refuseTooLarge(QLocalSocket *socket);
    static void send(QLocalSocket *socket, const QJsonObject &message);
    static bool peerIsThisUser(QLocalSocket *socket);

    ApiHandler &m_handler;
    QLocalServer *m_server;
    QString m_path;
    QHash<QLocalSocket *, Connection> m_connections;
};

} // namespace callout
