#include "callout/model/ExternalAuthentication.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

QDateTime readTime(const QJsonObject &json, const QString &key)
{
    return QDateTime::fromString(json.value(key).toString(), Qt::ISODateWithMs);
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

constexpr AuthEvent::Kind EventKinds[]{AuthEvent::Kind::SignedIn,  AuthEvent::Kind::Reauthenticated,
                                       AuthEvent::Kind::Refreshed, AuthEvent::Kind::Refused,
                                       AuthEvent::Kind::SignedOut, AuthEvent::Kind::TokensDiscarded};

// A malformed entry (hand-edited, or from a newer Callout) is skipped: the history is informative.
QList<AuthEvent> readHistory(const QJsonArray &array)
{
    QList<AuthEvent> history;
    for (const QJsonValue &value : array) {
        const QJsonObject entry = value.toObject();
        const auto kind = authEventFromName(entry.value(u"event"_s).toString());
        const QDateTime time = readTime(entry, u"time"_s);
        if (!kind || !time.isValid())
            continue;
        history.append({*kind, time, entry.value(u"detail"_s).toString()});
    }
    while (history.size() > ExternalAuthentication::HistoryLength)
        history.removeFirst();
    return history;
}

QJsonArray historyToJson(const QList<AuthEvent> &history)
{
    QJsonArray array;
    for (const AuthEvent &event : history) {
        QJsonObject entry{{u"event"_s, authEventName(event.kind)}, {u"time"_s, timeText(event.time)}};
        if (!event.detail.isEmpty())
            entry.insert(u"detail"_s, event.detail);
        array.append(entry);
    }
    return array;
}

} // namespace

QString authEventName(AuthEvent::Kind kind)
{
    switch (kind) {
    case AuthEvent::Kind::SignedIn: return u"signed-in"_s;
    case AuthEvent::Kind::Reauthenticated: return u"re-authenticated"_s;
    case AuthEvent::Kind::Refreshed: return u"refreshed"_s;
    case AuthEvent::Kind::Refused: return u"refused"_s;
    case AuthEvent::Kind::SignedOut: return u"signed-out"_s;
    case AuthEvent::Kind::TokensDiscarded: return u"tokens-discarded"_s;
    }
    return u"signed-in"_s;
}

std::optional<AuthEvent::Kind> authEventFromName(const QString &name)
{
    for (const AuthEvent::Kind kind : EventKinds) {
        if (authEventName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

void ExternalAuthentication::addEvent(AuthEvent event)
{
    history.append(std::move(event));
    while (history.size() > HistoryLength)
        history.removeFirst();
}

ExternalAuthentication ExternalAuthentication::fromJson(const QString &credentialId, const QJsonObject &json)
{
    ExternalAuthentication a;
    a.credentialId = credentialId;
    a.status = authStatusFromName(json.value(u"status"_s).toString()).value_or(AuthStatus::SignedOut);
    a.user = json.value(u"user"_s).toString();
    a.grantedScopes = json.value(u"grantedScopes"_s).toString();
    a.accessTokenExpiry = readTime(json, u"accessTokenExpiry"_s);
    a.lastRefresh = readTime(json, u"lastRefresh"_s);
    a.sessionStarted = readTime(json, u"sessionStarted"_s);
    a.serverSessionEnd = readTime(json, u"serverSessionEnd"_s);
    a.lastUsed = readTime(json, u"lastUsed"_s);
    a.nextRetry = readTime(json, u"nextRetry"_s);
    a.failedRefreshes = std::max(0, json.value(u"failedRefreshes"_s).toInt());
    const QJsonObject error = json.value(u"lastError"_s).toObject();
    a.lastError = Error(errorCodeFromName(error.value(u"code"_s).toString()), error.value(u"message"_s).toString(),
                        error.value(u"field"_s).toString());
    a.lastErrorTime = readTime(error, u"time"_s);
    a.history = readHistory(json.value(u"history"_s).toArray());
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
    for (const auto &[key, time] :
         {std::pair{u"sessionStarted"_s, sessionStarted}, std::pair{u"serverSessionEnd"_s, serverSessionEnd},
          std::pair{u"lastUsed"_s, lastUsed}}) {
        if (time.isValid())
            json.insert(key, timeText(time));
    }
    if (failedRefreshes > 0)
        json.insert(u"failedRefreshes"_s, failedRefreshes);
    if (lastError.code != ErrorCode::None) {
        QJsonObject error{{u"code"_s, errorCodeName(lastError.code)}, {u"message"_s, lastError.message}};
        if (!lastError.field.isEmpty())
            error.insert(u"field"_s, lastError.field);
        if (lastErrorTime.isValid())
            error.insert(u"time"_s, timeText(lastErrorTime));
        json.insert(u"lastError"_s, error);
    }
    putIfSet(u"notice"_s, notice);
    putIfSet(u"tokenBinding"_s, tokenBinding);
    if (!history.isEmpty())
        json.insert(u"history"_s, historyToJson(history));
    return json;
}

bool ExternalAuthentication::awaitsFirstSignIn() const
{
    if (status == AuthStatus::SignedOut)
        return true;
    if (status == AuthStatus::SignedIn || status == AuthStatus::Refreshing)
        return false;
    if (history.isEmpty())
        return true;
    const AuthEvent::Kind last = history.constLast().kind;
    return last == AuthEvent::Kind::SignedOut || last == AuthEvent::Kind::TokensDiscarded;
}

} // namespace callout
