#pragma once

#include <QJsonObject>
#include <QLocalSocket>

#include <csignal>
#include <functional>

namespace callout {

// A blocking client of the agent's local API (calloutclient/Protocol.h), for calloutctl and tests.
class ApiClient
{
public:
    using EventHandler = std::function<void(const QJsonObject &event)>;

    bool connectToAgent(const QString &socketPath, int timeoutMs);
    // request() gives up soon after `*flag` turns non-zero (set by a signal handler): it closes the
    // connection, which cancels at the agent what the request started, and answers "interrupted".
    void setInterruptFlag(const volatile std::sig_atomic_t *flag) { m_interrupted = flag; }
    // Sends one request and waits for its answer (events for it go to `onEvent`). On a transport
    // failure returns an error answer with the code agent-unreachable, timeout or interrupted.
    QJsonObject request(QStringView method, const QJsonObject &params, int timeoutMs, const EventHandler &onEvent = {});

private:
    QLocalSocket m_socket;
    QByteArray m_buffer;
    int m_nextId = 1;
    const volatile std::sig_atomic_t *m_interrupted = nullptr;
};

} // namespace callout
