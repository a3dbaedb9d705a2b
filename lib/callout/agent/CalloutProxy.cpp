#include "callout/agent/CalloutProxy.h"

#include "callout/agent/ProxyConnection.h"
#include "callout/core/Logging.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// A free port for 127.0.0.1 may be taken on ::1: a few tries for one that is free on both.
constexpr int PortAttempts = 8;
constexpr auto AcceptRetryDelay = std::chrono::milliseconds(100);

} // namespace

CalloutProxy::CalloutProxy(CallEngine &engine, const ProxyLimits &limits, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_limits(limits)
{ }

CalloutProxy::~CalloutProxy()
{
    close();
}

Result<void> CalloutProxy::listen(quint16 port, const QByteArray &secret)
{
    close();
    QString why;
    for (int attempt = 0; attempt < (port == 0 ? PortAttempts : 1); ++attempt) {
        auto *v4 = new QTcpServer(this);
        if (!v4->listen(QHostAddress(QHostAddress::LocalHost), port)) {
            why = v4->errorString();
            delete v4;
            break;
        }
        auto *v6 = new QTcpServer(this);
        if (!v6->listen(QHostAddress(QHostAddress::LocalHostIPv6), v4->serverPort())) {
            const bool taken = v6->serverError() == QAbstractSocket::AddressInUseError;
            delete v6;
            v6 = nullptr;
            if (taken && port == 0) { // try another port
                delete v4;
                continue;
            }
            // No IPv6 on this machine (or the fixed port is taken there): 127.0.0.1 alone.
        }
        m_servers.append(v4);
        if (v6)
            m_servers.append(v6);
        break;
    }
    if (m_servers.isEmpty())
        return Error(ErrorCode::NetworkError,
                     tr("The proxy could not listen on 127.0.0.1 port %1: %2").arg(port).arg(why));
    m_port = m_servers.first()->serverPort();
    m_secret = secret;
    m_rules = std::make_unique<ProxyRequestRules>(m_secret, m_port);
    for (QTcpServer *server : std::as_const(m_servers)) {
        connect(server, &QTcpServer::newConnection, this, [this, server] { accept(server); });
        // Out of descriptors: Qt stops accepting for good. Make room and accept again shortly.
        connect(server, &QTcpServer::acceptError, this, [this, server] {
            dropOldestIdle();
            QTimer::singleShot(AcceptRetryDelay, server, &QTcpServer::resumeAccepting);
        });
    }
    qCInfo(lcApi) << "the proxy listens on" << addresses() << "port" << m_port;
    return {};
}

void CalloutProxy::close()
{
    for (ProxyConnection *connection : std::exchange(m_connections, {})) {
        connection->disconnect(this);
        connection->drop();
        connection->deleteLater();
    }
    for (QTcpServer *server : std::exchange(m_servers, {})) {
        server->close();
        server->deleteLater();
    }
    m_port = 0;
}

QStringList CalloutProxy::addresses() const
{
    QStringList list;
    for (const QTcpServer *server : m_servers)
        list.append(server->serverAddress().toString());
    return list;
}

void CalloutProxy::accept(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        // Any local program can connect: beyond the cap an idle connection gives way, else the new one.
        if (m_connections.size() >= m_limits.maxConnections && !dropOldestIdle()) {
            socket->write("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\n"
                          "Connection: close\r\n\r\n");
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        auto *connection = new ProxyConnection(socket, m_engine, *m_rules, m_limits, this);
        m_connections.append(connection);
        connect(connection, &ProxyConnection::closed, this, [this, connection] {
            m_connections.removeOne(connection);
            connection->deleteLater();
        });
    }
}

bool CalloutProxy::dropOldestIdle()
{
    for (ProxyConnection *connection : std::as_const(m_connections)) {
        if (connection->isIdle()) {
            connection->drop(); // closed() removes it
            return true;
        }
    }
    return false;
}

} // namespace callout
