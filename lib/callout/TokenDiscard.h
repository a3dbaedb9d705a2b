#pragma once

#include "callout/Configuration.h"

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

} // namespace callout

Q_DECLARE_METATYPE(callout::TokenDiscard)
