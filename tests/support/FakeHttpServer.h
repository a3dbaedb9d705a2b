#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace callout::test {

// A tiny HTTP/1.1 server on 127.0.0.1 for fast unit tests: records every request and answers
// with what the test's handler returns. For fault injection and for checking the exact bytes a
// client sent; integration tests use the real OAuth server of tests/server instead.
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request {
        QByteArray method;
        QByteArray target;                     // path and query, as sent
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
        // The body as application/x-www-form-urlencoded, decoded ('+' is a space).
        QHash<QString, QString> form() const;
    };
    struct Response {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    using Handler = std::function<Response(const Request &)>;

    explicit FakeHttpServer(Handler handler, QObject *parent = nullptr);

    QUrl url(const QString &path) const;
    const QList<Request> &requests() const { return m_requests; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    static Response json(int status, const QByteArray &body);

    // While held, requests are recorded but not answered: for tests of what happens while a
    // request is under way. release() answers every held request with the handler, in order.
    void hold() { m_holding = true; }
    void release();

private:
    void read(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Request &request);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    bool m_holding = false;
    QList<std::pair<QPointer<QTcpSocket>, Request>> m_held;
};

} // namespace callout::test
