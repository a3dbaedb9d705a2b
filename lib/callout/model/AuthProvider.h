#pragma once

#include "callout/core/Error.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

namespace callout {

enum class ClientAuthentication { None, Post, Basic };

QString clientAuthenticationName(ClientAuthentication method);

// An OAuth 2.0 authorization server and the client registered with it ("Auth. Provider" in
// Salesforce). The client secret is a secret: it lives in the keychain, never in this value.
class AuthProvider
{
public:
    QString id;     // stable internal id; secrets are keyed by it
    QString name;   // [A-Za-z][A-Za-z0-9_]{0,79}, unique
    QString issuer; // optional: OpenID discovery and the RFC 9207 `iss` check
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl revocationUrl; // optional
    QUrl userInfoUrl;   // optional
    QString clientId;
    ClientAuthentication clientAuthentication = ClientAuthentication::None;
    QString defaultScopes; // space-separated
    QUrl redirectUri;      // optional fixed loopback redirect; default 127.0.0.1:<ephemeral>/callback
    QMap<QString, QString> extraAuthorizeParameters;
    // The server's metadata says it sends `iss` in authorization responses (RFC 9207): a response
    // without it is refused. Set by discovery.
    bool authorizationResponseIssRequired = false;

    // The endpoints needed to sign in are known (configured or discovered).
    bool hasEndpoints() const { return !authorizeUrl.isEmpty() && !tokenUrl.isEmpty(); }

    // Reads the JSON shape of callout.json; type errors are reported with their JSON path
    // (prefixed with `path`). Semantic rules are checked by validate().
    static AuthProvider fromJson(const QJsonObject &json, const QString &path, QList<Error> *problems);
    QJsonObject toJson() const;

    // Every problem of this provider alone, each with its JSON path and a human message.
    QList<Error> validate(const QString &path) const;

    // True when a change from `before` to this must discard the tokens issued through it: another
    // token endpoint, issuer, client or client authentication, or a new revocation or userinfo
    // endpoint (they receive tokens too).
    bool invalidatesTokensOf(const AuthProvider &before) const;

    // Where a change of endpoints comes from: a document or an edit, or discovery, which only fills in
    // empty endpoints from the issuer's own metadata (ProviderDiscovery checks that it is the issuer's).
    enum class ChangeSource { Edit, Discovery };

    // True when the client secret stored for `before` must not be sent to this: another client id
    // or issuer, or a token or revocation endpoint (both receive the secret) that moved or is new —
    // except, for discovery, an endpoint filled in where there was none for the same issuer.
    bool invalidatesClientSecretOf(const AuthProvider &before, ChangeSource source = ChangeSource::Edit) const;

    // What is allowed but worth a second look, e.g. a token URL on another server than the issuer
    // (it receives the client secret), each with its JSON path. Never a reason to refuse.
    QList<Error> warnings(const QString &path) const;

    friend bool operator==(const AuthProvider &, const AuthProvider &) = default;
};

} // namespace callout
