#pragma once

#include "callout/core/Error.h"
#include "callout/model/Configuration.h"
#include "callout/model/TokenDiscard.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace callout {

// What Save in a provider editor does with the stored client secret (write-only: never shown back).
struct ClientSecretChange {
    enum class Kind { Keep, Replace, Remove };
    Kind kind = Kind::Keep;
    QString value; // the new secret, for Replace

    static ClientSecretChange replaceWith(QString secret) { return {Kind::Replace, std::move(secret)}; }
    static ClientSecretChange remove() { return {Kind::Remove, {}}; }
};

// One edit made in the settings window, planned like an import (the same rules, validation and
// token discarding) but matched by id, so that a rename is an edit. Nothing is touched: the
// catalog applies a valid plan (CredentialCatalog::applyEdit).
struct EditPlan {
    Configuration base;          // the configuration the plan was made from; applied to no other
    Configuration configuration; // what Save would write
    // Every problem of the edit. `field` is the edited entry's own JSON key ("name", "tokenUrl",
    // "headers.X-Api-Key", "authProvider", …) so that an editor shows it next to its field; empty
    // for a problem that is no one field's (e.g. "the provider is used by A, B").
    QList<Error> problems;
    QList<Error> warnings;                     // allowed but worth a look; same `field` keys
    QList<TokenDiscard> discards;              // credentials whose tokens go: they need a new sign-in
    QList<ClientSecretDiscard> secretDiscards; // client secrets that must not follow the change
    QMap<QString, QString> clientSecrets;      // provider id → secret to write to the keychain
    QString entryId;                           // the id of the edited entry (assigned for a new one)

    bool isValid() const { return problems.isEmpty(); }
};

namespace configedit {

// Plans saving `edited` (an empty id adds a new provider with a fresh id; otherwise the provider
// of that id is replaced). A changed token URL, issuer or client drops the stored secret unless
// `secret` replaces it.
EditPlan saveProvider(const Configuration &current, const AuthProvider &edited, const ClientSecretChange &secret = {});
// Plans saving `edited` (an empty id adds a new credential). Another provider or another URL
// origin discards its tokens.
EditPlan saveCredential(const Configuration &current, const NamedCredential &edited);
// Plans deleting a provider and its client secret; refused (one problem, naming them) while any
// named credential uses it.
EditPlan removeProvider(const Configuration &current, const QString &providerId);
// Plans deleting a credential, its sign-in record and its tokens.
EditPlan removeCredential(const Configuration &current, const QString &credentialId);

} // namespace configedit

} // namespace callout
