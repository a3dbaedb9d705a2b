#include "callout/session/SignInService.h"

#include "callout/core/Clock.h"
#include "callout/core/Logging.h"
#include "callout/model/TokenDiscard.h"
#include "callout/oauth/BrowserOpener.h"
#include "callout/oauth/ProviderDiscovery.h"
#include "callout/session/SignInAttempt.h"
#include "callout/store/CredentialCatalog.h"
#include "callout/store/SecretStore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callout {

SignInOptions SignInOptions::clamped() const
{
    return {std::clamp(timeout, MinTimeout, MaxTimeout)};
}

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
    connect(&catalog, &CredentialCatalog::externalAuthenticationChanged, this, &SignInService::onRecordChanged);
    connect(&catalog, &CredentialCatalog::configurationChanged, this, &SignInService::onConfigurationChanged);
}

SignInService::~SignInService() = default;

void SignInService::insertPending(const QString &credentialId, PendingSignIn pending)
{
    pending.serial = ++m_lastSerial;
    m_pending.emplace(credentialId, std::move(pending));
}

// Whether the sign-in `serial` still waits (neither finished nor cancelled, nor replaced by another).
bool SignInService::isCurrent(const QString &credentialId, quint64 serial) const
{
    const auto pending = m_pending.constFind(credentialId);
    return pending != m_pending.cend() && pending->serial == serial;
}

namespace {
Error credentialChanged()
{
    return Error(
        ErrorCode::SignInCancelled,
        SignInService::tr("The sign-in was cancelled: the credential changed while it waited. Sign in again."));
}
} // namespace

// Someone else moved the record away from signing-in: tokens discarded, or signed out.
void SignInService::onRecordChanged(const QString &credentialId)
{
    const auto pending = m_pending.constFind(credentialId);
    if (pending == m_pending.cend() || !pending->marked
        || m_catalog.externalAuthentication(credentialId).status == AuthStatus::SigningIn)
        return;
    abandon(credentialId, credentialChanged());
}

// Removed, or changed so that its tokens are discarded (the same rule as for stored tokens).
void SignInService::onConfigurationChanged()
{
    const Configuration &now = m_catalog.configuration();
    const QStringList ids = m_pending.keys();
    for (const QString &id : ids) {
        const auto pending = m_pending.constFind(id);
        if (pending == m_pending.cend())
            continue; // ended meanwhile (an earlier cancellation's listeners)
        if (!now.credentialById(id)) {
            abandon(
                id,
                Error(ErrorCode::SignInCancelled, tr("The sign-in was cancelled: the named credential was removed.")));
            continue;
        }
        const QList<TokenDiscard> discards
            = pending->marked ? tokensToDiscard(pending->configuration, now) : QList<TokenDiscard>();
        if (std::any_of(discards.cbegin(), discards.cend(),
                        [&id](const TokenDiscard &d) { return d.credentialId == id; }))
            abandon(id, credentialChanged());
    }
}

// Ends a pending sign-in for a reason of its own: the browser is told, the listener closes, and
// whatever it would still bring is dropped.
void SignInService::abandon(const QString &credentialId, const Error &reason)
{
    const PendingSignIn pending = m_pending.take(credentialId);
    qCInfo(lcOAuth) << "sign-in of" << credentialId << "abandoned:" << reason.message;
    if (SignInAttempt *attempt = pending.attempt) {
        disconnect(attempt, nullptr, this, nullptr);
        attempt->cancel(reason);
        attempt->deleteLater();
    }
    ExternalAuthentication record = m_catalog.externalAuthentication(credentialId);
    if (pending.marked && record.status == AuthStatus::SigningIn
        && m_catalog.configuration().credentialById(credentialId)) {
        record.status = pending.statusBefore;
        record.lastError = reason;
        (void)m_catalog.updateExternalAuthentication(record);
    }
    Q_EMIT signInFinished(credentialId, reason);
}

bool SignInService::isSigningIn(const QString &credentialId) const
{
    return m_pending.contains(credentialId);
}

std::optional<std::chrono::milliseconds> SignInService::remainingTime(const QString &credentialId) const
{
    const auto pending = m_pending.constFind(credentialId);
    if (pending == m_pending.cend() || !pending->attempt)
        return std::nullopt;
    return pending->attempt->remainingTime();
}

