#include "callout/agent/CalloutCore.h"

#include "calloutclient/AgentPaths.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace callout {

CalloutCore::CalloutCore(const QString &configFile, const QString &stateFile, SecretStore &secrets,
                         BrowserOpener &browser, const Clock &clock)
    : keychain(secrets)
    , preferences(QFileInfo(configFile).absoluteDir().filePath(u"preferences.json"_s))
    , configStore(configFile, clock)
    , stateStore(stateFile, clock)
    , catalog(configStore, stateStore, keychain, &clock)
    , signIn(catalog, keychain, browser, clock)
    , tokens(catalog, keychain, clock)
    , signOut(catalog, keychain, tokens)
    , calls(catalog, tokens)
    , api(catalog, signIn, tokens, signOut, calls)
    , configWatcher(configFile)
    , proxy(preferences, calls, QDir(agentpaths::runtimeDirectory()).filePath(u"proxy.secret"_s))
{
    api.setProxySwitch(&proxy);
    QObject::connect(&configWatcher, &FileChangeWatcher::changed, &catalog,
                     [this] { (void)catalog.reloadConfiguration(); });
    // A save may create the file or its folder: watch them from then on.
    QObject::connect(&catalog, &CredentialCatalog::configurationChanged, &configWatcher, &FileChangeWatcher::rearm);
    QObject::connect(&keychain, &LockAwareSecretStore::waitingForUserChanged, &api, &ApiHandler::setKeychainWaiting);
    QObject::connect(&preferences, &PreferencesStore::changed, &tokens, [this] { applyPreferences(); });
}

QList<Error> CalloutCore::load()
{
    QList<Error> problems = preferences.load();
    applyPreferences();
    problems += catalog.load();
    proxy.restore();
    return problems;
}

void CalloutCore::applyPreferences()
{
    TokenManager::Settings settings = tokens.settings();
    settings.lead = preferences.preferences().refreshLead;
    tokens.setSettings(settings);
    tokens.rearm();
}

} // namespace callout
