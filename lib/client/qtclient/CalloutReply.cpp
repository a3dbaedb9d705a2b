#include "qtclient/CalloutReply.h"

#include "CalloutClient/CalloutNetworkAccessManager.h"
#include "calloutclient/CalloutAddress.h"
#include "calloutclient/Protocol.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

QByteArray methodOf(QNetworkAccessManager::Operation operation, const QNetworkRequest &request)
{
    switch (operation) {
    case QNetworkAccessManager::HeadOperation: return "HEAD";
    case QNetworkAccessManager::GetOperation: return "GET";
    case QNetworkAccessManager::PutOperation: return "PUT";
    case QNetworkAccessManager::PostOperation: return "POST";
    case QNetworkAccessManager::DeleteOperation: return "DELETE";
    case QNetworkAccessManager::CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation: break;
    }
    return {};
}

// What a program reads from a QNetworkAccessManager reply besides status and headers.
constexpr QNetworkRequest::Attribute MirroredAttributes[] = {
    QNetworkRequest::HttpStatusCodeAttribute,    QNetworkRequest::HttpReasonPhraseAttribute,
    QNetworkRequest::RedirectionTargetAttribute, QNetworkRequest::ConnectionEncryptedAttribute,
    QNetworkRequest::Http2WasUsedAttribute,      QNetworkRequest::OriginalContentLengthAttribute,
};

} // namespace

CalloutReply::CalloutReply(CallEngine &engine, QNetworkAccessManager::Operation operation,
                           const QNetworkRequest &request, QIODevice *outgoingData, std::chrono::seconds wait,
                           QObject *parent)
    : QNetworkReply(parent)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly);

    QString error;
    const std::optional<CalloutAddress> address = CalloutAddress::fromUrl(request.url(), &error);
    CallRequest call;
    call.method = methodOf(operation, request);
    if (!address || call.method.isEmpty()) {
        // Signals only once the program could connect to them, as QNetworkAccessManager does.
        const CallFailure failure{protocol::code::BadRequest.toString(),
                                  address ? tr("The request has no HTTP method.") : error};
        QMetaObject::invokeMethod(
            this,
            [this, failure] {
                fail(failure);
                finish();
            },
            Qt::QueuedConnection);
        return;
    }
    call.credential = address->credential;
    call.target = address->target;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        call.headers.append({name, request.rawHeader(name)});
    if (outgoingData && outgoingData->isSequential()) {
        m_bodyCopy = std::make_unique<QBuffer>();
        m_bodyCopy->setData(outgoingData->readAll());
        m_bodyCopy->open(QIODevice::ReadOnly);
        call.body = m_bodyCopy.get();
    } else {
        call.body = outgoingData;
    }
    call.wait = wait;

    m_call = engine.start(call);
    connect(m_call, &Call::waitingForUser, this, &CalloutReply::waitingForUser);
    connect(m_call, &Call::responding, this, &CalloutReply::respond);
    connect(m_call, &Call::failed, this, &CalloutReply::fail);
    connect(m_call, &Call::finished, this, &CalloutReply::finish);
}

CalloutReply::~CalloutReply()
{
    if (!m_call)
        return;
    disconnect(m_call, nullptr, this, nullptr);
    if (m_response)
        disconnect(m_response, nullptr, this, nullptr);
    // Now: the body it would send again is this reply's (or the program's, gone with it).
    if (!m_finished)
        m_call->abort();
    // Not delete: this may be destroyed from a slot the call is emitting to.
    m_call->deleteLater();
}

void CalloutReply::respond(QNetworkReply *response)
{
    m_response = response;
    for (const QNetworkRequest::Attribute attribute : MirroredAttributes) {
        const QVariant value = response->attribute(attribute);
        if (value.isValid())
            setAttribute(attribute, value);
    }
    const QList<RawHeaderPair> headers = response->rawHeaderPairs();
    for (const RawHeaderPair &header : headers)
        setRawHeader(header.first, header.second);
    if (readBufferSize() > 0)
        response->setReadBufferSize(readBufferSize());
    connect(response, &QNetworkReply::readyRead, this, &QNetworkReply::readyRead);
    connect(response, &QNetworkReply::downloadProgress, this, &QNetworkReply::downloadProgress);
    connect(response, &QNetworkReply::uploadProgress, this, &QNetworkReply::uploadProgress);
    Q_EMIT metaDataChanged();
    if (response->bytesAvailable() > 0)
        Q_EMIT readyRead();
}

void CalloutReply::fail(const CallFailure &failure)
{
    setAttribute(QNetworkRequest::Attribute(CalloutNetworkAccessManager::FailureCodeAttribute), failure.code);
    setError(errorForCode(failure.code), failure.message);
    Q_EMIT errorOccurred(error());
}

void CalloutReply::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_response) {
        disconnect(m_response, nullptr, this, nullptr);
        if (m_response->error() != NoError) {
            setError(m_response->error(), m_response->errorString());
            Q_EMIT errorOccurred(error());
        }
    }
    setFinished(true);
    Q_EMIT readChannelFinished();
    Q_EMIT finished();
}

void CalloutReply::abort()
{
    if (m_finished)
        return;
    QNetworkReply::close();
    if (m_response)
        disconnect(m_response, nullptr, this, nullptr);
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
    }
    m_response = nullptr;
    setError(OperationCanceledError, tr("Operation canceled"));
    Q_EMIT errorOccurred(error());
    m_finished = true;
    setFinished(true);
    Q_EMIT finished();
}

// As QNetworkAccessManager's own replies: closing one that is still under way cancels it.
void CalloutReply::close()
{
    if (m_finished)
        QNetworkReply::close();
    else
        abort();
}

qint64 CalloutReply::bytesAvailable() const
{
    return QNetworkReply::bytesAvailable() + (m_response ? m_response->bytesAvailable() : 0);
}

void CalloutReply::setReadBufferSize(qint64 size)
{
    QNetworkReply::setReadBufferSize(size);
    if (m_response)
        m_response->setReadBufferSize(size);
}

qint64 CalloutReply::readData(char *data, qint64 maxSize)
{
    const qint64 read = m_response ? m_response->read(data, maxSize) : 0;
    if (read > 0)
        return read;
    return m_finished ? -1 : 0; // -1: the end of the body
}

QNetworkReply::NetworkError CalloutReply::errorForCode(const QString &code)
{
    static const QHash<QString, NetworkError> errors{
        {protocol::code::SignInRequired.toString(), AuthenticationRequiredError},
        {protocol::code::SignInTimedOut.toString(), AuthenticationRequiredError},
        {protocol::code::SignInCancelled.toString(), AuthenticationRequiredError},
        {protocol::code::AgentUnreachable.toString(), ConnectionRefusedError},
        {protocol::code::BadRequest.toString(), ProtocolInvalidOperationError},
        {protocol::code::TooLarge.toString(), ProtocolInvalidOperationError},
        {protocol::code::NotFound.toString(), HostNotFoundError}, // the NAME of callout:NAME/PATH
        {protocol::code::AccessDenied.toString(), ContentAccessDenied},
        {protocol::code::Timeout.toString(), TimeoutError},
        {protocol::code::Interrupted.toString(), OperationCanceledError},
        {protocol::code::ServerUnavailable.toString(), ServiceUnavailableError},
        {protocol::code::TooManyRequests.toString(), ServiceUnavailableError},
        {protocol::code::NetworkError.toString(), UnknownNetworkError},
        {protocol::code::ProtocolError.toString(), ProtocolFailure},
    };
    // The rest (keychain, configuration, client configuration): the agent could not authorize the call.
    return errors.value(code, UnknownServerError);
}

} // namespace callout
