#pragma once

#include "callout/agent/ApiHandler.h"
#include "callout/agent/ProxySwitch.h"
#include "callout/session/CallAuthorization.h"
#include "callout/session/SignInService.h"
#include "callout/session/SignOutService.h"
#include "callout/session/TokenManager.h"
#include "callout/store/ConfigStore.h"
#include "callout/store/CredentialCatalog.h"
#include "callout/store/FileChangeWatcher.h"
#include "callout/store/LockAwareSecretStore.h"
#include "callout/store/PreferencesStore.h"
#include "callout/store/StateStore.h"

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

    // Loads the files and the preferences; returns every problem found (the core keeps what it can
    // use). Edits of callout.json made while the core runs are read again as they are saved.
    QList<Error> load();

    // The keychain as every part of the core sees it: a locked one is told to the local API's
    // waiting clients, and what they give up on is not run later.
    LockAwareSecretStore keychain;
    // preferences.json, next to callout.json: the refresh lead is applied to `tokens` here (on load
    // and on every change); the reminder snooze is the app's (AttentionTracker lives there).
    PreferencesStore preferences;
    ConfigStore configStore;
    StateStore stateStore;
    CredentialCatalog catalog;
    SignInService signIn;
    TokenManager tokens;
    SignOutService signOut;
    // Calls through named credentials: their recipes, and the calls waiting for a sign-in (after
    // `tokens`, so that it hears of a finished sign-in once the old tokens are forgotten).
    CoreCallAuthorizer calls;
    ApiHandler api;
    // callout.json edited while the agent runs is read again (CredentialCatalog::reloadConfiguration).
    FileChangeWatcher configWatcher;
    // The loopback proxy (off by default; on again at load() when it was on): its secret file is
    // proxy.secret in the runtime folder.
    ProxySwitch proxy;

private:
    void applyPreferences();
};

} // namespace callout
