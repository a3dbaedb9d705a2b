#include "callout/model/ConfigurationEdit.h"

#include "callout/model/Validation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::ConfigurationEdit)
};

const QString ProvidersKey = u"authProviders"_s;
const QString CredentialsKey = u"namedCredentials"_s;

// The configuration with the entry `id` of `key`'s list moved last: Configuration::validate()
// reports a duplicate at the later entry, so that the edited entry is the one that gets it.
Configuration withEntryLast(Configuration config, const QString &key, const QString &id)
{
    auto moveLast = [&id](auto &list) {
        const auto it = std::find_if(list.begin(), list.end(), [&id](const auto &e) { return e.id == id; });
        if (it != list.end()) {
            auto entry = *it;
            list.erase(it);
            list.append(entry);
        }
    };
    if (key == ProvidersKey)
        moveLast(config.authProviders);
    else
        moveLast(config.namedCredentials);
    return config;
}

qsizetype entryCount(const Configuration &config, const QString &key)
{
    return key == ProvidersKey ? config.authProviders.size() : config.namedCredentials.size();
}

// The problems of `next` that belong to the edited entry, re-rooted to its own keys ("name",
// "headers.X"), plus the problems of other entries that the edit causes (not in `base`): those
// keep their whole path in the message and name no field of the editor.
QList<Error> problemsOfEdit(const Configuration &base, const Configuration &next, const QString &key,
                            const QString &entryId)
{
    const Configuration nextView = withEntryLast(next, key, entryId);
    const QString entryPath = u"%1[%2]"_s.arg(key).arg(entryCount(nextView, key) - 1);
    const bool entryExists
        = key == ProvidersKey ? next.providerById(entryId) != nullptr : next.credentialById(entryId) != nullptr;
    const QList<Error> before = withEntryLast(base, key, entryId).validate();
    QList<Error> problems;
    for (Error problem : nextView.validate()) {
        if (entryExists && problem.field == entryPath) {
            problem.field.clear();
        } else if (entryExists && problem.field.startsWith(entryPath + u'.')) {
            problem.field = problem.field.mid(entryPath.size() + 1);
        } else {
            if (before.contains(problem))
                continue; // not the editor's: it was there before the edit
            problem.message = problem.toString();
            problem.field.clear();
        }
        problems.append(problem);
    }
    return problems;
}

void addDistinct(QList<ClientSecretDiscard> *discards, const ClientSecretDiscard &discard)
{
    const bool known = std::any_of(discards->begin(), discards->end(),
                                   [&](const ClientSecretDiscard &d) { return d.providerId == discard.providerId; });
    if (!known)
        discards->append(discard);
}

bool sendsClientSecret(const AuthProvider &provider)
{
    return provider.clientAuthentication != ClientAuthentication::None;
}

EditPlan notFound(const Configuration &current, const QString &id, const QString &message)
{
    EditPlan plan;
    plan.base = current;
    plan.configuration = current;
    plan.entryId = id;
    plan.problems.append(Error(ErrorCode::NotFound, message));
    return plan;
}

} // namespace

