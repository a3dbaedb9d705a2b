#pragma once

#include "callout/core/Error.h"
#include "callout/core/Result.h"
#include "callout/model/AuthStatus.h"
#include "callout/model/Configuration.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <optional>

namespace callout {

class AuthProvider;
class BrowserOpener;
class ProviderDiscovery;
class Clock;
class CredentialCatalog;
class SecretStore;
class SignInAttempt;
class TokenSet;

// What one sign-in may differ in. Given per attempt, so one caller's choice never outlives it.
struct SignInOptions {
    static constexpr std::chrono::milliseconds DefaultTimeout = std::chrono::minutes(5);
    static constexpr std::chrono::milliseconds MinTimeout = std::chrono::seconds(1);
    static constexpr std::chrono::milliseconds MaxTimeout = std::chrono::hours(1);

    // How long to wait for the user to come back from the browser; clamped to MinTimeout … MaxTimeout
    // (QTimer refuses or wraps much larger values).
    std::chrono::milliseconds timeout = DefaultTimeout;

    SignInOptions clamped() const;
};

// Signs the user in to named credentials through the browser, one sign-in at a time per
// credential. A successful sign-in replaces the credential's tokens in the keychain (one item,
// one write) and its sign-in record; a failed or cancelled one leaves both as they were, with the
// error recorded. A change that discards the credential's tokens (import, sign-out) or removes it
// cancels its pending sign-in: the tokens it would bring are for what the credential was.
//
// Every entry point and signal names a credential by its id (stable across renames), never by name.
class SignInService : public QObject
{
    Q_OBJECT

public:
    SignInService(CredentialCatalog &catalog, SecretStore &secrets, BrowserOpener &browser, const Clock &clock,
                  QObject *parent = nullptr);
    ~SignInService() override;

    // Starts the sign-in of a named credential. The outcome comes only through signInFinished(),
    // always after signIn() has returned, also when it fails at once (unknown id, no provider…).
    // While one is pending for the credential, asks for the browser again and joins it: that
    // attempt's options stand, and its one signInFinished() answers both callers. A provider with
    // only an issuer is completed from its metadata first (and saved).
    void signIn(const QString &credentialId, const SignInOptions &options = {});
    void cancel(const QString &credentialId);
    bool isSigningIn(const QString &credentialId) const;
    // How long the pending sign-in still waits for the browser; nothing when none waits yet.
    std::optional<std::chrono::milliseconds> remainingTime(const QString &credentialId) const;
    // The sign-in page of the pending sign-in, for Copy (empty while none is pending or known yet).
    QUrl pendingSignInUrl(const QString &credentialId) const;
    // Whether the browser took the pending sign-in's page (false also when none is pending).
    bool browserOpened(const QString &credentialId) const;
    // Hands a fresh sign-in page of the pending sign-in to the browser (Open again); signInUrl()
    // follows. Nothing when none is pending.
    void openBrowserAgain(const QString &credentialId);

Q_SIGNALS:
    // The sign-in page: shown by the UI or printed by the CLI, for a browser elsewhere. Emitted
    // again with browserOpened false when a launch that looked started fails later.
    void signInUrl(const QString &credentialId, const QUrl &url, bool browserOpened);
    // Error code None: signed in.
    void signInFinished(const QString &credentialId, const callout::Error &error);

private:
    // One sign-in in progress, by credential id.
    struct PendingSignIn {
        SignInOptions options;
        QPointer<SignInAttempt> attempt; // null while discovering endpoints or reading the client secret
        QUrl url;                        // the sign-in page, once known
        bool browserOpened = false;      // whether the browser took `url`
        AuthStatus statusBefore = AuthStatus::SignedOut; // where a failed attempt goes back to
        quint64 serial = 0;                              // which sign-in of the credential this is
        bool marked = false;                             // the record says signing-in (from then on, changes cancel it)
        Configuration configuration;                     // as it was when marked: what the tokens will be bound to
    };

    void insertPending(const QString &credentialId, PendingSignIn pending);
    bool isCurrent(const QString &credentialId, quint64 serial) const;
    void onRecordChanged(const QString &credentialId);
    void onConfigurationChanged();
    void abandon(const QString &credentialId, const Error &reason);
    void showPageAgain(const QString &credentialId);
    void openBrowser(const QString &credentialId, const QUrl &url);
    void discoverThenSignIn(const QString &credentialId, const AuthProvider &provider);
    Result<void> markSigningIn(const QString &credentialId, PendingSignIn &pending);
    void readSecretThenStart(const QString &credentialId, const AuthProvider &provider);
    void startAttempt(const QString &credentialId, const QString &clientSecret);
    void storeTokens(const QString &credentialId, const TokenSet &tokens, const QString &user);
    void failLater(const QString &credentialId, const Error &error);
    void complete(const QString &credentialId, const Error &error);

    CredentialCatalog &m_catalog;
    SecretStore &m_secrets;
    BrowserOpener &m_browser;
    const Clock &m_clock;
    ProviderDiscovery *m_discovery;
    QHash<QString, PendingSignIn> m_pending;
    quint64 m_lastSerial = 0;
};

} // namespace callout
