#pragma once

#include "calloutclient/CallAuthorizer.h"

namespace callout {

class AsyncApiClient;

// A CallAuthorizer for programs other than the agent: asks the agent's `authorize` method (README,
// "Local API") over its socket. The recipe holds the access token only; the refresh token and the
// client secret never leave the agent.
class AgentCallAuthorizer : public CallAuthorizer
{
public:
    explicit AgentCallAuthorizer(AsyncApiClient &client);

    void authorize(const Request &request, QObject *context, Done done) override;

private:
    AsyncApiClient &m_client;
};

} // namespace callout
