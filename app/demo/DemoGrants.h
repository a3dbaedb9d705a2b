#pragma once

#include "demo/DemoPolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace callout {
class Clock;
}

namespace callout::demo {

// An authorization request the server checked: what its code is bound to.
struct AuthorizationRequest {
    QString redirectUri; // as sent, compared exactly at the token endpoint
    QString state;
    QByteArray challenge; // PKCE S256 code_challenge
    QStringList scopes;
};

// What the token endpoint answers: tokens, or an OAuth error with its description.
struct TokenAnswer {
    QString error; // empty: success
    QString description;
    QByteArray accessToken;
    QByteArray refreshToken; // empty without offline_access
    QStringList scopes;

    bool ok() const { return error.isEmpty(); }
    static TokenAnswer refused(const QString &error, const QString &description)
    {
        TokenAnswer answer;
        answer.error = error;
        answer.description = description;
        return answer;
    }
};

// What the demo API learns about a bearer token.
struct AccessCheck {
    bool valid = false;
    QString problem; // why not, for error_description
    QDateTime expires;
    QDateTime sessionEnds;
    QStringList scopes;

    static AccessCheck refused(const QString &problem)
    {
        AccessCheck check;
        check.problem = problem;
        return check;
    }
};

// The authorization server's memory: sign-in tickets, codes, sessions (grant families) and their
// tokens, all one-time or timed by the injected clock. A session starts at the code exchange and
// ends `policy.sessionLength` later whatever the refreshes; a reused code or refresh token revokes
// it (OAuth 2.0 Security BCP §4.14). Values are random (256 bits) and kept only as SHA-256 hashes.
class DemoGrants
{
public:
    static constexpr auto TicketLifetime = std::chrono::minutes(10);
    static constexpr auto CodeLifetime = std::chrono::seconds(60);
    static constexpr int MaxPendingTickets = 1000; // any local user can load the page

    DemoGrants(const Clock &clock, const DemoPolicy &policy);

    // A one-time ticket for the sign-in page's form; empty when too many are pending.
    QByteArray newTicket(const AuthorizationRequest &request);
    // The request of an unused, unexpired ticket, which is used up.
    std::optional<AuthorizationRequest> takeTicket(const QByteArray &ticket);

    QByteArray newCode(const AuthorizationRequest &request);
    TokenAnswer exchangeCode(const QByteArray &code, const QString &redirectUri, const QByteArray &verifier);
    // `scopes` empty: those granted; else at most those.
    TokenAnswer refresh(const QByteArray &refreshToken, const QStringList &scopes);
    // RFC 7009: a refresh token ends its session, an access token only itself; unknown ones: nothing.
    void revoke(const QByteArray &token);

    AccessCheck checkAccessToken(const QByteArray &token) const;
    // "3 minutes", "8 seconds": how the server words its session length.
    QString sessionLengthText() const;

private:
    struct Ticket {
        AuthorizationRequest request;
        QDateTime expires;
    };
    struct Code {
        AuthorizationRequest request;
        QDateTime expires;
        bool used = false;
        quint64 session = 0; // what its exchange started
    };
    struct Session {
        QDateTime started;
        QStringList scopes;
        QString revoked; // why, when revoked
    };
    struct AccessToken {
        quint64 session = 0;
        QDateTime expires;
        QStringList scopes; // those of its session, or fewer (a refresh may narrow them)
        bool revoked = false;
    };
    struct RefreshToken {
        quint64 session = 0;
        bool used = false;
    };

    TokenAnswer issue(quint64 sessionId, const QStringList &scopes);
    void revokeSession(quint64 sessionId, const QString &why);
    QDateTime sessionEnd(const Session &session) const;
    QString sessionEndedText() const;
    void prune();

    const Clock &m_clock;
    const DemoPolicy &m_policy;
    // By SHA-256 of the value.
    QHash<QByteArray, Ticket> m_tickets;
    QHash<QByteArray, Code> m_codes;
    QHash<QByteArray, AccessToken> m_accessTokens;
    QHash<QByteArray, RefreshToken> m_refreshTokens;
    QHash<quint64, Session> m_sessions;
    quint64 m_nextSession = 1;
};

} // namespace callout::demo
