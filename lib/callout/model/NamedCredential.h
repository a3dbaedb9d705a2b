#pragma once

#include "callout/core/Error.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

namespace callout {

// A name for an external system: base URL + the auth provider that signs the user in to it.
// Programs call `callout:Name/path`.
class NamedCredential
{
public:
    // Merge field replaced by the access token in header values, as in Salesforce.
    static constexpr auto OAuthTokenMergeField = "{!$Credential.OAuthToken}";

    QString id;           // stable internal id; the token keychain item is keyed by it
    QString name;         // [A-Za-z][A-Za-z0-9_]{0,79}, unique
    QString label;        // shown to the user; defaults to name
    QUrl url;             // base URL of the external system
    QString authProvider; // name of an AuthProvider
    QString scopes;       // optional override of the provider's default scopes
    bool generateAuthorizationHeader = true;
    QMap<QString, QString> headers;
    // "This service ends sessions after N hours" (sessionHours), for a service whose limit Callout
    // cannot learn otherwise; 0: not set. Warns before the forced sign-in (SessionEnd).
    int sessionHours = 0;
    static constexpr int MaxSessionHours = 24 * 366;

    static NamedCredential fromJson(const QJsonObject &json, const QString &path, QList<Error> *problems);
    QJsonObject toJson() const;

    QList<Error> validate(const QString &path) const;

    QString displayLabel() const { return label.isEmpty() ? name : label; }

    // True when its URL now has another origin (scheme + host + port) than `before`'s: its tokens
    // must then be discarded. (A change of provider is judged by provider id, in TokenDiscard.)
    bool changesOriginFrom(const NamedCredential &before) const;
    // scheme://host:port of its URL, lower-case, port explicit.
    QString origin() const;

    friend bool operator==(const NamedCredential &, const NamedCredential &) = default;
};

} // namespace callout
