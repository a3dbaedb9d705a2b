#include "callout/TokenSet.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace callout {

QByteArray TokenSet::toBytes() const
{
    QJsonObject json{
        {u"accessToken"_qs, accessToken}, {u"refreshToken"_qs, refreshToken}, {u"grantedScope"_qs, grantedScope}};
    if (expiry.isValid())
        json.insert(u"expiry"_qs, expiry.toUTC().toString(Qt::ISODateWithMs));
    if (issued.isValid())
        json.insert(u"issued"_qs, issued.toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<TokenSet> TokenSet::fromBytes(const QByteArray &bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return Error(ErrorCode::KeychainError,
                     QCoreApplication::translate("callout::TokenSet", "The stored tokens are unreadable."));
    const QJsonObject json = document.object();
    TokenSet tokens;
    tokens.accessToken = json.value(u"accessToken"_qs).toString();
    tokens.refreshToken = json.value(u"refreshToken"_qs).toString();
    tokens.grantedScope = json.value(u"grantedScope"_qs).toString();
    tokens.expiry = QDateTime::fromString(json.value(u"expiry"_qs).toString(), Qt::ISODateWithMs);
    tokens.issued = QDateTime::fromString(json.value(u"issued"_qs).toString(), Qt::ISODateWithMs);
    return tokens;
}

} // namespace callout