namespace configedit {

EditPlan saveProvider(const Configuration &current, const AuthProvider &edited, const ClientSecretChange &secret)
{
    EditPlan plan;
    plan.base = current;
    plan.configuration = current;
    AuthProvider provider = edited;
    const AuthProvider *old = provider.id.isEmpty() ? nullptr : current.providerById(provider.id);
    if (!provider.id.isEmpty() && !old)
        return notFound(current, provider.id, Tr::tr("The auth provider %1 was deleted meanwhile.").arg(edited.name));
    if (old) {
        std::replace_if(
            plan.configuration.authProviders.begin(), plan.configuration.authProviders.end(),
            [&](const AuthProvider &p) { return p.id == provider.id; }, provider);
        // A rename is an edit: the credentials that use the provider follow it (same id, same tokens).
        if (old->name != provider.name) {
            for (NamedCredential &c : plan.configuration.namedCredentials) {
                if (c.authProvider == old->name)
                    c.authProvider = provider.name;
            }
        }
    } else {
        provider.id = newId();
        plan.configuration.authProviders.append(provider);
    }
    plan.entryId = provider.id;
    plan.problems = problemsOfEdit(current, plan.configuration, ProvidersKey, provider.id);

    QStringList keep;
    if (secret.kind == ClientSecretChange::Kind::Replace) {
        if (secret.value.isEmpty())
            validation::problem(&plan.problems, u"clientSecret"_s, Tr::tr("must not be empty"));
        else
            plan.clientSecrets.insert(provider.id, secret.value);
        keep.append(provider.id);
    }
    plan.discards = tokensToDiscard(current, plan.configuration);
    plan.secretDiscards = clientSecretsToDiscard(current, plan.configuration, keep);
    if (secret.kind == ClientSecretChange::Kind::Remove && old)
        addDistinct(&plan.secretDiscards,
                    {provider.id, provider.name, Tr::tr("The client secret of %1 was deleted.").arg(provider.name)});

    plan.warnings = provider.warnings({});
    // Known to be without a secret after Save: a new provider without one, a removed or dropped one.
    const bool secretGone = std::any_of(plan.secretDiscards.begin(), plan.secretDiscards.end(),
                                        [&](const ClientSecretDiscard &d) { return d.providerId == provider.id; });
    const bool noSecret = secret.kind != ClientSecretChange::Kind::Replace && (!old || secretGone);
    if (sendsClientSecret(provider) && noSecret)
        validation::problem(&plan.warnings, u"clientSecret"_s,
                            Tr::tr("no client secret will be stored, but client authentication %1 sends one")
                                .arg(clientAuthenticationName(provider.clientAuthentication)));
    return plan;
}

EditPlan saveCredential(const Configuration &current, const NamedCredential &edited)
{
    EditPlan plan;
    plan.base = current;
    plan.configuration = current;
    NamedCredential credential = edited;
    if (!credential.id.isEmpty() && !current.credentialById(credential.id))
        return notFound(current, credential.id,
                        Tr::tr("The named credential %1 was deleted meanwhile.").arg(edited.name));
    if (credential.id.isEmpty()) {
        credential.id = newId();
        plan.configuration.namedCredentials.append(credential);
    } else {
        std::replace_if(
            plan.configuration.namedCredentials.begin(), plan.configuration.namedCredentials.end(),
            [&](const NamedCredential &c) { return c.id == credential.id; }, credential);
    }
    plan.entryId = credential.id;
    plan.problems = problemsOfEdit(current, plan.configuration, CredentialsKey, credential.id);
    plan.discards = tokensToDiscard(current, plan.configuration);
    return plan;
}

EditPlan removeProvider(const Configuration &current, const QString &providerId)
{
    const AuthProvider *provider = current.providerById(providerId);
    if (!provider)
        return notFound(current, providerId, Tr::tr("The auth provider was deleted meanwhile."));
    EditPlan plan;
    plan.base = current;
    plan.configuration = current;
    plan.entryId = providerId;
    QStringList users;
    for (const NamedCredential &c : current.namedCredentials) {
        if (c.authProvider == provider->name)
            users.append(c.name);
    }
    if (!users.isEmpty()) {
        plan.problems.append(
            Error(ErrorCode::InvalidConfiguration,
                  Tr::tr("%1 is used by %2: change or delete them first.").arg(provider->name, users.join(u", "_s)), {},
                  users));
        return plan;
    }
    plan.configuration.authProviders.removeIf([&](const AuthProvider &p) { return p.id == providerId; });
    plan.secretDiscards.append(
        {providerId, provider->name, Tr::tr("The client secret of %1 was deleted with it.").arg(provider->name)});
    return plan;
}

EditPlan removeCredential(const Configuration &current, const QString &credentialId)
{
    if (!current.credentialById(credentialId))
        return notFound(current, credentialId, Tr::tr("The named credential was deleted meanwhile."));
    EditPlan plan;
    plan.base = current;
    plan.configuration = current;
    plan.entryId = credentialId;
    plan.configuration.namedCredentials.removeIf([&](const NamedCredential &c) { return c.id == credentialId; });
    plan.discards = tokensToDiscard(current, plan.configuration);
    return plan;
}

} // namespace configedit

} // namespace callout
