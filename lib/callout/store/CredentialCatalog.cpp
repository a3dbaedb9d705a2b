#include "callout/store/CredentialCatalog.h"

#include "callout/core/AsyncSequence.h"
#include "callout/core/Logging.h"
#include "callout/core/MemoryRelease.h"
#include "callout/store/ConfigStore.h"
#include "callout/store/SecretStore.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>

namespace callout {

namespace {

AsyncStep writeSecret(SecretStore &store, QObject *context, QString key, QByteArray value)
{
    return [&store, context, key = std::move(key), value = std::move(value)](SecretStore::DoneCallback next) {
        store.write(key, value, context, std::move(next));
    };
}

AsyncStep removeSecret(SecretStore &store, QObject *context, QString key)
{
    return [&store, context, key = std::move(key)](SecretStore::DoneCallback next) {
        store.remove(key, context, std::move(next));
    };
}

} // namespace

CredentialCatalog::CredentialCatalog(ConfigStore &configStore, StateStore &stateStore, SecretStore &secrets,
                                     const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_configStore(configStore)
    , m_stateStore(stateStore)
    , m_secrets(secrets)
    , m_clock(clock ? *clock : m_systemClock)
{
    qRegisterMetaType<callout::TokenDiscard>();
}

QList<Error> CredentialCatalog::load()
{
    ConfigStore::Loaded config = m_configStore.load();
    StateStore::Loaded state = m_stateStore.load();
    QList<Error> problems = config.problems + state.problems;
    takeLoaded(std::move(config));
    m_records = std::move(state.records);
    m_observedSessions = std::move(state.observedSessions);
    if (m_configuration.assignMissingIds() && m_configStore.isWritable()) {
        if (const Result<void> saved = m_configStore.save(m_configuration); !saved.ok())
            problems.append(saved.error());
    }
    removeOrphanedRecords();
    if (const QList<TokenDiscard> stale = tokensBoundElsewhere(); !stale.isEmpty())
        discardTokens(stale, [](const Result<void> &) {});
    Q_EMIT configurationChanged();
    releaseFreedMemory(); // the parsed JSON documents: freed, but kept by the heap
    return problems;
}

QList<Error> CredentialCatalog::reloadConfiguration()
{
    if (!m_configStore.changedOnDisk())
        return m_configurationProblems;
    ConfigStore::Loaded config = m_configStore.load(StoreFile::Unparsable::KeepInPlace);
    if (!config.fileRead) {
        // Unparsable (perhaps half-saved) or gone: keep working with what was read last.
        for (const Error &problem : std::as_const(config.problems))
            qCWarning(lcConfig).noquote() << "not reloaded:" << problem.toString();
        m_configurationProblems = config.problems;
        Q_EMIT configurationChanged();
        return m_configurationProblems;
    }
    const Configuration before = m_configuration;
    takeLoaded(std::move(config));
    if (m_configuration.assignMissingIds() && m_configStore.isWritable()) {
        if (const Result<void> saved = m_configStore.save(m_configuration); !saved.ok())
            qCWarning(lcConfig).noquote() << "could not save the new ids:" << saved.error().message;
    }
    qCInfo(lcConfig) << "configuration reloaded:" << m_configuration.namedCredentials.size() << "credentials,"
                     << m_invalidCredentials.size() << "disabled," << m_configurationProblems.size() << "problems";

    // As an import would: tokens and client secrets that must not follow the edit go.
    QList<TokenDiscard> discards = tokensBoundElsewhere();
    for (const TokenDiscard &discard : tokensToDiscard(before, m_configuration)) {
        const bool known = std::any_of(discards.begin(), discards.end(),
                                       [&](const TokenDiscard &d) { return d.credentialId == discard.credentialId; });
        if (!known && m_configuration.credentialById(discard.credentialId))
            discards.append(discard); // the removed and the disabled: removeOrphanedRecords() decides
    }
    QList<AsyncStep> steps;
    for (const ClientSecretDiscard &discard : clientSecretsToDiscard(before, m_configuration)) {
        qCInfo(lcConfig).noquote() << discard.reason;
        steps.append(removeSecret(m_secrets, this, secretkeys::providerClientSecret(discard.providerId)));
    }
    runInSequence(steps, [](const Result<void> &removed) {
        if (!removed.ok())
            qCWarning(lcConfig).noquote() << "could not delete a client secret:" << removed.error().message;
    });
    removeOrphanedRecords();
    if (!discards.isEmpty())
        discardTokens(discards, [](const Result<void> &) {});
    Q_EMIT configurationChanged();
    QTimer::singleShot(0, this, &releaseFreedMemory); // once the parsed file and `before` are gone
    return m_configurationProblems;
}

void CredentialCatalog::takeLoaded(ConfigStore::Loaded loaded)
{
    m_configuration = std::move(loaded.configuration);
    m_invalidCredentials = std::move(loaded.invalidCredentials);
    m_configurationProblems = std::move(loaded.problems);
    m_configurationFileRead = loaded.fileRead;
}

const InvalidCredential *CredentialCatalog::invalidCredentialByName(const QString &name) const
{
    for (const InvalidCredential &c : m_invalidCredentials) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

// callout.json may have been edited by hand since the tokens were issued: tokens whose binding no
// longer matches would reach a new host or client, so they go.
QList<TokenDiscard> CredentialCatalog::tokensBoundElsewhere() const
{
    QList<TokenDiscard> stale;
    for (const NamedCredential &credential : std::as_const(m_configuration.namedCredentials)) {
        const auto record = m_records.constFind(credential.id);
        if (record != m_records.cend() && !record->tokenBinding.isEmpty()
            && record->tokenBinding != tokenBinding(m_configuration, credential))
            stale.append({credential.id, credential.name,
                          tr("Tokens of %1 were discarded: its auth provider or URL was changed in %2.")
                              .arg(credential.name, m_configStore.path())});
    }
    return stale;
}

// A record whose credential left callout.json (edited by hand) still has tokens in the keychain:
// delete them, so nothing is left behind. Only an id that really left the file counts: none while
// the file could not be read or has problems (a typo, even in an id, must not cost a sign-in).
void CredentialCatalog::removeOrphanedRecords()
{
    if (!m_configurationFileRead || !m_configurationProblems.isEmpty())
        return;
    // One set of the ids, not a search of the list per record: with thousands of credentials the
    // search made the start quadratic (19 s at 10,000; tests/bench/scale.sh).
    QSet<QString> configured;
    configured.reserve(m_configuration.namedCredentials.size());
    for (const NamedCredential &credential : std::as_const(m_configuration.namedCredentials))
        configured.insert(credential.id);
    QList<TokenDiscard> orphans;
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        if (!configured.contains(it.key()))
            orphans.append({it.key(), {}, {}});
    }
    if (orphans.isEmpty())
        return;
    discardTokens(orphans, [this, orphans](const Result<void> &result) {
        if (!result.ok())
            return; // keep the records so the next start tries again
        for (const TokenDiscard &orphan : orphans)
            m_records.remove(orphan.credentialId);
        (void)saveState();
    });
}

ExternalAuthentication CredentialCatalog::externalAuthentication(const QString &credentialId) const
{
    ExternalAuthentication record = m_records.value(credentialId);
    record.credentialId = credentialId;
    return record;
}

void CredentialCatalog::importDocument(const QByteArray &document, bool replace, ImportCallback callback)
{
    Result<ImportPlan> plan = planImport(m_configuration, document, replace);
    if (!plan.ok()) {
        callback(plan.error());
        return;
    }
    if (const Result<void> writable = m_configStore.checkWritable(); !writable.ok()) {
        callback(writable.error());
        return;
    }
    applyImport(std::move(plan).value(), std::move(callback));
}

void CredentialCatalog::applyImport(ImportPlan plan, ImportCallback callback)
{
    Change change{plan.configuration, plan.clientSecrets, plan.secretDiscards, plan.discards};
    applyChange(std::move(change), [plan = std::move(plan), callback = std::move(callback)](const Result<void> &done) {
        if (!done.ok()) {
            callback(done.error());
            return;
        }
        qCInfo(lcConfig) << "imported:" << plan.added.size() << "added," << plan.replaced.size() << "replaced,"
                         << plan.secretDiscards.size() << "client secrets deleted";
        callback(plan);
    });
}

void CredentialCatalog::applyEdit(const EditPlan &plan, DoneCallback callback)
{
    if (!plan.isValid()) {
        callback(Error(ErrorCode::InvalidConfiguration, tr("The entry has problems; nothing was saved."),
                       plan.problems.first().field));
        return;
    }
    if (plan.base != m_configuration) {
        callback(Error(ErrorCode::InvalidConfiguration,
                       tr("The configuration changed meanwhile: review the entry and save again.")));
        return;
    }
    if (const Result<void> writable = m_configStore.checkWritable(); !writable.ok()) {
        callback(writable.error());
        return;
    }
    if (!m_configurationProblems.isEmpty()) {
        // The file has entries Callout cannot read: saving its own view would lose them.
        QStringList details;
        for (const Error &problem : std::as_const(m_configurationProblems))
            details.append(problem.toString());
        callback(Error(ErrorCode::ConfigurationReadOnly,
                       tr("%1 has problems; fix them in the file first, Callout does not write over it.")
                           .arg(m_configStore.path()),
                       {}, details));
        return;
    }
    QStringList removed; // credentials the edit deletes: their records go too
    for (const NamedCredential &c : std::as_const(plan.base.namedCredentials)) {
        if (!plan.configuration.credentialById(c.id))
            removed.append(c.id);
    }
    Change change{plan.configuration, plan.clientSecrets, plan.secretDiscards, plan.discards};
    applyChange(std::move(change), [this, removed, callback = std::move(callback)](const Result<void> &done) {
        if (!done.ok() || removed.isEmpty()) {
            callback(done);
            return;
        }
        for (const QString &id : removed)
            m_records.remove(id);
        callback(saveState());
    });
}

void CredentialCatalog::applyChange(Change change, DoneCallback callback)
{
    // Secrets first: if the keychain is unavailable, nothing else has changed yet. A secret that must
    // not follow a moved provider goes before the move is saved, so it is never sent there.
    QList<AsyncStep> steps;
    for (auto it = change.clientSecrets.begin(); it != change.clientSecrets.end(); ++it)
        steps.append(writeSecret(m_secrets, this, secretkeys::providerClientSecret(it.key()), it.value().toUtf8()));
    for (const ClientSecretDiscard &discard : std::as_const(change.secretDiscards))
        steps.append(removeSecret(m_secrets, this, secretkeys::providerClientSecret(discard.providerId)));
    runInSequence(steps,
                  [this, change = std::move(change), callback = std::move(callback)](const Result<void> &written) {
                      if (!written.ok()) {
                          callback(written.error());
                          return;
                      }
                      if (const Result<void> saved = m_configStore.save(change.configuration); !saved.ok()) {
                          callback(saved.error());
                          return;
                      }
                      m_configuration = change.configuration;
                      Q_EMIT configurationChanged();
                      discardTokens(change.discards, callback);
                  });
}

void CredentialCatalog::hasClientSecret(const QString &providerId, QObject *context,
                                        std::function<void(Result<bool>)> callback)
{
    m_secrets.read(secretkeys::providerClientSecret(providerId), context,
                   [callback = std::move(callback)](const Result<QByteArray> &read) {
                       if (read.ok())
                           callback(!read.value().isEmpty());
                       else if (read.error().code == ErrorCode::SecretNotFound)
                           callback(false);
                       else
                           callback(read.error());
                   });
}

void CredentialCatalog::discardTokens(const QList<TokenDiscard> &discards, DoneCallback callback)
{
    QList<AsyncStep> steps;
    for (const TokenDiscard &discard : discards)
        steps.append(removeSecret(m_secrets, this, secretkeys::credentialTokens(discard.credentialId)));
    runInSequence(steps, [this, discards, callback = std::move(callback)](const Result<void> &removed) {
        if (!removed.ok()) {
            callback(removed.error());
            return;
        }
        for (const TokenDiscard &discard : discards) {
            // An orphaned record (its credential is gone) gets no notice: the caller removes it.
            if (!m_records.contains(discard.credentialId) || !m_configuration.credentialById(discard.credentialId))
                continue;
            ExternalAuthentication &record = m_records[discard.credentialId];
            QList<AuthEvent> history = std::move(record.history); // the one thing that stays
            record = ExternalAuthentication{};
            record.credentialId = discard.credentialId;
            record.notice = discard.reason;
            record.history = std::move(history);
            record.addEvent({AuthEvent::Kind::TokensDiscarded, m_clock.now(), discard.reason});
            m_signInStartedFrom.remove(discard.credentialId);
            qCInfo(lcConfig) << "tokens discarded for" << discard.credentialName;
            Q_EMIT tokensDiscarded(discard);
            Q_EMIT externalAuthenticationChanged(discard.credentialId);
        }
        callback(saveState());
    });
}

QByteArray CredentialCatalog::exportDocument() const
{
    return callout::exportDocument(m_configuration);
}

void CredentialCatalog::removeCredential(const QString &name, DoneCallback callback)
{
    const NamedCredential *credential = m_configuration.credentialByName(name);
    if (!credential) {
        callback(Error(ErrorCode::NotFound, tr("No named credential is called %1.").arg(name)));
        return;
    }
    if (const Result<void> writable = m_configStore.checkWritable(); !writable.ok()) {
        callback(writable.error());
        return;
    }
    const QString id = credential->id;
    // Tokens first: if the keychain refuses, the credential stays so the user can try again.
    m_secrets.remove(secretkeys::credentialTokens(id), this,
                     [this, id, callback = std::move(callback)](const Result<void> &removed) {
                         if (!removed.ok()) {
                             callback(removed.error());
                             return;
                         }
                         Configuration next = m_configuration;
                         next.namedCredentials.removeIf([&id](const NamedCredential &c) { return c.id == id; });
                         if (const Result<void> saved = m_configStore.save(next); !saved.ok()) {
                             callback(saved.error());
                             return;
                         }
                         m_configuration = std::move(next);
                         m_records.remove(id);
                         Q_EMIT configurationChanged();
                         callback(saveState());
                     });
}

void CredentialCatalog::updateProvider(const AuthProvider &provider, DoneCallback callback)
{
    Configuration next = m_configuration;
    auto it = std::find_if(next.authProviders.begin(), next.authProviders.end(),
                           [&provider](const AuthProvider &p) { return p.id == provider.id; });
    if (it == next.authProviders.end()) {
        callback(Error(ErrorCode::NotFound, tr("No auth provider is called %1.").arg(provider.name)));
        return;
    }
    *it = provider;
    if (const QList<Error> problems = next.validate(); !problems.isEmpty()) {
        callback(problems.first());
        return;
    }
    if (const Result<void> writable = m_configStore.checkWritable(); !writable.ok()) {
        callback(writable.error());
        return;
    }
    // The rule of an import, for endpoints discovery filled in: a secret that must not follow the
    // change is deleted first.
    Change change{next,
                  {},
                  clientSecretsToDiscard(m_configuration, next, {}, AuthProvider::ChangeSource::Discovery),
                  tokensToDiscard(m_configuration, next)};
    applyChange(std::move(change), std::move(callback));
}

Result<void> CredentialCatalog::updateExternalAuthentication(const ExternalAuthentication &record)
{
    if (!m_configuration.credentialById(record.credentialId))
        return Error(ErrorCode::NotFound, tr("No named credential has that id."));
    const AuthStatus from = m_records.value(record.credentialId).status;
    if (from != record.status && !isAllowedTransition(from, record.status))
        return Error(
            ErrorCode::InvalidConfiguration,
            tr("A credential cannot go from %1 to %2.").arg(authStatusName(from), authStatusName(record.status)));
    ExternalAuthentication next = record;
    recordHistory(m_records.value(record.credentialId), next);
    m_records.insert(record.credentialId, next);
    Q_EMIT externalAuthenticationChanged(record.credentialId);
    return saveState();
}

void CredentialCatalog::recordHistory(const ExternalAuthentication &before, ExternalAuthentication &after)
{
    using K = AuthEvent::Kind;
    const QDateTime now = m_clock.now();
    after.history = before.history;
    if (after.lastError == before.lastError)
        after.lastErrorTime = before.lastErrorTime;
    else
        after.lastErrorTime = after.lastError.code == ErrorCode::None ? QDateTime() : now;
    const AuthStatus from = before.status;
    const AuthStatus to = after.status;
    if (from == to)
        return;
    if (to == AuthStatus::SigningIn) {
        m_signInStartedFrom.insert(after.credentialId, from);
        return;
    }
    const bool renews = from == AuthStatus::SigningIn && m_signInStartedFrom.contains(after.credentialId)
        && isReauthentication(m_signInStartedFrom.value(after.credentialId));
    m_signInStartedFrom.remove(after.credentialId);
    // A sign-in that failed goes back where it was, with the reason: not an event.
    const bool succeeded = after.lastError.code == ErrorCode::None;
    if (from == AuthStatus::SigningIn && to == AuthStatus::SignedIn && succeeded) {
        after.addEvent({renews ? K::Reauthenticated : K::SignedIn, now, {}});
        after.sessionStarted = now;
    } else if (from == AuthStatus::Refreshing && to == AuthStatus::SignedIn) {
        after.addEvent({K::Refreshed, now, {}});
    } else if (to == AuthStatus::SignInRequired && (from == AuthStatus::SignedIn || from == AuthStatus::Refreshing)) {
        after.addEvent({K::Refused, now, after.lastError.message});
        observeSessionEnd(before, now);
    } else if (to == AuthStatus::SignedOut && from != AuthStatus::SigningIn)
        after.addEvent({K::SignedOut, now, {}});
}

// A session that the service ended: how long it lasted, kept for its provider (SessionEnd learns
// a fixed limit from two of them). Sessions from before Callout kept their start are not counted.
void CredentialCatalog::observeSessionEnd(const ExternalAuthentication &ended, const QDateTime &now)
{
    const NamedCredential *credential = m_configuration.credentialById(ended.credentialId);
    const AuthProvider *provider = credential ? m_configuration.providerByName(credential->authProvider) : nullptr;
    if (!provider || !ended.sessionStarted.isValid() || ended.sessionStarted >= now)
        return;
    QList<qint64> &lengths = m_observedSessions[provider->id];
    lengths.append(ended.sessionStarted.secsTo(now));
    while (lengths.size() > StateStore::ObservedLength)
        lengths.removeFirst();
}

void CredentialCatalog::changeExternalAuthentication(const QString &credentialId,
                                                     const std::function<void(ExternalAuthentication &)> &change)
{
    if (!m_configuration.credentialById(credentialId))
        return;
    ExternalAuthentication record = externalAuthentication(credentialId);
    change(record);
    if (const Result<void> updated = updateExternalAuthentication(record); !updated.ok())
        qCWarning(lcConfig) << "could not update the sign-in record:" << updated.error().message;
}

Result<void> CredentialCatalog::saveState()
{
    Result<void> saved = m_stateStore.save(m_records, m_observedSessions);
    if (!saved.ok())
        qCWarning(lcConfig) << "could not save the sign-in state:" << saved.error().message;
    return saved;
}

} // namespace callout
