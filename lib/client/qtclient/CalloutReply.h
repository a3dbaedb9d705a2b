#pragma once

#include "calloutclient/CallEngine.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include <chrono>
#include <memory>

namespace callout {

// The QNetworkReply of one callout: request (CalloutNetworkAccessManager): wraps a Call of the
// engine and mirrors its final response (status, reason, headers, redirect target) and streams its
// body; a call that got no response at all ends with an error mapped from the agent's code.
// Signals as QNetworkAccessManager's own replies: metaDataChanged, readyRead/downloadProgress…,
// errorOccurred (on error), readChannelFinished, finished.
class CalloutReply : public QNetworkReply
{
    Q_OBJECT

public:
    CalloutReply(CallEngine &engine, QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                 QIODevice *outgoingData, std::chrono::seconds wait, QObject *parent);
    ~CalloutReply() override;

    void abort() override;
    void close() override;
    qint64 bytesAvailable() const override;
    void setReadBufferSize(qint64 size) override;

    // The agent's error code of a call without a response → the closest QNetworkReply error.
    static NetworkError errorForCode(const QString &code);

Q_SIGNALS:
    void waitingForUser(const QString &message);

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void respond(QNetworkReply *response);
    void fail(const CallFailure &failure);
    void finish();

    QPointer<Call> m_call;
    QPointer<QNetworkReply> m_response;  // owned by the call
    std::unique_ptr<QBuffer> m_bodyCopy; // a sequential body, read at once (the engine rewinds bodies)
    bool m_finished = false;
};

} // namespace callout
