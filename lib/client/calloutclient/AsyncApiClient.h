#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLocalSocket>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringView>

#include <functional>

namespace callout {

// A non-blocking client of the agent's local API (calloutclient/Protocol.h): one connection, any
// number of requests in flight, each answered through its own callbacks. Used wherever an event loop
// runs (calloutctl call, the Qt client library); ApiClient is the blocking one.
class AsyncApiClient : public QObject
{
    Q_OBJECT

public:
    using EventHandler = std::function<void(const QJsonObject &event)>;
    using AnswerHandler = std::function<void(const QJsonObject &answer)>;

    // `socketPath` empty: agentpaths::socketPath().
    explicit AsyncApiClient(const QString &socketPath = {}, QObject *parent = nullptr);
    ~AsyncApiClient() override;

    // Connects now (request() connects on its own when needed). Never blocks.
    void connectToAgent();
    bool isConnected() const;

    // Sends one request. Its events go to `onEvent`, then `onAnswer` is called exactly once, and never
    // before request() returns, with the agent's answer, or with an agent-unreachable error answer
    // when the agent cannot be reached or the connection is lost. Nothing is called once `context`
    // (not null) is destroyed. Returns the request's id.
    int request(QStringView method, const QJsonObject &params, QObject *context, EventHandler onEvent,
                AnswerHandler onAnswer);

    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    // The connection ended (the agent stopped, or never answered the connect); every pending request
    // has been answered with agent-unreachable.
    void disconnected();

private:
    struct Pending {
        QPointer<QObject> context;
        QMetaObject::Connection contextGone;
        EventHandler onEvent;
        AnswerHandler onAnswer;
    };

    void onReadyRead();
    void dispatch(const QJsonObject &message);
    void failAll(const QString &message);
    void finish(int id, const QJsonObject &answer);

    QString m_socketPath;
    QLocalSocket *m_socket = nullptr; // a new one per connection attempt
    QByteArray m_buffer;
    QList<QByteArray> m_unsent; // lines written before the connection was up
    QHash<int, Pending> m_pending;
    int m_nextId = 1;
};

} // namespace callout
