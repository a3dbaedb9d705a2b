#pragma once

#include "callout/core/Result.h"
#include "callout/model/TokenSet.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace callout {

class Clock;
class CredentialCatalog;
class SecretStore;
struct TokenResponse;

// Hands out access tokens and keeps them fresh: the heart of Callout. For each named credential it
// decides whether a call can proceed (a usable token), can be fixed silently (refresh, retried with
// backoff when the failure is transient), or needs the user. It records the outcome in the
// credential's record (status, last error, retry state) and asks no one itself: AttentionTracker
// decides when to prompt. One refresh at a time per credential, however many callers wait.
//
// State: the record (CredentialCatalog) owns the status and the retry state (nextRetry,
// failedRefreshes), so backing off survives a restart; this class keeps only what is in memory —
// the tokens read from the keychain, the waiters, and when each credential was last used.
class TokenManager : public QObject
{
    Q_OBJECT

public:
    using TokenCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Result<void>)>;

    struct Settings {
        std::chrono::seconds lead{60};        // refresh this long before expiry (at most half the lifetime)
        std::chrono::seconds idleAfter{3600}; // no background refresh for credentials unused this long
        std::chrono::milliseconds retryBase{2000};
        std::chrono::milliseconds retryCap{5 * 60 * 1000};
        std::chrono::milliseconds requestTimeout{30'000};
        // A token refused this soon after the refresh that an earlier refusal caused: needs the user.
        std::chrono::seconds refusedAgainWindow{120};
        std::chrono::minutes longestSleep{10}; // re-read the clock at least this often (wall-clock jumps)
    };

    TokenManager(CredentialCatalog &catalog, SecretStore &secrets, const Clock &clock, QObject *parent = nullptr);
    ~TokenManager() override;

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }
    // For jitter in tests: a function returning a value in [0.5, 1].
    void setJitter(std::function<double()> jitter) { m_jitter = std::move(jitter); }

    // A usable access token for the named credential, refreshing first when needed. The callback
    // runs later, and not at all if `context` is destroyed first.
    void accessToken(const QString &credentialName, QObject *context, TokenCallback callback);
    // A call with `refusedToken` was refused (HTTP 401 / invalid_token). If it is the current token:
    // refresh once (shared with every other caller) and answer with the new token, or raise
    // sign-in-required. Without a token, or with one already replaced: answer with the current one.
    void reportExpired(const QString &credentialName, const QString &refusedToken, QObject *context,
                       TokenCallback callback);

    // The next time the single timer wakes up (invalid: nothing scheduled).
    QDateTime nextWakeUp() const;
    // When the credential's access token is next refreshed ahead of expiry, or a failed refresh
    // retried (invalid: none planned, e.g. unknown expiry, unused or signed out). The Details panel
    // and `calloutctl status --json` show it.
    QDateTime plannedRefresh(const QString &credentialId) const;
    // When `accessToken`, as handed out for the credential, expires (a call's recipe says so). Invalid
    // when unknown, or when it is no longer the credential's current token.
    QDateTime expiryOf(const QString &credentialId, const QString &accessToken) const;

public Q_SLOTS:
    // Refreshes what is due at the clock's now, then re-arms the timer.
    void runDue();
    // Re-arms the timer from the clock (after resume from suspend, or a clock change).
    void rearm();
    // Drops what is cached about a credential (new sign-in, discarded tokens).
    void forget(const QString &credentialId);

private:
    struct Waiter {
        QPointer<QObject> context;
        TokenCallback callback;
    };
    struct Session {
        std::optional<TokenSet> tokens;
        bool loading = false;
        bool refreshing = false;
        bool expiredReported = false;
        QList<Waiter> waiters;
        QDateTime lastUsed;
        QString lastRefreshedToken; // from the last refresh, when a refusal caused it
        QDateTime lastRefreshAt;
        bool signingIn = false; // the record's status was signing-in when last seen
        quint64 generation = 0; // counts forget(): a keychain read from before it is stale
    };

    void onExternalAuthenticationChanged(const QString &credentialId);
    bool isSigningIn(const QString &credentialId) const;
    static Error signInInProgress();
    std::optional<Error> unavailableReason(const QString &credentialId) const;
    std::optional<QString> enqueue(const QString &credentialName, QObject *context, TokenCallback callback);
    void withTokens(const QString &credentialId, std::function<void()> next);
    void serve(const QString &credentialId);
    void startRefresh(const QString &credentialId);
    void refreshWithSecret(const QString &credentialId, const QString &clientSecret);
    void onRefreshed(const QString &credentialId, const TokenResponse &response);
    void onRefreshFailed(const QString &credentialId, const Error &error);
    void startOver(const QString &credentialId);
    void dropRemovedCredentials();
    void needsUser(const QString &credentialId, const QString &reason);
    void configurationProblem(const QString &credentialId, Error error);
    void transientFailure(const QString &credentialId, const Error &error);
    void resolveWaiters(const QString &credentialId, const Result<QString> &result);
    void deliver(QObject *context, TokenCallback callback, Result<QString> result);
    Error backingOff(const QString &credentialId) const;
    std::optional<QDateTime> dueAt(const QString &credentialId, const Session &session) const;

    CredentialCatalog &m_catalog;
    SecretStore &m_secrets;
    const Clock &m_clock;
    Settings m_settings;
    std::function<double()> m_jitter;
    QHash<QString, Session> m_sessions; // by credential id
    QTimer m_timer;
};

} // namespace callout
