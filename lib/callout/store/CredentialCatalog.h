#pragma once

#include "callout/core/Clock.h"
#include "callout/core/Result.h"
#include "callout/model/ConfigImport.h"
#include "callout/model/Configuration.h"
#include "callout/model/ConfigurationEdit.h"
#include "callout/model/ExternalAuthentication.h"
#include "callout/store/ConfigStore.h"
#include "callout/store/StateStore.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace callout {

class SecretStore;

// The one owner of the configuration, the sign-in records and the keychain items behind them.
// Every change goes through here, so files, records and secrets stay consistent: a credential that
// is removed, or whose tokens would reach a new host, leaves no token behind.
class CredentialCatalog : public QObject
{
    Q_OBJECT

public:
    using ImportCallback = std::function<void(Result<ImportPlan>)>;
    using DoneCallback = std::function<void(Result<void>)>;

    // `clock` stamps the sign-in history and errors (none: the system clock).
    CredentialCatalog(ConfigStore &configStore, StateStore &stateStore, SecretStore &secrets,
                      const Clock *clock = nullptr, QObject *parent = nullptr);

    // Reads callout.json and state.json; returns every problem found (the catalog keeps what it
    // can use). Gives entries without an id a stable one and saves it.
    QList<Error> load();
    // Reads callout.json again after it changed on disk (an edit while Callout runs); nothing when
    // the change is Callout's own save. Applies the edit as an import would (tokens and client
    // secrets that must not follow a change go); a file that cannot be parsed changes nothing and
    // stays as it is. Returns the file's problems.
    QList<Error> reloadConfiguration();

    const Configuration &configuration() const { return m_configuration; }
    // The credentials of callout.json that are disabled because of a problem in their entry.
    const QList<InvalidCredential> &invalidCredentials() const { return m_invalidCredentials; }
    const InvalidCredential *invalidCredentialByName(const QString &name) const;
    // The problems of callout.json as last read; while there are any, Callout does not write it.
    const QList<Error> &configurationProblems() const { return m_configurationProblems; }
    ExternalAuthentication externalAuthentication(const QString &credentialId) const;
    // How long the provider's sessions lasted from sign-in to the refusal, in seconds, newest last
    // (state.json; recorded when a signed-in credential of it needs a new sign-in).
    QList<qint64> observedSessions(const QString &providerId) const { return m_observedSessions.value(providerId); }

    // Merges an import document, all or nothing; client secrets go to the keychain.
    void importDocument(const QByteArray &document, bool replace, ImportCallback callback);
    QByteArray exportDocument() const;

    // Deletes the credential, its sign-in record and its keychain item.
    void removeCredential(const QString &name, DoneCallback callback);

    // Replaces an auth provider (matched by id) after discovery filled in its endpoints; discards
    // the tokens and the client secret that must not survive the change.
    void updateProvider(const AuthProvider &provider, DoneCallback callback);

    // Applies a plan that configedit made from configuration() (the settings window's Save and
    // Delete): secrets first, then callout.json, then the tokens and records it discards. Refused
    // when the plan has problems, or when the configuration changed since it was made (the editor
    // then says so and keeps the user's edit).
    void applyEdit(const EditPlan &plan, DoneCallback callback);
    // Whether the keychain holds a client secret for the provider (the editor's "a secret is stored"
    // indicator; the secret itself is never shown).
    void hasClientSecret(const QString &providerId, QObject *context, std::function<void(Result<bool>)> callback);

    // Replaces a sign-in record; refuses a status change that the status table does not allow.
    // The one place that writes the history (the record's own is ignored) and stamps lastErrorTime:
    //   signing-in → signed-in: SignedIn, or Reauthenticated when that sign-in started from a status
    //     with a session to renew (isReauthentication: signed-in, refreshing, sign-in-required);
    //   refreshing → signed-in: Refreshed;
    //   signed-in / refreshing → sign-in-required: Refused, with lastError's message (the server's words);
    //   any status but signing-in → signed-out: SignedOut.
    // A sign-in that fails or is cancelled goes back where it was and adds nothing.
    Result<void> updateExternalAuthentication(const ExternalAuthentication &record);
    // Applies `change` to a credential's record (nothing if the credential is gone); a refused
    // change is logged, not returned: for callers that have no one to report it to.
    void changeExternalAuthentication(const QString &credentialId,
                                      const std::function<void(ExternalAuthentication &)> &change);

Q_SIGNALS:
    void configurationChanged();
    void externalAuthenticationChanged(const QString &credentialId);
    void tokensDiscarded(const callout::TokenDiscard &discard);

private:
    // What an import or an edit changes, applied all or nothing as far as the keychain allows.
    struct Change {
        Configuration configuration;
        QMap<QString, QString> clientSecrets;
        QList<ClientSecretDiscard> secretDiscards;
        QList<TokenDiscard> discards;
    };
    void applyChange(Change change, DoneCallback callback);
    void applyImport(ImportPlan plan, ImportCallback callback);
    void recordHistory(const ExternalAuthentication &before, ExternalAuthentication &after);
    void observeSessionEnd(const ExternalAuthentication &ended, const QDateTime &now);
    void discardTokens(const QList<TokenDiscard> &discards, DoneCallback callback);
    Result<void> saveState();
    void takeLoaded(ConfigStore::Loaded loaded);
    void removeOrphanedRecords();
    QList<TokenDiscard> tokensBoundElsewhere() const;

    ConfigStore &m_configStore;
    StateStore &m_stateStore;
    SecretStore &m_secrets;
    SystemClock m_systemClock;
    const Clock &m_clock;
    Configuration m_configuration;
    QList<InvalidCredential> m_invalidCredentials;
    QList<Error> m_configurationProblems;
    bool m_configurationFileRead = false; // ids missing from the file really left it
    StateStore::Records m_records;
    StateStore::ObservedSessions m_observedSessions;
    QHash<QString, AuthStatus> m_signInStartedFrom; // by credential id, while signing in
};

} // namespace callout