void SignInService::signIn(const QString &credentialId, const SignInOptions &options)
{
    if (isSigningIn(credentialId)) {
        showPageAgain(credentialId); // rather than start a second attempt
        return;
    }
    const Configuration &config = m_catalog.configuration();
    const NamedCredential *credential = config.credentialById(credentialId);
    if (!credential) {
        failLater(credentialId, Error(ErrorCode::NotFound, tr("This named credential no longer exists.")));
        return;
    }
    const AuthProvider *provider = config.providerByName(credential->authProvider);
    if (!provider) {
        failLater(
            credentialId,
            Error(ErrorCode::InvalidConfiguration, tr("No auth provider is called %1.").arg(credential->authProvider)));
        return;
    }
    PendingSignIn pending;
    pending.options = options.clamped();
    if (!provider->hasEndpoints()) {
        if (provider->issuer.isEmpty()) {
            failLater(credentialId,
                      Error(ErrorCode::InvalidConfiguration,
                            tr("The auth provider %1 has no endpoints.").arg(provider->name),
                            u"authProviders.%1.authorizeUrl"_s.arg(provider->name)));
            return;
        }
        insertPending(credentialId, pending);
        discoverThenSignIn(credentialId, *provider);
        return;
    }
    if (const Result<void> marked = markSigningIn(credentialId, pending); !marked.ok()) {
        failLater(credentialId, marked.error());
        return;
    }
    insertPending(credentialId, pending);
    readSecretThenStart(credentialId, *provider);
}

void SignInService::showPageAgain(const QString &credentialId)
{
    // The start URL is single-use, and the browser may have used it: a fresh one.
    PendingSignIn &pending = m_pending[credentialId];
    const QUrl url = pending.attempt ? pending.attempt->newStartUrl() : QUrl();
    if (url.isEmpty())
        return;
    openBrowser(credentialId, url);
}

void SignInService::openBrowserAgain(const QString &credentialId)
{
    if (isSigningIn(credentialId))
        showPageAgain(credentialId);
}

QUrl SignInService::pendingSignInUrl(const QString &credentialId) const
{
    return m_pending.value(credentialId).url;
}

bool SignInService::browserOpened(const QString &credentialId) const
{
    return m_pending.value(credentialId).browserOpened;
}

// Hands `url` to the browser and says so; says so again if the launch fails later (while the
// page is still the current one of the same sign-in).
void SignInService::openBrowser(const QString &credentialId, const QUrl &url)
{
    PendingSignIn &pending = m_pending[credentialId];
    const quint64 serial = pending.serial;
    pending.url = url;
    pending.browserOpened = m_browser.open(url, this, [this, credentialId, serial, url] {
        if (!isCurrent(credentialId, serial) || m_pending.value(credentialId).url != url)
            return;
        m_pending[credentialId].browserOpened = false; // the opener warned already
        qCInfo(lcOAuth) << "the browser did not open; the sign-in URL is shown to the user instead";
        Q_EMIT signInUrl(credentialId, url, false);
    });
    if (!pending.browserOpened)
        qCWarning(lcOAuth) << "no browser could be opened; the sign-in URL is shown to the user instead";
    Q_EMIT signInUrl(credentialId, url, pending.browserOpened);
}

void SignInService::discoverThenSignIn(const QString &credentialId, const AuthProvider &provider)
{
    // The user asked to sign in: discover the endpoints now, save them, then go on. They are
    // never fetched again behind the user's back.
    const quint64 serial = m_pending.value(credentialId).serial;
    m_discovery->discover(provider, [this, credentialId, serial](Result<AuthProvider> discovered) {
        if (!isCurrent(credentialId, serial))
            return; // cancelled meanwhile: its caller has the answer
        if (!discovered.ok()) {
            failLater(credentialId, discovered.error());
            return;
        }
        m_catalog.updateProvider(discovered.value(), [this, credentialId, serial](const Result<void> &saved) {
            if (!isCurrent(credentialId, serial))
                return;
            if (!saved.ok()) {
                failLater(credentialId, saved.error());
                return;
            }
            const SignInOptions options = m_pending.take(credentialId).options;
            signIn(credentialId, options);
        });
    });
}

Result<void> SignInService::markSigningIn(const QString &credentialId, PendingSignIn &pending)
{
    ExternalAuthentication record = m_catalog.externalAuthentication(credentialId);
    pending.configuration = m_catalog.configuration();
    pending.marked = true;
    if (record.status == AuthStatus::SigningIn)
        return {}; // not expected (state.json never keeps it): a failure goes to signed-out
    pending.statusBefore = record.status;
    record.status = AuthStatus::SigningIn;
    return m_catalog.updateExternalAuthentication(record);
}

