#pragma once

#include "callout/core/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>

#include <chrono>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace callout {

class CallEngine;
class ProxyConnection;
class ProxyRequestRules;

// How much the proxy holds at most: any local program can connect to it.
struct ProxyLimits {
    int maxConnections = 64;
    // A connection with no request in progress is closed after this long (a request's head must
    // arrive within it, too).
    std::chrono::milliseconds idleTimeout = std::chrono::seconds(60);
    // The upstream reply is not read further while this much is still unwritten to the caller.
    qint64 maxUnwritten = qint64(1024) * 1024;
    qint64 maxRequestBody = qint64(32) * 1024 * 1024;
};

// The loopback proxy (issue 13): http://127.0.0.1:PORT/callout/NAME/PATH → the credential's URL +
// PATH with its token, through the call engine (401 → refresh → retry, the wait for the user). On
// 127.0.0.1 and ::1 only, same port; every request is checked by ProxyRequestRules; responses
// stream back (chunked when the upstream length is unknown); keep-alive, one request at a time
// per connection.
class CalloutProxy : public QObject
{
    Q_OBJECT

public:
    explicit CalloutProxy(CallEngine &engine, const ProxyLimits &limits = {}, QObject *parent = nullptr);
    ~CalloutProxy() override;

    // Listens on 127.0.0.1:port (0: a free port) and on ::1 at the same port where the machine has
    // IPv6. Requests must carry `secret`.
    Result<void> listen(quint16 port, const QByteArray &secret);
    // Stops listening and drops every connection (calls in progress are cancelled).
    void close();
    bool isListening() const { return !m_servers.isEmpty(); }
    quint16 port() const { return m_port; }
    // The addresses listened on ("127.0.0.1", "::1").
    QStringList addresses() const;
    int connectionCount() const { return int(m_connections.size()); }

private:
    void accept(QTcpServer *server);
    bool dropOldestIdle();

    CallEngine &m_engine;
    ProxyLimits m_limits;
    QList<QTcpServer *> m_servers;
    QList<ProxyConnection *> m_connections; // oldest first
    QByteArray m_secret;
    std::unique_ptr<ProxyRequestRules> m_rules; // for the connections of this listening
    quint16 m_port = 0;
};

} // namespace callout
