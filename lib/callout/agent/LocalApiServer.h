#pragma once

#include "callout/core/Error.h"
#include "callout/core/Result.h"
#include "calloutclient/Protocol.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>

class QFileSystemWatcher;
class QLocalServer;
class QLocalSocket;

namespace callout {

class ApiHandler;

// How much the local API holds at most, so that no client (even of this user) can exhaust the
// agent's descriptors and with them the API (security review, issue 11).
struct LocalApiLimits {
    // Connections at once; a new one beyond it drops the oldest idle one (one with no request
    // pending), or is refused when every one waits for an answer.
    int maxConnections = 64;
    // A connection with no request pending and nothing received for this long is closed.
    std::chrono::milliseconds idleTimeout = std::chrono::minutes(2);
    // How often the server checks that it still listens and that its socket file is still there,
    // when its folder cannot be watched (inotify): a watched folder says so at once, and an idle
    // agent wakes for nothing (30 wake-ups a minute at 2 s; tests/bench/scale.sh).
    std::chrono::milliseconds listenCheckInterval = std::chrono::seconds(2);
};

// Carries the local API over a Unix socket in a private folder ($XDG_RUNTIME_DIR/callout, 0700;
// socket 0600; never an abstract socket). Every connection's peer must be this user (SO_PEERCRED).
// Messages are JSON lines of at most 1 MiB; hostile input gets an error answer, never a crash; a
// longer line closes the connection.
//
// Should it ever stop listening (Qt's QLocalServer closes itself and removes its socket file when
// accept() fails, e.g. out of descriptors) or its socket file disappear, it listens again; when it
// cannot, listeningLost() tells the agent to exit so that a new one can start. Either shows as a
// change in the socket's folder, which the server watches.
class LocalApiServer : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxLineBytes = protocol::MaxLineBytes;
    static constexpr int MaxPendingPerConnection = 64;

    explicit LocalApiServer(ApiHandler &handler, QObject *parent = nullptr);
    LocalApiServer(ApiHandler &handler, const LocalApiLimits &limits, QObject *parent = nullptr);
    ~LocalApiServer() override;

    // Creates the folder (0700, refusing one owned by someone else or open to others), replaces a
    // stale socket file and listens. Call only while holding the agent lock.
    Result<void> listen(const QString &socketPath);
    void close();
    bool isListening() const;
    // Client connections open right now.
    int connectionCount() const { return int(m_connections.size()); }

Q_SIGNALS:
    // The API could not be brought back: the agent should exit, so that another one can start.
    void listeningLost(const callout::Error &error);

private:
    // What the server keeps per connection, for as long as it is open.
    struct Connection {
        quint64 serial = 0;      // order of arrival: the oldest idle one gives way first
        int pendingRequests = 0; // answers still owed
        QTimer *idle = nullptr;  // a child of the socket
    };

    void accept(QLocalSocket *socket);
    bool dropOldestIdleConnection();
    void closeIfIdle(QLocalSocket *socket);
    void readLines(QLocalSocket *socket);
    void handleLine(QLocalSocket *socket, const QByteArray &line);
    void refuseTooLarge(QLocalSocket *socket);
    void checkListening();
    static void send(QLocalSocket *socket, const QJsonObject &message);
    static bool peerIsThisUser(QLocalSocket *socket);

    ApiHandler &m_handler;
    LocalApiLimits m_limits;
    QLocalServer *m_server;
    QFileSystemWatcher *m_folderWatch; // the socket's folder: a removed or replaced socket file
    QTimer m_listenCheck;              // only when the folder cannot be watched
    QString m_path;
    quint64 m_socketInode = 0; // of the socket file listen() created
    QHash<QLocalSocket *, Connection> m_connections;
    quint64 m_nextSerial = 0;
};

} // namespace callout