void SignInService::readSecretThenStart(const QString &credentialId, const AuthProvider &provider)
{
    if (provider.clientAuthentication == ClientAuthentication::None) {
        startAttempt(credentialId, {});
        return;
    }
    const quint64 serial = m_pending.value(credentialId).serial;
    m_secrets.read(secretkeys::providerClientSecret(provider.id), this,
                   [this, credentialId, serial](Result<QByteArray> secret) {
                       if (!isCurrent(credentialId, serial))
                           return; // cancelled meanwhile: its caller has the answer
                       if (secret.ok()) {
                           startAttempt(credentialId, QString::fromUtf8(secret.value()));
                           return;
                       }
                       complete(credentialId,
                                secret.error().code == ErrorCode::SecretNotFound
                                    ? Error(ErrorCode::ClientConfiguration,
                                            tr("No client secret is stored for this auth provider: "
                                               "import it with clientSecret."))
                                    : secret.error());
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
    PendingSignIn &pending = m_pending[credentialId];
    auto *attempt = new SignInAttempt(*provider, clientSecret, scopes, credential->displayLabel(), m_clock,
                                      pending.options.timeout, this);
    pending.attempt = attempt;
    connect(attempt, &SignInAttempt::browserRequested, this,
            [this, credentialId](const QUrl &url) { openBrowser(credentialId, url); });
    connect(attempt, &SignInAttempt::finished, this,
            [this, credentialId, attempt](const Result<SignInAttempt::Outcome> &result) {
                attempt->deleteLater();
                if (result.ok())
                    storeTokens(credentialId, result.value().tokens, result.value().user);
                else
                    complete(credentialId, result.error());
            });
    attempt->start();
}

void SignInService::storeTokens(const QString &credentialId, const TokenSet &tokens, const QString &user)
{
    // Tokens first: the record says signed-in only once they are in the keychain.
    const quint64 serial = m_pending.value(credentialId).serial;
    m_secrets.write(secretkeys::credentialTokens(credentialId), tokens.toBytes(), this,
                    [this, credentialId, serial, tokens, user](const Result<void> &written) {
                        if (!isCurrent(credentialId, serial)) {
                            // Cancelled while the keychain wrote (the credential changed): keep nothing.
                            m_secrets.remove(secretkeys::credentialTokens(credentialId), this,
                                             [](const Result<void> &) {});
                            return;
                        }
                        if (!written.ok()) {
                            complete(credentialId, written.error());
                            return;
                        }
                        m_pending.remove(credentialId); // done: the record's change below is its own
                        ExternalAuthentication record = m_catalog.externalAuthentication(credentialId);
                        record.status = AuthStatus::SignedIn;
                        record.user = user;
                        record.grantedScopes = tokens.grantedScope;
                        record.accessTokenExpiry = tokens.expiry;
                        record.serverSessionEnd = tokens.refreshExpiry; // a new session: the old end is gone
                        record.lastError = {};
                        record.notice.clear();
                        if (const NamedCredential *c = m_catalog.configuration().credentialById(credentialId))
                            record.tokenBinding = tokenBinding(m_catalog.configuration(), *c);
                        (void)m_catalog.updateExternalAuthentication(record);
                        Q_EMIT signInFinished(credentialId, {});
                    });
}

void SignInService::cancel(const QString &credentialId)
{
    if (SignInAttempt *attempt = m_pending.value(credentialId).attempt)
        attempt->cancel();
    else if (m_pending.contains(credentialId)) // still discovering or reading the client secret
        abandon(credentialId, Error(ErrorCode::SignInCancelled, tr("The sign-in was cancelled.")));
}

void SignInService::failLater(const QString &credentialId, const Error &error)
{
    // Nothing was changed yet: no record to restore. Queued, so that the caller of signIn() hears
    // of it the same way as of every other outcome.
    m_pending.remove(credentialId);
    QMetaObject::invokeMethod(
        this, [this, credentialId, error] { Q_EMIT signInFinished(credentialId, error); }, Qt::QueuedConnection);
}

void SignInService::complete(const QString &credentialId, const Error &error)
{
    const PendingSignIn pending = m_pending.take(credentialId);
    if (error.code != ErrorCode::None && m_catalog.configuration().credentialById(credentialId)) {
        // Back to where it was, tokens untouched, with the reason; a configuration problem is an error.
        ExternalAuthentication record = m_catalog.externalAuthentication(credentialId);
        record.status = error.code == ErrorCode::ClientConfiguration ? AuthStatus::Error : pending.statusBefore;
        record.lastError = error;
        (void)m_catalog.updateExternalAuthentication(record);
    }
    Q_EMIT signInFinished(credentialId, error);
}

} // namespace callout
