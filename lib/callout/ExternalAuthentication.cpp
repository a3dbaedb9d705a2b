#include "callout/ExternalAuthentication.h"

namespace callout {

namespace {

QDateTime readTime(const QJsonObject &json, const QString &key)
{
    return QDateTime::fromString(json.value(key).toString(), Qt::ISODateWithMs);
}

} // namespace

ExternalAuthentication ExternalAuthentication::fromJson(const QString &credentialId, const QJsonObject &json)
{
    ExternalAuthentication a;
    a.credentialId = credentialId;
    a.status = authStatusFromName(json.value(u"status"_qs).toString()).value_or(AuthStatus::SignedOut);
    a.user = json.value(u"user"_qs).toString();
    a.grantedScopes = json.value(u"grantedScopes"_qs).toString();
    a.accessTokenExpiry = readTime(json, u"accessTokenExpiry"_qs);
    a.lastRefresh = readTime(json, u"lastRefresh"_qs);
    a.nextRetry = readTime(json, u"nextRetry"_qs);
    const QJsonObject error = json.value(u"lastError"_qs).toObject();
    a.lastError = Error(errorCodeFromName(error.value(u"code"_qs).toString()), error.value(u"message"_qs).toString(),
                        error.value(u"field"_qs).toString());
    a.notice = json.value(u"notice"_qs).toString();
    a.tokenBinding = json.value(u"tokenBinding"_qs).toString();
    return a;
}

QJsonObject ExternalAuthentication::toJson() const
{
    QJsonObject json{{u"status"_qs, authStatusName(status)}};
    auto putIfSet = [&json](const QString &key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    putIfSet(u"user"_qs, user);
    putIfSet(u"grantedScopes"_qs, grantedScopes);
    if (accessTokenExpiry.isValid())
        putIfSet(u"accessTokenExpiry"_qs, accessTokenExpiry.toUTC().toString(Qt::ISODateWithMs));
    if (lastRefresh.isValid())
        putIfSet(u"lastRefresh"_qs, lastRefresh.toUTC().toString(Qt::ISODateWithMs));
    if (nextRetry.isValid())
        putIfSet(u"nextRetry"_qs, nextRetry.toUTC().toString(Qt::ISODateWithMs));
    if (lastError.code != ErrorCode::None) {
        QJsonObject error{{u"code"_qs, errorCodeName(lastError.code)}, {u"message"_qs, lastError.message}};
        if (!lastError.field.isEmpty())
            error.insert(u"field"_qs, lastError.field);
        json.insert(u"lastError"_qs, error);
    }
    putIfSet(u"notice"_qs, notice);
    putIfSet(u"tokenBinding"_qs, tokenBinding);
    return json;
}

} // namespace callout
