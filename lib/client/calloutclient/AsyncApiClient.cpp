#include "calloutclient/AsyncApiClient.h"

#include "calloutclient/AgentPaths.h"
#include "calloutclient/Protocol.h"

#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace callout {

AsyncApiClient::AsyncApiClient(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPath.isEmpty() ? agentpaths::socketPath() : socketPath)
{ }

AsyncApiClient::~AsyncApiClient()
{
    // Nothing is answered any more: the socket's last signals must not reach a half-destroyed client.
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool AsyncApiClient::isConnected() const
{
    return m_socket && m_socket->state() == QLocalSocket::ConnectedState;
}

void AsyncApiClient::connectToAgent()
{
    if (m_socket)
        return; // connected or connecting
    auto *socket = new QLocalSocket(this);
    m_socket = socket;
    m_buffer.clear();
    connect(socket, &QLocalSocket::connected, this, [this, socket] {
        for (const QByteArray &line : std::as_const(m_unsent))
            socket->write(line);
        m_unsent.clear();
    });
    connect(socket, &QLocalSocket::readyRead, this, &AsyncApiClient::onReadyRead);
    // A refused connect reports an error only; a lost connection both: handled once, for this socket.
    const auto lost = [this, socket] {
        if (m_socket != socket)
            return;
        m_socket = nullptr;
        socket->deleteLater();
        failAll(tr("The callout agent is not running or closed the connection."));
    };
    connect(socket, &QLocalSocket::disconnected, this, lost);
    connect(socket, &QLocalSocket::errorOccurred, this, [socket, lost](QLocalSocket::LocalSocketError) {
        if (socket->state() != QLocalSocket::ConnectedState)
            lost();
    });
    socket->connectToServer(m_socketPath);
}

int AsyncApiClient::request(QStringView method, const QJsonObject &params, QObject *context, EventHandler onEvent,
                            AnswerHandler onAnswer)
{
    const int id = m_nextId++;
    Pending pending{context, {}, std::move(onEvent), std::move(onAnswer)};
    if (context)
        pending.contextGone = connect(context, &QObject::destroyed, this, [this, id] { m_pending.remove(id); });
    m_pending.emplace(id, std::move(pending));

    const QByteArray line = protocol::toLine(protocol::request(id, method, params));
    if (isConnected()) {
        m_socket->write(line);
    } else {
        m_unsent.append(line);
        connectToAgent(); // may fail at once: failAll() answers later, never from here
    }
    return id;
}

void AsyncApiClient::onReadyRead()
{
    m_buffer += m_socket->readAll();
    qsizetype start = 0;
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        const QJsonObject message = QJsonDocument::fromJson(m_buffer.mid(start, newline - start)).object();
        start = newline + 1;
        dispatch(message);
        if (!m_socket)
            return; // a handler's reaction ended the connection
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > protocol::MaxLineBytes)
        m_socket->abort(); // not the agent's protocol: every request is answered agent-unreachable
}

void AsyncApiClient::dispatch(const QJsonObject &message)
{
    const int id = protocol::idOf(message).toInt(-1);
    const auto found = m_pending.constFind(id);
    if (found == m_pending.constEnd())
        return; // an answer nobody waits for any more (its context is gone)
    if (protocol::isEvent(message)) {
        if (found->onEvent)
            found->onEvent(message);
        return;
    }
    finish(id, message);
}

void AsyncApiClient::finish(int id, const QJsonObject &answer)
{
    const Pending pending = m_pending.take(id);
    QObject::disconnect(pending.contextGone);
    if (pending.onAnswer && (pending.context || !pending.contextGone))
        pending.onAnswer(answer);
}

void AsyncApiClient::failAll(const QString &message)
{
    m_unsent.clear();
    QList<int> ids = m_pending.keys();
    std::sort(ids.begin(), ids.end());
    // Later, never from inside request() (connectToServer can fail at once) nor a socket signal.
    QTimer::singleShot(0, this, [this, ids, message] {
        for (const int id : ids) {
            if (m_pending.contains(id))
                finish(id, protocol::errorAnswer(id, protocol::code::AgentUnreachable, message));
        }
    });
    Q_EMIT disconnected();
}

} // namespace callout
