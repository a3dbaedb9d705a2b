#include "calloutclient/CallRecipe.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// RFC 9110 token characters: what a field name may be made of.
bool isHeaderName(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    static const QByteArray extra("!#$%&'*+-.^_`|~");
    return std::all_of(name.cbegin(), name.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || extra.contains(c);
    });
}

// C0 controls other than tab, and DEL, as in a credential's own headers: CR/LF would start a header
// of its own, NUL end it early.
bool isHeaderValue(const QByteArray &value)
{
    return std::none_of(value.cbegin(), value.cend(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && c != '\t') || u == 0x7f;
    });
}

} // namespace

QJsonObject CallRecipe::toJson() const
{
    QJsonArray headerArray;
    for (const auto &[name, value] : headers)
        headerArray.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    return {{u"credential"_s, credential},
            {u"url"_s, baseUrl.toString(QUrl::FullyEncoded)},
            {u"headers"_s, headerArray},
            {u"generatesAuthorization"_s, generatesAuthorization},
            {u"token"_s, token},
            {u"expiresAt"_s,
             expiresAt.isValid() ? QJsonValue(expiresAt.toUTC().toString(Qt::ISODateWithMs))
                                 : QJsonValue(QJsonValue::Null)}};
}

// Strict: the recipe says where a token goes, so anything unexpected refuses it as a whole.
std::optional<CallRecipe> CallRecipe::fromJson(const QJsonObject &json)
{
    CallRecipe recipe;
    const QJsonValue credential = json.value(u"credential"_s);
    const QJsonValue url = json.value(u"url"_s);
    const QJsonValue headers = json.value(u"headers"_s);
    const QJsonValue generates = json.value(u"generatesAuthorization"_s);
    const QJsonValue token = json.value(u"token"_s);
    const QJsonValue expiresAt = json.value(u"expiresAt"_s);
    if (!credential.isString() || credential.toString().isEmpty() || !url.isString() || !headers.isArray()
        || !generates.isBool() || !token.isString())
        return std::nullopt;
    recipe.credential = credential.toString();
    recipe.baseUrl = QUrl(url.toString(), QUrl::StrictMode);
    const QString scheme = recipe.baseUrl.scheme();
    if (!recipe.baseUrl.isValid() || (scheme != u"https"_s && scheme != u"http"_s) || recipe.baseUrl.host().isEmpty())
        return std::nullopt;
    for (const QJsonValue &header : headers.toArray()) {
        const QJsonArray pair = header.toArray();
        if (!header.isArray() || pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
            return std::nullopt;
        const QString nameText = pair.at(0).toString();
        const QByteArray name = nameText.toLatin1();
        const QByteArray value = pair.at(1).toString().toUtf8();
        if (QString::fromLatin1(name) != nameText || !isHeaderName(name) || !isHeaderValue(value))
            return std::nullopt;
        recipe.headers.append({name, value});
    }
    recipe.generatesAuthorization = generates.toBool();
    recipe.token = token.toString();
    if (expiresAt.isString()) {
        recipe.expiresAt = QDateTime::fromString(expiresAt.toString(), Qt::ISODateWithMs);
        if (!recipe.expiresAt.isValid())
            return std::nullopt;
    } else if (!expiresAt.isNull() && !expiresAt.isUndefined()) {
        return std::nullopt;
    }
    return recipe;
}

} // namespace callout
