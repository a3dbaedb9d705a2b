#pragma once

#include "callout/agent/HttpRequestReader.h"
#include "callout/agent/ProxyRequestRules.h"
#include "calloutclient/CallEngine.h"

#include <QBuffer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;
class QTcpSocket;

namespace callout {

struct ProxyLimits;

// One caller's connection to the loopback proxy: reads a request (HttpRequestReader), checks it
// (ProxyRequestRules), sends it through the call engine and streams the answer back; then the next
// request on the same connection (keep-alive), one at a time.
class ProxyConnection : public QObject
{
    Q_OBJECT

public:
    ProxyConnection(QTcpSocket *socket, CallEngine &engine, const ProxyRequestRules &rules, const ProxyLimits &limits,
                    QObject *parent);
    ~ProxyConnection() override;

    bool isIdle() const { return !m_call && !m_headSeen; } // no request under way
    void drop();                                           // closes at once; closed() follows

Q_SIGNALS:
    void closed(); // the connection is gone; delete it later

private:
    void readRequests();
    bool checkHead();
    void startCall();
    void respond(QNetworkReply *reply);
    void pump();
    void upstreamFinished();
    void endResponse();
    void fail(const CallFailure &failure);
    void refuse(int status, const QString &message, bool close);
    void writeError(int status, const QByteArray &code, const QString &message, const QByteArray &extraHeaders,
                    bool close);
    QByteArray connectionHeader(bool close) const;

    QTcpSocket *m_socket;
    CallEngine &m_engine;
    const ProxyRequestRules &m_rules;
    const ProxyLimits &m_limits;
    HttpRequestReader m_reader;
    ProxyVerdict m_verdict;
    bool m_headSeen = false; // a request's head was read and accepted
    QBuffer m_body;
    QPointer<Call> m_call;
    QTimer m_idle;
    // The response under way.
    bool m_chunked = false;
    bool m_bodyless = false;
    bool m_closeAfter = false;
    bool m_upstreamDone = false;
    bool m_closing = false;
    bool m_dropped = false;
};

} // namespace callout
