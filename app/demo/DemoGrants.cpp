#include "demo/DemoGrants.h"

#include "callout/core/Clock.h"
#include "callout/core/ConstantTime.h"
#include "callout/oauth/OAuthRandom.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace callout::demo {

namespace {

// Expired entries are kept this long, so that a late reuse is still told for what it is.
constexpr qint64 KeepAfterExpirySeconds = 3600;
const QString OfflineAccess = u"offline_access"_s;

// 256 random bits, base64url (43 characters).
QByteArray newSecret()
{
    return randomUrlSafeToken(32);
}

QByteArray key(const QByteArray &value)
{
    return QCryptographicHash::hash(value, QCryptographicHash::Sha256);
}

// RFC 7636 §4.1: 43 to 128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~".
bool isWellFormedVerifier(const QByteArray &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    return std::all_of(verifier.begin(), verifier.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
            || c == '_' || c == '~';
    });
}

} // namespace

DemoGrants::DemoGrants(const Clock &clock, const DemoPolicy &policy)
    : m_clock(clock)
    , m_policy(policy)
{ }

QByteArray DemoGrants::newTicket(const AuthorizationRequest &request)
{
    prune();
    if (m_tickets.size() >= MaxPendingTickets)
        return {};
    QByteArray ticket = newSecret();
    m_tickets.insert(key(ticket), Ticket{request, m_clock.now().addSecs(std::chrono::seconds(TicketLifetime).count())});
    return ticket;
}

std::optional<AuthorizationRequest> DemoGrants::takeTicket(const QByteArray &ticket)
{
    prune();
    const auto it = m_tickets.find(key(ticket));
    if (ticket.isEmpty() || it == m_tickets.end())
        return std::nullopt;
    const Ticket taken = std::move(*it);
    m_tickets.erase(it); // one-time
    if (m_clock.now() >= taken.expires)
        return std::nullopt;
    return taken.request;
}

QByteArray DemoGrants::newCode(const AuthorizationRequest &request)
{
    prune();
    QByteArray code = newSecret();
    m_codes.insert(key(code), Code{request, m_clock.now().addSecs(CodeLifetime.count())});
    return code;
}

TokenAnswer DemoGrants::exchangeCode(const QByteArray &code, const QString &redirectUri, const QByteArray &verifier)
{
    prune();
    const auto it = m_codes.find(key(code));
    if (code.isEmpty() || it == m_codes.end())
        return TokenAnswer::refused(u"invalid_grant"_s, u"The authorization code is not known to the demo service."_s);
    if (it->used) {
        // Someone has it who should not: what its first use gave is taken back (RFC 6749 §4.1.2).
        if (it->session)
            revokeSession(it->session, u"The session was revoked: its authorization code was used twice."_s);
        return TokenAnswer::refused(
            u"invalid_grant"_s, u"The authorization code was used already; the tokens issued for it are revoked."_s);
    }
    it->used = true; // whatever follows: a code gets one try, so a verifier cannot be guessed
    if (m_clock.now() >= it->expires)
        return TokenAnswer::refused(u"invalid_grant"_s, u"The authorization code has expired."_s);
    if (redirectUri != it->request.redirectUri)
        return TokenAnswer::refused(u"invalid_grant"_s,
                                    u"The redirect_uri is not the one of the authorization request."_s);
    if (!isWellFormedVerifier(verifier) || !constantTimeEquals(Pkce::challengeFor(verifier), it->request.challenge))
        return TokenAnswer::refused(u"invalid_grant"_s,
                                    u"The code_verifier does not match the code_challenge (PKCE)."_s);
    const quint64 sessionId = m_nextSession++;
    m_sessions.insert(sessionId, Session{m_clock.now(), it->request.scopes, {}});
    it->session = sessionId;
    return issue(sessionId, it->request.scopes);
}

TokenAnswer DemoGrants::refresh(const QByteArray &refreshToken, const QStringList &scopes)
{
    prune();
    const auto it = m_refreshTokens.find(key(refreshToken));
    if (refreshToken.isEmpty() || it == m_refreshTokens.end())
        return TokenAnswer::refused(u"invalid_grant"_s, u"The refresh token is not known to the demo service."_s);
    const auto session = m_sessions.find(it->session);
    if (session == m_sessions.end())
        return TokenAnswer::refused(u"invalid_grant"_s, sessionEndedText());
    if (it->used) {
        // Rotation: the first use of a refresh token replaced it; a second use means two parties
        // hold it, so the session ends for both (OAuth 2.0 Security BCP §4.14.2).
        revokeSession(it->session, u"The session was revoked: one of its refresh tokens was used twice."_s);
        return TokenAnswer::refused(u"invalid_grant"_s,
                                    u"The refresh token was used already; the demo service ended the session, as "
                                    "someone else may hold it. Sign in again."_s);
    }
    if (!session->revoked.isEmpty())
        return TokenAnswer::refused(u"invalid_grant"_s, session->revoked);
    if (m_clock.now() >= sessionEnd(*session))
        return TokenAnswer::refused(u"invalid_grant"_s, sessionEndedText());
    for (const QString &scope : scopes) {
        if (!session->scopes.contains(scope))
            return TokenAnswer::refused(u"invalid_scope"_s,
                                        u"The refresh asks for a scope the session was not granted."_s);
    }
    it->used = true;
    return issue(it->session, scopes.isEmpty() ? session->scopes : scopes);
}

