#include "callout/model/ExternalAuthentication.h"

#include <algorithm>

using namespace Qt::StringLiterals;

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
    a.status = authStatusFromName(json.value(u"status"_s).toString()).value_or(AuthStatus::SignedOut);
    a.user = json.value(u"user"_s).toString();
    a.grantedScopes = json.value(u"grantedScopes"_s).toString();
    a.accessTokenExpiry = readTime(json, u"accessTokenExpiry"_s);
    a.lastRefresh = readTime(json, u"lastRefresh"_s);
    a.nextRetry = readTime(json, u"nextRetry"_s);
    a.failedRefreshes = std::max(0, json.value(u"failedRefreshes"_s).toInt());
    const QJsonObject error = json.value(u"lastError"_s).toObject();
    a.lastError = Error(errorCodeFromName(error.value(u"code"_s).toString()), error.value(u"message"_s).toString(),
                        error.value(u"field"_s).toString());
    a.notice = json.value(u"notice"_s).toString();
    a.tokenBinding = json.value(u"tokenBinding"_s).toString();
    return a;
}

QJsonObject ExternalAuthentication::toJson() const
{
    QJsonObject json{{u"status"_s, authStatusName(status)}};
    auto putIfSet = [&json](const QString &key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    putIfSet(u"user"_s, user);
    putIfSet(u"grantedScopes"_s, grantedScopes);
    if (accessTokenExpiry.isValid())
        putIfSet(u"accessTokenExpiry"_s, accessTokenExpiry.toUTC().toString(Qt::ISODateWithMs));
    if (lastRefresh.isValid())
        putIfSet(u"lastRefresh"_s, lastRefresh.toUTC().toString(Qt::ISODateWithMs));
    if (nextRetry.isValid())
        putIfSet(u"nextRetry"_s, nextRetry.toUTC().toString(Qt::ISODateWithMs));
    if (failedRefreshes > 0)
        json.insert(u"failedRefreshes"_s, failedRefreshes);
    if (lastError.code != ErrorCode::None) {
        QJsonObject error{{u"code"_s, errorCodeName(lastError.code)}, {u"message"_s, lastError.message}};
        if (!lastError.field.isEmpty())
            error.insert(u"field"_s, lastError.field);
        json.insert(u"lastError"_s, error);
    }
    putIfSet(u"notice"_s, notice);
    putIfSet(u"tokenBinding"_s, tokenBinding);
    return json;
}

} // namespace callout
