#include "callout/store/CredentialCatalog.h"

#include "callout/core/AsyncSequence.h"
#include "callout/core/Logging.h"
#include "callout/store/ConfigStore.h"
#include "callout/store/SecretStore.h"

#include <QCoreApplication>

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
                                     QObject *parent)
    : QObject(parent)
    , m_configStore(configStore)
    , m_stateStore(stateStore)
    , m_secrets(secrets)
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
    if (m_configuration.assignMissingIds() && m_configStore.isWritable()) {
        if (const Result<void> saved = m_configStore.save(m_configuration); !saved.ok())
            problems.append(saved.error());
    }
    removeOrphanedRecords();
    if (const QList<TokenDiscard> stale = tokensBoundElsewhere(); !stale.isEmpty())
        discardTokens(stale, [](const Result<void> &) {});
    Q_EMIT configurationChanged();
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
        const ExternalAuthentication record = m_records.value(credential.id);
        if (!record.tokenBinding.isEmpty() && record.tokenBinding != tokenBinding(m_configuration, credential))
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
    QList<TokenDiscard> orphans;
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        if (!m_configuration.credentialById(it.key()))
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
    // Secrets first: if the keychain is unavailable, nothing else has changed yet. A secret that must
    // not follow a moved provider goes before the move is saved, so it is never sent there.
    QList<AsyncStep> steps;
    for (auto it = plan.clientSecrets.begin(); it != plan.clientSecrets.end(); ++it)
        steps.append(writeSecret(m_secrets, this, secretkeys::providerClientSecret(it.key()), it.value().toUtf8()));
    for (const ClientSecretDiscard &discard : std::as_const(plan.secretDiscards))
        steps.append(removeSecret(m_secrets, this, secretkeys::providerClientSecret(discard.providerId)));
    runInSequence(steps, [this, plan = std::move(plan), callback = std::move(callback)](const Result<void> &written) {
        if (!written.ok()) {
            callback(written.error());
            return;
        }
        if (const Result<void> saved = m_configStore.save(plan.configuration); !saved.ok()) {
            callback(saved.error());
            return;
        }
        m_configuration = plan.configuration;
        qCInfo(lcConfig) << "imported:" << plan.added.size() << "added," << plan.replaced.size() << "replaced,"
                         << plan.secretDiscards.size() << "client secrets deleted";
        Q_EMIT configurationChanged();
        discardTokens(plan.discards, [plan, callback](const Result<void> &discarded) {
            if (!discarded.ok())
                callback(discarded.error());
            else
                callback(plan);
        });
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
            record = ExternalAuthentication{};
            record.credentialId = discard.credentialId;
            record.notice = discard.reason;
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
    QList<AsyncStep> steps;
    const QList<ClientSecretDiscard> secretDiscards
        = clientSecretsToDiscard(m_configuration, next, {}, AuthProvider::ChangeSource::Discovery);
    for (const ClientSecretDiscard &discard : secretDiscards)
        steps.append(removeSecret(m_secrets, this, secretkeys::providerClientSecret(discard.providerId)));
    runInSequence(steps, [this, next = std::move(next), callback = std::move(callback)](const Result<void> &removed) {
        if (!removed.ok()) {
            callback(removed.error());
            return;
        }
        if (const Result<void> saved = m_configStore.save(next); !saved.ok()) {
            callback(saved.error());
            return;
        }
        const QList<TokenDiscard> discards = tokensToDiscard(m_configuration, next);
        m_configuration = next;
        Q_EMIT configurationChanged();
        discardTokens(discards, callback);
    });
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
    m_records.insert(record.credentialId, record);
    Q_EMIT externalAuthenticationChanged(record.credentialId);
    return saveState();
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
    Result<void> saved = m_stateStore.save(m_records);
    if (!saved.ok())
        qCWarning(lcConfig) << "could not save the sign-in state:" << saved.error().message;
    return saved;
}

} // namespace callout
