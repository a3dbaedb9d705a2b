#pragma once

#include "callout/core/Result.h"
#include "callout/model/Configuration.h"
#include "callout/model/TokenDiscard.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>

namespace callout {

// What an import would do, computed without touching any file or the keychain.
struct ImportPlan {
    Configuration configuration;          // the merged configuration to save
    QMap<QString, QString> clientSecrets; // provider id → client secret, for the keychain
    QStringList added;                    // "authProvider Foo", "namedCredential Bar"
    QStringList replaced;
    QStringList unchanged;
    QList<TokenDiscard> discards;
    // Client secrets that must not follow a moved provider; never one the document brings.
    QList<ClientSecretDiscard> secretDiscards;
    QStringList warnings; // allowed, but worth a look ("authProviders[0].tokenUrl: …")
};

// Merges an import document (the shape of callout.json; providers may carry `clientSecret`)
// into `current`. All or nothing: any problem refuses the whole import, listing every problem in
// Error::details. New entries are added; an existing entry (matched by name) that differs is
// changed only when `replace` is true. Ids in the document are ignored: Callout assigns its own.
Result<ImportPlan> planImport(const Configuration &current, const QByteArray &document, bool replace);

// The configuration as an import document: same shape, no ids, no secrets.
QByteArray exportDocument(const Configuration &configuration);

} // namespace callout
