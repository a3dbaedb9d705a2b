#include "TestServer.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace callout::test {

TestServer::TestServer()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    // The server goes when the test goes, even when the test crashes.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

TestServer::~TestServer()
{
    stop();
}

QString TestServer::serverDirectory()
{
    return QStringLiteral(CALLOUT_TEST_SERVER_DIR);
}

QString TestServer::browserScript()
{
    return serverDirectory() + u"/browser.sh"_s;
}

QJsonObject TestServer::client(const QString &clientId)
{
    QFile file(serverDirectory() + u"/clients.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonValue clients = QJsonDocument::fromJson(file.readAll()).object().value(u"clients"_s);
    if (clients.isObject())
        return clients.toObject().value(clientId).toObject();
    for (const QJsonValue &c : clients.toArray()) {
        if (c.toObject().value(u"client_id"_s).toString() == clientId)
            return c.toObject();
    }
    return {};
}

bool TestServer::start(const Options &options)
{
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty()) {
        m_error = u"node is not installed"_s;
        return false;
    }
    if (!QFile::exists(serverDirectory() + u"/node_modules"_s)) {
        m_error = u"tests/server/node_modules is missing: run `npm ci` in tests/server"_s;
        return false;
    }
    const QString portFile = m_dir.filePath(u"port"_s);
    QStringList arguments{serverDirectory() + u"/server.mjs"_s,
                          u"--port-file"_s,
                          portFile,
                          u"--access-ttl"_s,
                          QString::number(options.accessTtlSeconds),
                          u"--refresh-ttl"_s,
                          QString::number(options.refreshTtlSeconds)};
    if (options.rotateRefreshTokens)
        arguments.append(u"--rotate"_s);
    if (options.sendRefreshExpiresIn)
        arguments.append(u"--refresh-expires-in"_s);
    if (!options.fixedRedirect.isEmpty())
        arguments += {u"--fixed-redirect"_s, options.fixedRedirect.toString(QUrl::FullyEncoded)};
    if (!options.seenSecretsFile.isEmpty())
        arguments += {u"--seen-secrets-file"_s, options.seenSecretsFile};
    m_process.start(node, arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = u"node did not start: "_s + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly)) {
            m_port = file.readAll().trimmed().toUShort();
            if (m_port)
                return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForFinished(50);
    }
    m_error = u"the test server did not start: "_s + QString::fromUtf8(serverOutput());
    return false;
}

void TestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray TestServer::serverOutput()
{
    m_output += m_process.readAllStandardError();
    return m_output;
}

QString TestServer::issuer() const
{
    return u"http://127.0.0.1:"_s + QString::number(m_port);
}

QUrl TestServer::url(const QString &path) const
{
    return QUrl(issuer() + path);
}

QJsonObject TestServer::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

TestServer::Reply TestServer::request(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                      const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    if (reply->isFinished()) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
    }
    reply->abort();
    reply->deleteLater();
    return result;
}

bool TestServer::addFault(const QJsonObject &fault)
{
    return request("POST", url(u"/_test/faults"_s), QJsonDocument(fault).toJson()).status == 201;
}

bool TestServer::clearFaults()
{
    return request("DELETE", url(u"/_test/faults"_s)).status / 100 == 2;
}

QJsonArray TestServer::requestLog(const QString &endpoint)
{
    const QJsonArray all = QJsonDocument::fromJson(request("GET", url(u"/_test/log"_s)).body).array();
    if (endpoint.isEmpty())
        return all;
    QJsonArray matching;
    for (const QJsonValue &entry : all) {
        if (entry.toObject().value(u"endpoint"_s).toString() == endpoint)
            matching.append(entry);
    }
    return matching;
}

bool TestServer::clearRequestLog()
{
    return request("DELETE", url(u"/_test/log"_s)).status / 100 == 2;
}

bool TestServer::restart()
{
    return request("POST", url(u"/_test/restart"_s)).status / 100 == 2;
}

} // namespace callout::test
