#pragma once

#include "callout/model/AuthProvider.h"
#include "callout/model/NamedCredential.h"

#include <QJsonDocument>
#include <QList>

namespace callout {

// The whole of callout.json: auth providers and the named credentials that use them.
class Configuration
{
public:
    static constexpr int CurrentVersion = 1;

    QList<AuthProvider> authProviders;
    QList<NamedCredential> namedCredentials;

    // Reads {"version": 1, "authProviders": [...], "namedCredentials": [...]}. Problems of the
    // shape (wrong types, unknown fields) are appended to `problems` with their JSON path.
    static Configuration fromJson(const QJsonObject &json, QList<Error> *problems);
    QJsonObject toJson() const;

    // Every problem: each entry's own rules plus the cross-references (unique names, ids,
    // known providers), each with its JSON path.
    QList<Error> validate() const;

    const AuthProvider *providerByName(const QString &name) const;
    const AuthProvider *providerById(const QString &id) const;
    const NamedCredential *credentialByName(const QString &name) const;
    const NamedCredential *credentialById(const QString &id) const;

    // Gives every entry without an id a fresh one. Returns true if any id was added.
    bool assignMissingIds();

    friend bool operator==(const Configuration &, const Configuration &) = default;
};

QString newId();

// A named credential of callout.json that Callout cannot use as it is written, or whose auth provider
// it cannot use. It stays in the file and is shown, disabled, with its problems; its sign-in record
// and tokens stay too, so fixing the entry brings it back as it was.
struct InvalidCredential {
    QString id;
    QString name;
    QString authProvider;
    QString url;
    QList<Error> problems;
};

} // namespace callout
