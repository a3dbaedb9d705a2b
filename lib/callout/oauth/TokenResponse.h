#pragma once

#include "callout/core/Result.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace callout {

// A successful token endpoint response (RFC 6749 §5.1), read by Callout itself rather than from
// the flow's properties (Qt 6.4 keeps an old expiry when `expires_in` is missing and overwrites
// the scope property).
struct TokenResponse {
    QString accessToken;
    QString refreshToken; // empty: none issued (keep the old one on refresh)
    QString scope;        // empty: as requested
    QString idToken;
    std::optional<qint64> expiresIn; // seconds; nullopt when absent or unreadable
    // How long the refresh token (the session) lasts, in seconds: `refresh_token_expires_in` (GitHub,
    // Microsoft) or Keycloak's `refresh_expires_in`; nullopt when absent, unreadable or not positive
    // (Keycloak sends 0 for offline tokens: no limit).
    std::optional<qint64> refreshExpiresIn;

    static TokenResponse fromValues(const QVariantMap &values);
};

// The claims of an OpenID Connect ID token, read without verifying its signature: it came straight
// from the token endpoint over the connection Callout opened (OIDC Core §3.1.3.7).
QJsonObject idTokenClaims(const QString &idToken);

// The name to show for the signed-in user: preferred_username, email, then sub, sanitised
// (sanitizedServerText): the server chose it.
QString userNameFromClaims(const QJsonObject &claims);

} // namespace callout
Q_DECLARE_METATYPE(callout::TokenResponse)
