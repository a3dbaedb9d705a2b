#include "calloutclient/ApiClient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace callout {

namespace {
QJsonObject transportError(const QString &code, const QString &message)
{
    return {{u"ok"_s, false}, {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
}
} // namespace

bool ApiClient::connectToAgent(const QString &socketPath, int timeoutMs)
{
    m_socket.connectToServer(socketPath);
    return m_socket.waitForConnected(timeoutMs);
}

QJsonObject ApiClient::request(const QString &method, const QJsonObject &params, int timeoutMs,
                               const EventHandler &onEvent)
{
    const int id = m_nextId++;
    const QJsonObject message{{u"v"_s, 1}, {u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}};
    m_socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    const QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs));
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline >= 0) {
            const QJsonObject answer = QJsonDocument::fromJson(m_buffer.left(newline)).object();
            m_buffer.remove(0, newline + 1);
            if (answer.value(u"id"_s).toInt() != id)
                continue;
            if (answer.contains(u"event"_s)) {
                if (onEvent)
                    onEvent(answer);
                continue;
            }
            return answer;
        }
        if (m_socket.state() != QLocalSocket::ConnectedState && m_socket.bytesAvailable() == 0)
            return transportError(u"agent-unreachable"_s, QStringLiteral("The agent closed the connection."));
        if (deadline.hasExpired())
            return transportError(u"timeout"_s, QStringLiteral("The agent did not answer in time."));
        const qint64 wait = deadline.isForever() ? 1000 : std::min<qint64>(deadline.remainingTime(), 1000);
        if (m_socket.waitForReadyRead(int(wait)) || m_socket.bytesAvailable() > 0)
            m_buffer += m_socket.readAll();
    }
}

} // namespace callout
