#pragma once

#include "callout/model/AuthStatus.h"
#include "callout/core/Error.h"
#include "callout/core/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

namespace callout {

class AuthProvider;
class BrowserOpener;
class ProviderDiscovery;
class Clock;
class CredentialCatalog;
class SecretStore;
class SignInAttempt;

// Signs the user in to named credentials through the browser, one sign-in at a time per
// credential. A successful sign-in replaces the credential's tokens in the keychain (one item,
// one write) and its sign-in record; a failed or cancelled one leaves both as they were, with the
// error recorded.
class SignInService : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::minutes DefaultTimeout{5};

    SignInService(CredentialCatalog &catalog, SecretStore &secrets, BrowserOpener &browser, const Clock &clock,
                  QObject *parent = nullptr);
    ~SignInService() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Starts the sign-in of a named credential. While one is pending for it, asks for the browser
    // again instead of starting another. A provider with only an issuer is completed from its
    // metadata first (and saved). signInFinished() follows in every case.
    Result<void> signIn(const QString &credentialName);
    void cancel(const QString &credentialName);
    bool isSigningIn(const QString &credentialId) const;

Q_SIGNALS:
    // The sign-in page: shown by the UI or printed by the CLI, for a browser elsewhere.
    void signInUrl(const QString &credentialId, const QUrl &url, bool browserOpened);
    // Error code None: signed in.
    void signInFinished(const QString &credentialId, const callout::Error &error);

private:
    void discoverThenSignIn(const QString &credentialName, const AuthProvider &provider);
    void startAttempt(const QString &credentialId, const QString &clientSecret);
    void complete(const QString &credentialId, const Error &error);

    CredentialCatalog &m_catalog;
    SecretStore &m_secrets;
    BrowserOpener &m_browser;
    const Clock &m_clock;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    ProviderDiscovery *m_discovery;
    QHash<QString, QPointer<SignInAttempt>> m_attempts; // by credential id
    QHash<QString, QUrl> m_urls;
    QHash<QString, AuthStatus> m_statusBefore;
};

} // namespace callout
