#include "callout/oauth/TokenResponse.h"

#include "callout/core/ServerText.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace callout {

namespace {
constexpr qsizetype MaxScopeLength = 4096;

// A number or a numeric string (some servers quote their numbers); nullopt otherwise.
std::optional<qint64> seconds(const QVariant &value)
{
    bool ok = false;
    const qint64 number = value.toString().trimmed().toLongLong(&ok);
    if (value.isValid() && !value.isNull() && ok)
        return number;
    return std::nullopt;
}
} // namespace

TokenResponse TokenResponse::fromValues(const QVariantMap &values)
{
    TokenResponse r;
    r.accessToken = values.value(u"access_token"_s).toString();
    r.refreshToken = values.value(u"refresh_token"_s).toString();
    // Scopes are printable ASCII (RFC 6749 §3.3); a long list is legitimate, so a larger cap.
    r.scope = sanitizedServerText(values.value(u"scope"_s).toString(), MaxScopeLength);
    r.idToken = values.value(u"id_token"_s).toString();
    r.expiresIn = seconds(values.value(u"expires_in"_s));
    for (const QString &key : {u"refresh_token_expires_in"_s, u"refresh_expires_in"_s}) {
        if (const auto lifetime = seconds(values.value(key)); lifetime && *lifetime > 0) {
            r.refreshExpiresIn = lifetime;
            break;
        }
    }
    return r;
}

QJsonObject idTokenClaims(const QString &idToken)
{
    const QList<QStringView> parts = QStringView(idToken).split(u'.');
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(payload).object();
}

QString userNameFromClaims(const QJsonObject &claims)
{
    for (const QString &claim : {u"preferred_username"_s, u"email"_s, u"sub"_s}) {
        QString value = sanitizedServerText(claims.value(claim).toString());
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace callout
