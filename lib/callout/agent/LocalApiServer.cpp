#include "callout/agent/LocalApiServer.h"

#include "callout/agent/ApiHandler.h"
#include "callout/core/Logging.h"
#include "callout/core/MemoryRelease.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QTimer>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace callout {

LocalApiServer::LocalApiServer(ApiHandler &handler, QObject *parent)
    : LocalApiServer(handler, LocalApiLimits{}, parent)
{ }

LocalApiServer::LocalApiServer(ApiHandler &handler, const LocalApiLimits &limits, QObject *parent)
    : QObject(parent)
    , m_handler(handler)
    , m_limits(limits)
    , m_server(new QLocalServer(this))
    , m_folderWatch(new QFileSystemWatcher(this))
{
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            accept(socket);
    });
    m_listenCheck.setInterval(m_limits.listenCheckInterval);
    connect(&m_listenCheck, &QTimer::timeout, this, &LocalApiServer::checkListening);
    connect(m_folderWatch, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!m_path.isEmpty())
            checkListening();
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
    struct stat socketInfo = {};
    m_socketInode = ::lstat(QFile::encodeName(socketPath).constData(), &socketInfo) == 0 ? socketInfo.st_ino : 0;
    m_path = socketPath;
    // A folder removed and made again is a new one: watch it again (a removed path leaves the watch).
    if (m_folderWatch->directories().contains(folder) || m_folderWatch->addPath(folder))
        m_listenCheck.stop();
    else
        m_listenCheck.start();
    qCInfo(lcApi) << "local API listening on" << socketPath;
    return {};
}

void LocalApiServer::close()
{
    m_listenCheck.stop();
    m_path.clear(); // closed on purpose: the folder's changes are no longer a reason to listen
    if (const QStringList watched = m_folderWatch->directories(); !watched.isEmpty())
        m_folderWatch->removePaths(watched);
    if (m_server->isListening())
        m_server->close(); // removes the socket file
}

bool LocalApiServer::isListening() const
{
    return m_server->isListening();
}

// QLocalServer closes itself for good when accept() fails (out of descriptors), and a socket file
// removed by someone leaves the agent unreachable while it holds the lock: either way no client
// could reach it nor start another agent. Listen again, or give up so that another agent can start.
void LocalApiServer::checkListening()
{
    struct stat info = {};
    const bool fileIsOurs = ::lstat(QFile::encodeName(m_path).constData(), &info) == 0 && S_ISSOCK(info.st_mode)
        && info.st_ino == m_socketInode;
    if (m_server->isListening() && fileIsOurs)
        return;
    if (m_server->isListening()) {
        qCWarning(lcApi) << "the local API socket file was removed or replaced; listening again";
        m_server->close();
    } else {
        qCWarning(lcApi) << "the local API stopped listening:" << m_server->errorString() << "; listening again";
        while (dropOldestIdleConnection()) { } // out of descriptors is the usual reason: make room
    }
    if (const Result<void> again = listen(m_path); !again.ok()) {
        close(); // once: no further change of the folder tries again
        qCCritical(lcApi) << "the local API cannot listen again:" << again.error().message;
        Q_EMIT listeningLost(again.error());
    }
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
    // Beyond the cap the oldest idle connection gives way; a client waiting for an answer (a
    // token that waits for re-authentication, a login) is never dropped for a newcomer.
    while (m_connections.size() >= m_limits.maxConnections && dropOldestIdleConnection()) { }
    if (m_connections.size() >= m_limits.maxConnections) {
        qCInfo(lcApi) << "refused a local API connection: all" << m_connections.size() << "wait for answers";
        send(socket,
             protocol::errorAnswer(QJsonValue::Null, protocol::code::TooManyRequests,
                                   tr("Too many connections at once; try again later.")));
        socket->disconnectFromServer();
        return;
    }
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_limits.idleTimeout);
    connect(idle, &QTimer::timeout, this, [this, socket] { closeIfIdle(socket); });
    idle->start();
    m_connections.insert(socket, Connection{++m_nextSerial, 0, idle});
    connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket, idle] {
        idle->start();
        readLines(socket);
    });
}

bool LocalApiServer::dropOldestIdleConnection()
{
    QLocalSocket *oldest = nullptr;
    quint64 oldestSerial = 0;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it->pendingRequests == 0 && (!oldest || it->serial < oldestSerial)) {
            oldest = it.key();
            oldestSerial = it->serial;
        }
    }
    if (!oldest)
        return false;
    m_connections.remove(oldest);
    oldest->abort();
    oldest->deleteLater();
    return true;
}

void LocalApiServer::closeIfIdle(QLocalSocket *socket)
{
    const auto connection = m_connections.constFind(socket);
    if (connection == m_connections.cend())
        return;
    if (connection->pendingRequests > 0) {
        connection->idle->start(); // waiting for its answer is not idle
        return;
    }
    m_connections.remove(socket);
    socket->abort();
    socket->deleteLater();
}

void LocalApiServer::readLines(QLocalSocket *socket)
{
    while (socket->bytesAvailable() > 0 && socket->state() == QLocalSocket::ConnectedState) {
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() > MaxLineBytes)
                refuseTooLarge(socket);
            return;
        }
        // At most MaxLineBytes before the newline. A longer line is refused whole and ends the
        // connection: never cut into a refused head and a tail that runs as a message of its own.
        const QByteArray line = socket->readLine(MaxLineBytes + 2);
        if (!line.endsWith('\n') || line.size() > MaxLineBytes + 1) {
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
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return; // dropped meanwhile
    Connection &connection = *found;
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
        if (const auto answered = m_connections.find(guard); answered != m_connections.end()) {
            if (!protocol::isEvent(message))
                --answered->pendingRequests;
            answered->idle->start(); // idle from its last answer on
        }
        send(guard, message);
    });
}

void LocalApiServer::send(QLocalSocket *socket, const QJsonObject &message)
{
    if (socket->state() != QLocalSocket::ConnectedState)
        return;
    const QByteArray line = protocol::toLine(message);
    socket->write(line);
    // A large answer (`list` with thousands of credentials) frees megabytes of JSON the heap would
    // keep: give them back once it is all written (its copy in the socket's buffer is free then too).
    constexpr qsizetype LargeAnswer = qsizetype(1) << 20;
    if (line.size() < LargeAnswer)
        return;
    auto written = std::make_shared<QMetaObject::Connection>();
    *written = connect(socket, &QLocalSocket::bytesWritten, socket, [socket, written] {
        if (socket->bytesToWrite() > 0)
            return;
        disconnect(*written);
        QTimer::singleShot(0, &releaseFreedMemory);
    });
}

} // namespace callout
