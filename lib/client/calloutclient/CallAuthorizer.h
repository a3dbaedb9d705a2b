#pragma once

#include "calloutclient/CallRecipe.h"

#include <QObject>

#include <chrono>
#include <functional>

namespace callout {

// Where a call gets its recipe (base URL + authenticating headers). Two implementations: in the
// agent (CoreCallAuthorizer: straight to the TokenManager) and in other programs
// (AgentCallAuthorizer: the agent's `authorize` method over its socket).
class CallAuthorizer
{
public:
    struct Request {
        QString credential;           // named credential's name
        QString refusedToken;         // non-empty: the server refused this token (401); refresh once first
        std::chrono::seconds wait{0}; // how long to wait for the user to sign in again; 0 = fail at once
        // Called once if the call starts waiting for the user (message names the credential and what to do).
        std::function<void(const QString &message)> onWaiting;
    };
    using Done = std::function<void(const CallRecipe &recipe, const CallFailure &failure)>;

    virtual ~CallAuthorizer() = default;

    // Answers exactly once and never before returning (a recipe, or a failure with a code), unless
    // `context` is destroyed first.
    virtual void authorize(const Request &request, QObject *context, Done done) = 0;
};

} // namespace callout
