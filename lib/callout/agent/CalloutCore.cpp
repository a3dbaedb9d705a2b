#include "callout/agent/CalloutCore.h"

namespace callout {

CalloutCore::CalloutCore(const QString &configFile, const QString &stateFile, SecretStore &secrets,
                         BrowserOpener &browser, const Clock &clock)
    : configStore(configFile, clock)
    , stateStore(stateFile, clock)
    , catalog(configStore, stateStore, secrets)
    , signIn(catalog, secrets, browser, clock)
    , tokens(catalog, secrets, clock)
    , signOut(catalog, secrets, tokens)
    , api(catalog, signIn, tokens, signOut)
    , configWatcher(configFile)
{
    QObject::connect(&configWatcher, &FileChangeWatcher::changed, &catalog,
                     [this] { (void)catalog.reloadConfiguration(); });
    // A save may create the file or its folder: watch them from then on.
    QObject::connect(&catalog, &CredentialCatalog::configurationChanged, &configWatcher, &FileChangeWatcher::rearm);
}

} // namespace callout
