#pragma once

#include "callout/core/Error.h"
#include "callout/model/AuthStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace callout {

// One line of a sign-in's history (the Details panel, `calloutctl status NAME --json`). Never a token.
struct AuthEvent {
    enum class Kind { SignedIn, Reauthenticated, Refreshed, Refused, SignedOut, TokensDiscarded };
    Kind kind = Kind::SignedIn;
    QDateTime time;
    QString detail; // e.g. the server's own words for Refused, the reason for TokensDiscarded

    friend bool operator==(const AuthEvent &, const AuthEvent &) = default;
};

// "signed-in", "re-authenticated", "refreshed", "refused", "signed-out", "tokens-discarded".
QString authEventName(AuthEvent::Kind kind);
std::optional<AuthEvent::Kind> authEventFromName(const QString &name);

// The per-user sign-in record behind one named credential: what "Authentication Settings for
// External Systems" lists. Not secret; persisted in state.json. Tokens live in the keychain.
class ExternalAuthentication
{
public:
    QString credentialId;
    AuthStatus status = AuthStatus::SignedOut;
    QString user;                // from the ID token or the userinfo endpoint
    QString grantedScopes;       // space-separated, as granted by the server
    QDateTime accessTokenExpiry; // invalid = unknown (no expires_in)
    QDateTime lastRefresh;
    // When the current session began (the last successful sign-in; CredentialCatalog stamps it) and
    // when the server said it ends (refresh_token_expires_in, SessionEnd); invalid = unknown.
    QDateTime sessionStarted;
    QDateTime serverSessionEnd;
    // When a program last got a token for it (TokenManager, at most hourly): no warning before the end
    // of a session nobody uses.
    QDateTime lastUsed;
    // The retry state of refresh, owned here (persisted, so a restart keeps backing off): set after
    // a transient failure, cleared by a successful refresh, a new sign-in or sign-in-required.
    QDateTime nextRetry;     // while a transient refresh failure waits to be retried
    int failedRefreshes = 0; // transient refresh failures in a row: the backoff's attempt number
    Error lastError;         // code None when the last operation succeeded
    QDateTime lastErrorTime; // when lastError was set (CredentialCatalog stamps it)
    QString notice;          // a one-time explanation, e.g. why tokens were discarded
    // What the tokens were issued for (tokenBinding()): if callout.json is edited by hand so that
    // it no longer matches, the tokens are discarded at the next start.
    QString tokenBinding;
    // The last HistoryLength events, oldest first; persisted in state.json.
    QList<AuthEvent> history;
    static constexpr int HistoryLength = 20;

    // Appends an event, dropping the oldest beyond HistoryLength.
    void addEvent(AuthEvent event);

    // No session since the last sign-out: never signed in, signed out, or its tokens discarded. A
    // sign-in-required record may be one (a program asked for it first), or a session that ended.
    bool awaitsFirstSignIn() const;

    // Whether refresh is backing off after a transient failure at `now`.
    bool isWaitingToRetry(const QDateTime &now) const { return nextRetry.isValid() && now < nextRetry; }
    void clearRetry()
    {
        nextRetry = {};
        failedRefreshes = 0;
    }

    static ExternalAuthentication fromJson(const QString &credentialId, const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const ExternalAuthentication &, const ExternalAuthentication &) = default;
};

} // namespace callout
