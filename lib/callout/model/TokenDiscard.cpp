#include "callout/model/TokenDiscard.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

namespace callout {

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::TokenDiscard)
};

std::optional<QString> discardReason(const Configuration &before, const NamedCredential &old,
                                     const Configuration &after, const NamedCredential *now)
{
    if (!now)
        return Tr::tr("the named credential was removed");
    const AuthProvider *oldProvider = before.providerByName(old.authProvider);
    const AuthProvider *newProvider = after.providerByName(now->authProvider);
    if (!oldProvider || !newProvider || oldProvider->id != newProvider->id)
        return Tr::tr("it now uses another auth provider (%1)").arg(now->authProvider);
    if (now->changesOriginFrom(old))
        return Tr::tr("its URL now points to another server (%1)").arg(now->url.toDisplayString());
    if (newProvider->invalidatesTokensOf(*oldProvider))
        return Tr::tr("its auth provider %1 changed its token URL, issuer, client id or client authentication")
            .arg(newProvider->name);
    return std::nullopt;
}

} // namespace

QList<TokenDiscard> tokensToDiscard(const Configuration &before, const Configuration &after)
{
    // By id at once: looking each up in turn would cost the square of the count (10,000 credentials).
    QHash<QString, const NamedCredential *> afterById;
    afterById.reserve(after.namedCredentials.size());
    for (const NamedCredential &credential : after.namedCredentials) {
        if (!afterById.contains(credential.id)) // the first of a repeated id, as credentialById()
            afterById.insert(credential.id, &credential);
    }
    QList<TokenDiscard> discards;
    for (const NamedCredential &old : before.namedCredentials) {
        if (const auto reason = discardReason(before, old, after, afterById.value(old.id)))
            discards.append({old.id, old.name, Tr::tr("Tokens of %1 were discarded: %2.").arg(old.name, *reason)});
    }
    return discards;
}

QList<ClientSecretDiscard> clientSecretsToDiscard(const Configuration &before, const Configuration &after,
                                                  const QStringList &keep, AuthProvider::ChangeSource source)
{
    QList<ClientSecretDiscard> discards;
    for (const AuthProvider &old : before.authProviders) {
        const AuthProvider *now = after.providerById(old.id);
        if (!now || keep.contains(old.id) || !now->invalidatesClientSecretOf(old, source))
            continue;
        discards.append({old.id, now->name,
                         Tr::tr("The client secret of %1 was deleted: its token URL, revocation URL, issuer or "
                                "client id changed. Import it again with clientSecret.")
                             .arg(now->name)});
    }
    return discards;
}

} // namespace callout

namespace callout {

QString tokenBinding(const Configuration &configuration, const NamedCredential &credential)
{
    const AuthProvider *p = configuration.providerByName(credential.authProvider);
    if (!p)
        return {};
    const QStringList parts{p->id,
                            p->tokenUrl.toString(QUrl::FullyEncoded),
                            p->issuer,
                            p->clientId,
                            clientAuthenticationName(p->clientAuthentication),
                            p->revocationUrl.toString(QUrl::FullyEncoded),
                            p->userInfoUrl.toString(QUrl::FullyEncoded),
                            credential.origin()};
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace callout
