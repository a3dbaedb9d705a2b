#include "calloutclient/Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace callout::protocol {

ExitCode exitCodeFor(QStringView errorCode)
{
    return wire::exitCodeFor(std::u16string_view(errorCode.utf16(), std::size_t(errorCode.size())));
}

QJsonObject ErrorBody::toJson() const
{
    QJsonObject json{{u"code"_s, code}, {u"message"_s, message}};
    if (!field.isEmpty())
        json.insert(u"field"_s, field);
    if (!details.isEmpty())
        json.insert(u"details"_s, QJsonArray::fromStringList(details));
    return json;
}

ErrorBody ErrorBody::fromJson(const QJsonObject &json)
{
    ErrorBody body{
        json.value(u"code"_s).toString(), json.value(u"message"_s).toString(), json.value(u"field"_s).toString(), {}};
    for (const QJsonValue &detail : json.value(u"details"_s).toArray())
        body.details.append(detail.toString());
    return body;
}

QJsonObject request(const QJsonValue &id, QStringView method, const QJsonObject &params)
{
    return {{u"v"_s, Version}, {u"id"_s, id}, {u"method"_s, method.toString()}, {u"params"_s, params}};
}

QJsonObject okAnswer(const QJsonValue &id, const QJsonObject &result)
{
    return {{u"v"_s, Version}, {u"id"_s, id}, {u"ok"_s, true}, {u"result"_s, result}};
}

QJsonObject errorAnswer(const QJsonValue &id, const ErrorBody &error)
{
    return {{u"v"_s, Version}, {u"id"_s, id}, {u"ok"_s, false}, {u"error"_s, error.toJson()}};
}

QJsonObject errorAnswer(const QJsonValue &id, QStringView code, const QString &message)
{
    return errorAnswer(id, ErrorBody{code.toString(), message, {}, {}});
}

QJsonObject signInUrlEvent(const QJsonValue &id, const QUrl &url, bool browserOpened)
{
    return {{u"v"_s, Version},
            {u"id"_s, id},
            {u"event"_s, event::SignInUrl.toString()},
            {u"url"_s, url.toString(QUrl::FullyEncoded)},
            {u"browserOpened"_s, browserOpened}};
}

QJsonObject keychainLockedEvent(const QJsonValue &id)
{
    return {{u"v"_s, Version}, {u"id"_s, id}, {u"event"_s, event::KeychainLocked.toString()}};
}

QJsonObject waitingForUserEvent(const QJsonValue &id, const QString &message)
{
    return {{u"v"_s, Version}, {u"id"_s, id}, {u"event"_s, event::WaitingForUser.toString()}, {u"message"_s, message}};
}

QByteArray toLine(const QJsonObject &message)
{
    QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact);
    line.append('\n'); // in place: `+ '\n'` would copy a large answer whole
    return line;
}

QJsonValue idOf(const QJsonObject &message)
{
    return message.value(u"id"_s);
}

bool isEvent(const QJsonObject &message)
{
    return message.contains(u"event"_s);
}

QString eventName(const QJsonObject &message)
{
    return message.value(u"event"_s).toString();
}

bool isOk(const QJsonObject &answer)
{
    return answer.value(u"ok"_s).toBool();
}

QJsonObject resultOf(const QJsonObject &answer)
{
    return answer.value(u"result"_s).toObject();
}

ErrorBody errorOf(const QJsonObject &answer)
{
    return ErrorBody::fromJson(answer.value(u"error"_s).toObject());
}

} // namespace callout::protocol
