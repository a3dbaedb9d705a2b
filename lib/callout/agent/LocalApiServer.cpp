#include "callout/agent/LocalApiServer.h"

#include "callout/agent/ApiHandler.h"
#include "callout/core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace callout {

LocalApiServer::LocalApiServer(ApiHandler &handler, QObject *parent)
    : QObject(parent)
    , m_handler(handler)
    , m_server(new QLocalServer(this))
{
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            accept(socket);
    });
}

LocalApiServer::~LocalApiServer()
{
    close();
}

Result<void> LocalApiServer::listen(const QString &socketPath)
{
    const QString folder = QFileInfo(socketPath).absolutePath();
    if (!QDir().mkpath(folder))
        return Error(ErrorCode::FileError, tr("Could not create %1.").arg(folder));
    ::chmod(QFile::encodeName(folder).constData(), S_IRWXU);
    struct stat info = {};
    if (::stat(QFile::encodeName(folder).constData(), &info) != 0 || info.st_uid != ::getuid()
        || (info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return Error(ErrorCode::FileError,
                     tr("%1 must belong to you and be closed to others (0700); Callout will not use it.").arg(folder));
    QLocalServer::removeServer(socketPath); // a stale socket of a dead agent (the lock says it is dead)
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketPath))
        return Error(ErrorCode::FileError, tr("Could not listen on %1: %2").arg(socketPath, m_server->errorString()));
    ::chmod(QFile::encodeName(socketPath).constData(), S_IRUSR | S_IWUSR);
    m_path = socketPath;
    qCInfo(lcApi) << "local API listening on" << socketPath;
    return {};
}

void LocalApiServer::close()
{
    if (m_server->isListening())
        m_server->close(); // removes the socket file
}

bool LocalApiServer::peerIsThisUser(QLocalSocket *socket)
{
#ifdef SO_PEERCRED
    struct ucred credentials = {};
    socklen_t length = sizeof credentials;
    if (::getsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0)
        return false;
    return credentials.uid == ::getuid();
#else
    Q_UNUSED(socket);
    return false; // no way to tell who is calling: refuse (add getpeereid() for BSD/macOS)
#endif
}

void LocalApiServer::accept(QLocalSocket *socket)
{
    socket->setParent(this);
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    if (!peerIsThisUser(socket)) {
        qCWarning(lcApi) << "refused a local API connection from another user";
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_connections.insert(socket, {});
    connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readLines(socket); });
}

void LocalApiServer::readLines(QLocalSocket *socket)
{
    while (socket->bytesAvailable() > 0 && socket->state() == QLocalSocket::ConnectedState) {
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() > MaxLineBytes)
                refuseTooLarge(socket);
            return;
        }
        const QByteArray line = socket->readLine(MaxLineBytes + 2);
        if (line.size() > MaxLineBytes + 1) {
            refuseTooLarge(socket);
            return;
        }
        handleLine(socket, line.trimmed());
    }
}

void LocalApiServer::refuseTooLarge(QLocalSocket *socket)
{
    send(socket,
         protocol::errorAnswer(QJsonValue::Null, protocol::code::TooLarge, tr("A message may be at most 1 MiB long.")));
    socket->disconnectFromServer();
}

void LocalApiServer::handleLine(QLocalSocket *socket, const QByteArray &line)
{
    if (line.isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        send(socket,
             protocol::errorAnswer(QJsonValue::Null, protocol::code::BadRequest,
                                   tr("Each line must be a JSON object.")));
        return;
    }
    const QJsonObject request = document.object();
    Connection &connection = m_connections[socket];
    if (connection.pendingRequests >= MaxPendingPerConnection) {
        const QJsonValue id = protocol::idOf(request);
        send(socket,
             protocol::errorAnswer(id.isDouble() || id.isString() ? id : QJsonValue(QJsonValue::Null),
                                   protocol::code::TooManyRequests, tr("Too many requests at once.")));
        return;
    }
    ++connection.pendingRequests;
    QPointer<QLocalSocket> guard(socket);
    m_handler.handle(request, socket, [this, guard](const QJsonObject &message) {
        if (!guard)
            return;
        if (!protocol::isEvent(message))
            --m_connections[guard].pendingRequests;
        send(guard, message);
    });
}

void LocalApiServer::send(QLocalSocket *socket, const QJsonObject &message)
{
    if (socket->state() == QLocalSocket::ConnectedState)
        socket->write(protocol::toLine(message));
}

} // namespace callout
