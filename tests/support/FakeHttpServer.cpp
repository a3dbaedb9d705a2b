#include "FakeHttpServer.h"

#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace callout::test {

QHash<QString, QString> FakeHttpServer::Request::form() const
{
    QHash<QString, QString> values;
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            continue;
        auto decode = [](QByteArray part) {
            return QString::fromUtf8(QByteArray::fromPercentEncoding(part.replace('+', ' ')));
        };
        values.insert(decode(pair.left(eq)), decode(pair.mid(eq + 1)));
    }
    return values;
}

FakeHttpServer::FakeHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QUrl FakeHttpServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
}

FakeHttpServer::Response FakeHttpServer::json(int status, const QByteArray &body)
{
    return {status, {{"Content-Type", "application/json"}}, body};
}

void FakeHttpServer::read(QTcpSocket *socket)
{
    const QByteArray buffered = socket->peek(1 << 20);
    const qsizetype headerEnd = buffered.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffered.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffered.size() < headerEnd + 4 + length)
        return; // wait for the rest of the body
    socket->read(headerEnd + 4 + length);
    request.body = buffered.mid(headerEnd + 4, length);
    m_requests.append(request);
    if (m_holding) {
        m_held.append({socket, request});
        return;
    }
    respond(socket, request);
}

void FakeHttpServer::release()
{
    m_holding = false;
    const auto held = std::exchange(m_held, {});
    for (const auto &[socket, request] : held) {
        if (socket)
            respond(socket, request);
    }
}

void FakeHttpServer::respond(QTcpSocket *socket, const Request &request)
{
    const Response response = m_handler(request);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\nConnection: close\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace callout::test
