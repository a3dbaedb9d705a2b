#include "callout/model/TokenSet.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace callout {

QByteArray TokenSet::toBytes() const
{
    QJsonObject json{
        {u"accessToken"_s, accessToken}, {u"refreshToken"_s, refreshToken}, {u"grantedScope"_s, grantedScope}};
    if (expiry.isValid())
        json.insert(u"expiry"_s, expiry.toUTC().toString(Qt::ISODateWithMs));
    if (issued.isValid())
        json.insert(u"issued"_s, issued.toUTC().toString(Qt::ISODateWithMs));
    if (refreshExpiry.isValid())
        json.insert(u"refreshExpiry"_s, refreshExpiry.toUTC().toString(Qt::ISODateWithMs));
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
    tokens.accessToken = json.value(u"accessToken"_s).toString();
    tokens.refreshToken = json.value(u"refreshToken"_s).toString();
    tokens.grantedScope = json.value(u"grantedScope"_s).toString();
    tokens.expiry = QDateTime::fromString(json.value(u"expiry"_s).toString(), Qt::ISODateWithMs);
    tokens.issued = QDateTime::fromString(json.value(u"issued"_s).toString(), Qt::ISODateWithMs);
    tokens.refreshExpiry = QDateTime::fromString(json.value(u"refreshExpiry"_s).toString(), Qt::ISODateWithMs);
    return tokens;
}

} // namespace callout
