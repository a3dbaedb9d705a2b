#include "calloutclient/AgentCallAuthorizer.h"

#include "calloutclient/AsyncApiClient.h"
#include "calloutclient/Protocol.h"

#include <QCoreApplication>

#include <memory>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::AgentCallAuthorizer)
};

} // namespace

AgentCallAuthorizer::AgentCallAuthorizer(AsyncApiClient &client)
    : m_client(client)
{ }

void AgentCallAuthorizer::authorize(const Request &request, QObject *context, Done done)
{
    QJsonObject params{{u"name"_s, request.credential}, {u"wait"_s, qint64(request.wait.count())}};
    if (!request.refusedToken.isEmpty())
        params.insert(u"refusedToken"_s, request.refusedToken);

    // The agent says so once; a repeated event would print the message twice.
    auto told = std::make_shared<bool>(false);
    const auto onEvent = [onWaiting = request.onWaiting, told](const QJsonObject &event) {
        if (protocol::eventName(event) != protocol::event::WaitingForUser || *told)
            return;
        *told = true;
        if (onWaiting)
            onWaiting(event.value(u"message"_s).toString());
    };
    const auto onAnswer = [done = std::move(done)](const QJsonObject &answer) {
        if (!protocol::isOk(answer)) {
            const protocol::ErrorBody error = protocol::errorOf(answer);
            done({},
                 CallFailure{error.code.isEmpty() ? protocol::code::ProtocolError.toString() : error.code,
                             error.message});
            return;
        }
        const std::optional<CallRecipe> recipe = CallRecipe::fromJson(protocol::resultOf(answer));
        if (!recipe) {
            done({},
                 CallFailure{protocol::code::ProtocolError.toString(),
                             Tr::tr("The callout agent's answer to authorize was not understood.")});
            return;
        }
        done(*recipe, {});
    };
    m_client.request(protocol::method::Authorize, params, context, onEvent, onAnswer);
}

} // namespace callout
