#pragma once

#include "callout/model/Configuration.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace callout {

// A credential whose tokens must be deleted because of a configuration change, and why.
struct TokenDiscard {
    QString credentialId;
    QString credentialName;
    QString reason; // a human sentence, shown to the user

    friend bool operator==(const TokenDiscard &, const TokenDiscard &) = default;
};

// The credentials of `before` whose tokens must not survive the change to `after`: removed
// credentials, another provider, another origin, or a provider whose token URL, issuer, client id
// or client authentication changed. Tokens must never be sent to a new host or client.
QList<TokenDiscard> tokensToDiscard(const Configuration &before, const Configuration &after);

// An auth provider whose stored client secret must be deleted because of a configuration change.
struct ClientSecretDiscard {
    QString providerId;
    QString providerName;
    QString reason; // a human sentence, shown to the user

    friend bool operator==(const ClientSecretDiscard &, const ClientSecretDiscard &) = default;
};

// The providers of both `before` and `after` (matched by id) whose client secret must not follow the
// change (AuthProvider::invalidatesClientSecretOf): the next sign-in would send it, with the code and
// the PKCE verifier, to the new endpoint. Providers in `keep` (their new secret comes with the
// change) are left out.
QList<ClientSecretDiscard> clientSecretsToDiscard(const Configuration &before, const Configuration &after,
                                                  const QStringList &keep = {},
                                                  AuthProvider::ChangeSource source = AuthProvider::ChangeSource::Edit);

// A digest of everything a credential's tokens are bound to: its provider's id, token URL,
// issuer, client id and authentication, revocation and userinfo endpoints, and the origin of the
// credential's URL. Stored with the sign-in record; a mismatch at start means callout.json was
// edited by hand in a way that must discard the tokens. Empty when the provider is unknown.
QString tokenBinding(const Configuration &configuration, const NamedCredential &credential);

} // namespace callout

Q_DECLARE_METATYPE(callout::TokenDiscard)
