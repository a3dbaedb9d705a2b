#include "CalloutClient/CalloutNetworkAccessManager.h"

#include "calloutclient/AgentCallAuthorizer.h"
#include "calloutclient/AsyncApiClient.h"
#include "calloutclient/CallEngine.h"
#include "calloutclient/CalloutAddress.h"
#include "qtclient/CalloutReply.h"

#include <QNetworkProxy>

#include <algorithm>

namespace callout {

struct CalloutNetworkAccessManager::Private {
    // The agent's socket and its authorizer; not there when the program brought its own authorizer.
    std::unique_ptr<AsyncApiClient> agent;
    std::unique_ptr<AgentCallAuthorizer> agentAuthorizer;
    // The engine's own requests go through a plain manager: they never come back to createRequest(),
    // and the program's finished(QNetworkReply *) only ever sees its own replies.
    QNetworkAccessManager network;
    std::unique_ptr<CallEngine> engine;
    std::chrono::seconds defaultWait{0};
};

CalloutNetworkAccessManager::CalloutNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
    , d(std::make_unique<Private>())
{
    d->agent = std::make_unique<AsyncApiClient>();
    d->agentAuthorizer = std::make_unique<AgentCallAuthorizer>(*d->agent);
    d->engine = std::make_unique<CallEngine>(d->network, *d->agentAuthorizer);
}

CalloutNetworkAccessManager::CalloutNetworkAccessManager(CallAuthorizer &authorizer, QObject *parent)
    : QNetworkAccessManager(parent)
    , d(std::make_unique<Private>())
{
    d->engine = std::make_unique<CallEngine>(d->network, authorizer);
}

CalloutNetworkAccessManager::~CalloutNetworkAccessManager()
{
    // Before the engine goes: each reply cancels its call.
    const QList<CalloutReply *> replies = findChildren<CalloutReply *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(replies);
}

void CalloutNetworkAccessManager::setDefaultWait(std::chrono::seconds wait)
{
    d->defaultWait = std::clamp(wait, std::chrono::seconds(0), MaxWait);
}

std::chrono::seconds CalloutNetworkAccessManager::defaultWait() const
{
    return d->defaultWait;
}

QNetworkReply *CalloutNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest &request,
                                                          QIODevice *outgoingData)
{
    if (request.url().scheme() != QLatin1StringView(CalloutAddress::Scheme))
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);

    std::chrono::seconds wait = d->defaultWait;
    bool ok = false;
    const qint64 seconds = request.attribute(QNetworkRequest::Attribute(WaitAttribute)).toLongLong(&ok);
    if (ok)
        wait = std::clamp(std::chrono::seconds(seconds), std::chrono::seconds(0), MaxWait);
    // The program's proxy applies to its calls as well (set only when it changed: this runs per request).
    if (const QNetworkProxy programProxy = proxy(); d->network.proxy() != programProxy)
        d->network.setProxy(programProxy);
    auto *reply = new CalloutReply(*d->engine, operation, request, outgoingData, wait, this);
    connect(reply, &CalloutReply::waitingForUser, this,
            [this, reply](const QString &message) { Q_EMIT waitingForUser(reply, message); });
    return reply;
}

QStringList CalloutNetworkAccessManager::supportedSchemesImplementation() const
{
    return QNetworkAccessManager::supportedSchemesImplementation() << QString::fromLatin1(CalloutAddress::Scheme);
}

} // namespace callout
