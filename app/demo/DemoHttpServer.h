#pragma once

#include "callout/agent/HttpRequestReader.h"
#include "callout/core/Result.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace callout::demo {

Q_DECLARE_LOGGING_CATEGORY(lcDemo) // callout.demo

// One answer of the demo's servers.
struct DemoResponse {
    int status = 200;
    HeaderList headers; // Content-Length and Connection are added by the server
    QByteArray body;

    static DemoResponse json(int status, const QJsonObject &object);
    static DemoResponse html(int status, const QString &page);
    static DemoResponse redirect(const QUrl &location); // 302, no body
    // 401 (RFC 6750 §3): `WWW-Authenticate: Bearer realm="demo"`, with error="invalid_token" and
    // the description when `problem` is set (a request without a token gets no error attribute).
    static DemoResponse bearerRefusal(const QString &problem);
    // 403 (RFC 6750 §3.1): a valid token without `scope`.
    static DemoResponse insufficientScope(const QByteArray &scope);
};

// The token of the request's `Authorization: Bearer <token>` (RFC 6750 §2.1); empty without one.
QByteArray bearerToken(const HttpRequest &request);

// A small HTTP/1.1 server on 127.0.0.1 (an ephemeral port) for the demo's authorization server
// and API: the project's own request parsing (HttpRequestReader), one handler, keep-alive.
class DemoHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<DemoResponse(const HttpRequest &request)>;

    explicit DemoHttpServer(Handler handler, QObject *parent = nullptr);
    ~DemoHttpServer() override;

    Result<void> listen();
    QUrl origin() const; // http://127.0.0.1:<port>

private:
    class Connection;
    void accept();

    Handler m_handler;
    QTcpServer m_server;
    int m_connections = 0; // open now (capped: any local user can connect)
};

} // namespace callout::demo
