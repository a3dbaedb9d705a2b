#pragma once

#include <QJsonObject>
#include <QLocalSocket>

#include <functional>

namespace callout {

// A blocking client of the agent's local API (calloutclient/Protocol.h), for calloutctl and tests.
class ApiClient
{
public:
    using EventHandler = std::function<void(const QJsonObject &event)>;

    bool connectToAgent(const QString &socketPath, int timeoutMs);
    // Sends one request and waits for its answer (events for it go to `onEvent`). On a transport
    // failure returns an error answer with the code agent-unreachable or timeout.
    QJsonObject request(QStringView method, const QJsonObject &params, int timeoutMs, const EventHandler &onEvent = {});

private:
    QLocalSocket m_socket;
    QByteArray m_buffer;
    int m_nextId = 1;
};

} // namespace callout