void DemoGrants::revoke(const QByteArray &token)
{
    prune();
    const QByteArray k = key(token);
    if (const auto refresh = m_refreshTokens.constFind(k); refresh != m_refreshTokens.cend())
        revokeSession(refresh->session, u"The session was revoked (signed out)."_s);
    else if (const auto access = m_accessTokens.find(k); access != m_accessTokens.end())
        access->revoked = true;
}

AccessCheck DemoGrants::checkAccessToken(const QByteArray &token) const
{
    const auto it = m_accessTokens.constFind(key(token));
    if (token.isEmpty() || it == m_accessTokens.cend())
        return AccessCheck::refused(u"The access token is not known to the demo service."_s);
    const auto session = m_sessions.constFind(it->session);
    if (session == m_sessions.cend())
        return AccessCheck::refused(sessionEndedText());
    if (it->revoked)
        return AccessCheck::refused(u"The access token was revoked."_s);
    if (!session->revoked.isEmpty())
        return AccessCheck::refused(session->revoked);
    const QDateTime now = m_clock.now();
    if (now >= sessionEnd(*session))
        return AccessCheck::refused(sessionEndedText());
    if (now >= it->expires)
        return AccessCheck::refused(u"The access token has expired."_s);
    AccessCheck check;
    check.valid = true;
    check.expires = it->expires;
    check.sessionEnds = sessionEnd(*session);
    check.scopes = it->scopes;
    return check;
}

QString DemoGrants::sessionLengthText() const
{
    const qint64 seconds = m_policy.sessionLength.count();
    if (seconds >= 60 && seconds % 60 == 0)
        return seconds == 60 ? u"1 minute"_s : u"%1 minutes"_s.arg(seconds / 60);
    return seconds == 1 ? u"1 second"_s : u"%1 seconds"_s.arg(seconds);
}

TokenAnswer DemoGrants::issue(quint64 sessionId, const QStringList &scopes)
{
    TokenAnswer answer;
    answer.scopes = scopes;
    answer.accessToken = newSecret();
    m_accessTokens.insert(key(answer.accessToken),
                          AccessToken{sessionId, m_clock.now().addSecs(m_policy.tokenLifetime.count()), scopes});
    if (m_sessions.value(sessionId).scopes.contains(OfflineAccess)) {
        answer.refreshToken = newSecret();
        m_refreshTokens.insert(key(answer.refreshToken), RefreshToken{sessionId});
    }
    return answer;
}

void DemoGrants::revokeSession(quint64 sessionId, const QString &why)
{
    const auto session = m_sessions.find(sessionId);
    if (session != m_sessions.end() && session->revoked.isEmpty())
        session->revoked = why;
}

QDateTime DemoGrants::sessionEnd(const Session &session) const
{
    return session.started.addSecs(m_policy.sessionLength.count());
}

QString DemoGrants::sessionEndedText() const
{
    return u"The demo service ended the session after %1, however often it was refreshed: sign in again."_s.arg(
        sessionLengthText());
}

void DemoGrants::prune()
{
    const QDateTime now = m_clock.now();
    const QDateTime longAgo = now.addSecs(-KeepAfterExpirySeconds);
    m_tickets.removeIf([&now](const auto &entry) { return now >= entry.value().expires; });
    m_codes.removeIf([&longAgo](const auto &entry) { return longAgo >= entry.value().expires; });
    m_accessTokens.removeIf([&longAgo](const auto &entry) { return longAgo >= entry.value().expires; });
    const qsizetype sessionsBefore = m_sessions.size();
    m_sessions.removeIf([this, &longAgo](const auto &entry) { return longAgo >= sessionEnd(entry.value()); });
    if (m_sessions.size() != sessionsBefore)
        m_refreshTokens.removeIf([this](const auto &entry) { return !m_sessions.contains(entry.value().session); });
}

} // namespace callout::demo
