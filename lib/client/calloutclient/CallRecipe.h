#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

namespace callout {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// What a call through a named credential needs from the agent: where the credential points and the
// headers that authenticate it, with the access token already in them. Handed out by the agent's
// `authorize` method (README, "Local API"); never holds a refresh token or a client secret.
struct CallRecipe {
    QString credential; // the named credential's name
    QUrl baseUrl;       // the credential's URL; every call stays under it
    HeaderList headers; // added to every request: Authorization (when generated), then the credential's own
    bool generatesAuthorization = true; // Generate Authorization Header: the caller may not send its own
    QString token;                      // the access token in `headers`; reported back when the server refuses it
    QDateTime expiresAt;                // when the token expires; invalid when unknown

    QJsonObject toJson() const;
    static std::optional<CallRecipe> fromJson(const QJsonObject &json); // nullopt when malformed
};

// Why no call could be made, in the local API's terms: `code` is one of protocol::code (e.g.
// sign-in-required, not-found, agent-unreachable, bad-request), `message` is for the user.
struct CallFailure {
    QString code;
    QString message;

    bool isFailure() const { return !code.isEmpty(); }
};

} // namespace callout
