#include "calloutclient/ApiClient.h"

#include "calloutclient/Protocol.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace callout {

bool ApiClient::connectToAgent(const QString &socketPath, int timeoutMs)
{
    m_socket.connectToServer(socketPath);
    return m_socket.waitForConnected(timeoutMs);
}

QJsonObject ApiClient::request(QStringView method, const QJsonObject &params, int timeoutMs,
                               const EventHandler &onEvent)
{
    const int id = m_nextId++;
    m_socket.write(protocol::toLine(protocol::request(id, method, params)));
    const QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs));
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline >= 0) {
            QJsonObject message = QJsonDocument::fromJson(m_buffer.left(newline)).object();
            m_buffer.remove(0, newline + 1);
            if (protocol::idOf(message).toInt() != id)
                continue;
            if (protocol::isEvent(message)) {
                if (onEvent)
                    onEvent(message);
                continue;
            }
            return message;
        }
        if (m_socket.state() != QLocalSocket::ConnectedState && m_socket.bytesAvailable() == 0)
            return protocol::errorAnswer(id, protocol::code::AgentUnreachable, u"The agent closed the connection."_s);
        if (m_interrupted && *m_interrupted != 0) {
            m_socket.abort();
            return protocol::errorAnswer(id, protocol::code::Interrupted, u"Interrupted."_s);
        }
        if (deadline.hasExpired())
            return protocol::errorAnswer(id, protocol::code::Timeout, u"The agent did not answer in time."_s);
        // Short slices: an interrupt is noticed within 100 ms.
        const qint64 wait = deadline.isForever() ? 100 : std::min<qint64>(deadline.remainingTime(), 100);
        if (m_socket.waitForReadyRead(int(wait)) || m_socket.bytesAvailable() > 0)
            m_buffer += m_socket.readAll();
    }
}

} // namespace callout
