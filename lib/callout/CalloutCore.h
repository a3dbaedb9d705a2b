#pragma once

#include "callout/ApiHandler.h"
#include "callout/ConfigStore.h"
#include "callout/CredentialCatalog.h"
#include "callout/SignInService.h"
#include "callout/SignOutService.h"
#include "callout/StateStore.h"
#include "callout/TokenManager.h"

namespace callout {

class BrowserOpener;
class Clock;
class SecretStore;

// The agent's object graph, built once: configuration and state files, the catalog, sign-in,
// tokens and the local API's methods. The platform parts (keychain, browser, clock) come from
// outside, so tests and the agent build the same core.
class CalloutCore
{
public:
    CalloutCore(const QString &configFile, const QString &stateFile, SecretStore &secrets, BrowserOpener &browser,
                const Clock &clock);

    // Loads the files; returns every problem found (the core keeps what it can use).
    QList<Error> load() { return catalog.load(); }

    ConfigStore configStore;
    StateStore stateStore;
    CredentialCatalog catalog;
    SignInService signIn;
    TokenManager tokens;
    SignOutService signOut;
    ApiHandler api;
};

} // namespace callout
