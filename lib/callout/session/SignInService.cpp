#include "callout/session/SignInService.h"

#include "callout/oauth/BrowserOpener.h"
#include "callout/core/Clock.h"
#include "callout/store/CredentialCatalog.h"
#include "callout/core/Logging.h"
#include "callout/oauth/ProviderDiscovery.h"
#include "callout/store/SecretStore.h"
#include "callout/session/SignInAttempt.h"
#include "callout/model/TokenDiscard.h"

using namespace Qt::StringLiterals;

namespace callout {

SignInService::SignInService(CredentialCatalog &catalog, SecretStore &secrets, BrowserOpener &browser,
                             const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_secrets(secrets)
    , m_browser(browser)
    , m_clock(clock)
    , m_discovery(new ProviderDiscovery(this))
{
    qRegisterMetaType<callout::Error>();
}

SignInService::~SignInService() = default;

bool SignInService::isSigningIn(const QString &credentialId) const
{
    return m_attempts.contains(credentialId);
}

Result<void> SignInService::signIn(const QString &credentialName)
{
    const Configuration &config = m_catalog.configuration();
    const NamedCredential *credential = config.credentialByName(credentialName);
    if (!credential)
        return Error(ErrorCode::NotFound, tr("No named credential is called %1.").arg(credentialName));
    const AuthProvider *provider = config.providerByName(credential->authProvider);
    if (!provider)
        return Error(ErrorCode::InvalidConfiguration,
                     tr("No auth provider is called %1.").arg(credential->authProvider));
    const QString id = credential->id;
    if (isSigningIn(id)) {
        // Already waiting for the browser: show the page again rather than start a second attempt.
        const QUrl url = m_urls.value(id);
        if (!url.isEmpty())
            Q_EMIT signInUrl(id, url, m_browser.open(url));
        return {};
    }

    if (!provider->hasEndpoints()) {
        if (provider->issuer.isEmpty())
            return Error(ErrorCode::InvalidConfiguration,
                         tr("The auth provider %1 has no endpoints.").arg(provider->name),
                         u"authProviders.%1.authorizeUrl"_s.arg(provider->name));
        // The user asked to sign in: discover the endpoints now, save them, then go on. They are
        // never fetched again behind the user's back.
        discoverThenSignIn(credentialName, *provider);
        return {};
    }
    ExternalAuthentication record = m_catalog.externalAuthentication(id);
    const AuthStatus before = record.status;
    record.status = AuthStatus::SigningIn;
    if (before != AuthStatus::SigningIn) {
        if (const Result<void> updated = m_catalog.updateExternalAuthentication(record); !updated.ok())
            return updated;
        m_statusBefore.insert(id, before); // where to go back to if this attempt fails
    }
    m_attempts.insert(id, nullptr);

    if (provider->clientAuthentication == ClientAuthentication::None) {
        startAttempt(id, {});
        return {};
    }
    m_secrets.read(secretkeys::providerClientSecret(provider->id), this, [this, id](Result<QByteArray> secret) {
        if (!secret.ok()) {
            complete(id,
                     secret.error().code == ErrorCode::SecretNotFound
                         ? Error(ErrorCode::ClientConfiguration,
                                 tr("No client secret is stored for this auth provider: import it with "
                                    "clientSecret."))
                         : secret.error());
            return;
        }
        startAttempt(id, QString::fromUtf8(secret.value()));
    });
    return {};
}

void SignInService::discoverThenSignIn(const QString &credentialName, const AuthProvider &provider)
{
    const QString id = m_catalog.configuration().credentialByName(credentialName)->id;
    m_attempts.insert(id, nullptr);
    m_discovery->discover(provider, [this, id, credentialName](Result<AuthProvider> discovered) {
        if (!discovered.ok()) {
            m_attempts.remove(id);
            Q_EMIT signInFinished(id, discovered.error());
            return;
        }
        m_catalog.updateProvider(discovered.value(), [this, id, credentialName](Result<void> saved) {
            m_attempts.remove(id);
            if (!saved.ok()) {
                Q_EMIT signInFinished(id, saved.error());
                return;
            }
            if (const Result<void> started = signIn(credentialName); !started.ok())
                Q_EMIT signInFinished(id, started.error());
        });
    });
}

void SignInService::startAttempt(const QString &credentialId, const QString &clientSecret)
{
    const Configuration &config = m_catalog.configuration();
    const NamedCredential *credential = config.credentialById(credentialId);
    const AuthProvider *provider = credential ? config.providerByName(credential->authProvider) : nullptr;
    if (!provider) {
        complete(credentialId, Error(ErrorCode::NotFound, tr("The named credential was removed.")));
        return;
    }
    const QString scopes = credential->scopes.isEmpty() ? provider->defaultScopes : credential->scopes;
    auto *attempt
        = new SignInAttempt(*provider, clientSecret, scopes, credential->displayLabel(), m_clock, m_timeout, this);
    m_attempts.insert(credentialId, attempt);
    connect(attempt, &SignInAttempt::browserRequested, this, [this, credentialId](const QUrl &url) {
        m_urls.insert(credentialId, url);
        const bool opened = m_browser.open(url);
        if (!opened)
            qCWarning(lcOAuth) << "no browser could be opened; the sign-in URL is shown to the user instead";
        Q_EMIT signInUrl(credentialId, url, opened);
    });
    connect(attempt, &SignInAttempt::finished, this,
            [this, credentialId, attempt](const Result<SignInAttempt::Outcome> &result) {
                attempt->deleteLater();
                if (!result.ok()) {
                    complete(credentialId, result.error());
                    return;
                }
                const SignInAttempt::Outcome outcome = result.value();
                // Tokens first: the record says signed-in only once they are in the keychain.
                m_secrets.write(secretkeys::credentialTokens(credentialId), outcome.tokens.toBytes(), this,
                                [this, credentialId, outcome](Result<void> written) {
                                    if (!written.ok()) {
                                        complete(credentialId, written.error());
                                        return;
                                    }
                                    ExternalAuthentication record = m_catalog.externalAuthentication(credentialId);
                                    record.status = AuthStatus::SignedIn;
                                    record.user = outcome.user;
                                    record.grantedScopes = outcome.tokens.grantedScope;
                                    record.accessTokenExpiry = outcome.tokens.expiry;
                                    record.lastError = {};
                                    record.notice.clear();
                                    if (const NamedCredential *c
                                        = m_catalog.configuration().credentialById(credentialId))
                                        record.tokenBinding = tokenBinding(m_catalog.configuration(), *c);
                                    (void)m_catalog.updateExternalAuthentication(record);
                                    complete(credentialId, {});
                                });
            });
    attempt->start();
}

void SignInService::cancel(const QString &credentialName)
{
    const NamedCredential *credential = m_catalog.configuration().credentialByName(credentialName);
    if (!credential)
        return;
    if (SignInAttempt *attempt = m_attempts.value(credential->id))
        attempt->cancel();
}

void SignInService::complete(const QString &credentialId, const Error &error)
{
    m_attempts.remove(credentialId);
    m_urls.remove(credentialId);
    const AuthStatus before = m_statusBefore.take(credentialId);
    if (error.code != ErrorCode::None && m_catalog.configuration().credentialById(credentialId)) {
        // Back to where it was, tokens untouched, with the reason; a configuration problem is an error.
        ExternalAuthentication record = m_catalog.externalAuthentication(credentialId);
        record.status = error.code == ErrorCode::ClientConfiguration ? AuthStatus::Error : before;
        record.lastError = error;
        (void)m_catalog.updateExternalAuthentication(record);
    }
    Q_EMIT signInFinished(credentialId, error);
}

} // namespace callout
