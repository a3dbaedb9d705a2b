#include "callout/session/TokenManager.h"

#include "callout/core/Clock.h"
#include "callout/core/Logging.h"
#include "callout/oauth/AuthorizationCodeFlow.h"
#include "callout/oauth/OAuthNetworkAccessManager.h"
#include "callout/session/RefreshSchedule.h"
#include "callout/store/CredentialCatalog.h"
#include "callout/store/SecretStore.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace callout {

using namespace std::chrono;

namespace {

constexpr seconds LastUseResolution{3600};

// Whether two tokens are the same, in time that does not depend on where they differ: their
// digests are compared in full.
bool sameToken(const QString &a, const QString &b)
{
    const QByteArray da = QCryptographicHash::hash(a.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray db = QCryptographicHash::hash(b.toUtf8(), QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < da.size(); ++i)
        diff |= static_cast<unsigned char>(da.at(i) ^ db.at(i));
    return diff == 0;
}

} // namespace

TokenManager::TokenManager(CredentialCatalog &catalog, SecretStore &secrets, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_jitter([] { return 0.5 + QRandomGenerator::global()->generateDouble() / 2; })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TokenManager::runDue);
    connect(&catalog, &CredentialCatalog::tokensDiscarded, this,
            [this](const TokenDiscard &discard) { forget(discard.credentialId); });
    connect(&catalog, &CredentialCatalog::externalAuthenticationChanged, this,
            &TokenManager::onExternalAuthenticationChanged);
    connect(&catalog, &CredentialCatalog::configurationChanged, this, &TokenManager::dropRemovedCredentials);
}

TokenManager::~TokenManager() = default;

// A sign-in starts a new episode (no backing off from the old one's failures); when it ends, the
// tokens it stored (if any) replace what is cached. Meanwhile the old tokens are still handed out.
void TokenManager::onExternalAuthenticationChanged(const QString &credentialId)
{
    const bool signingIn = isSigningIn(credentialId);
    const bool wasSigningIn = std::exchange(m_sessions[credentialId].signingIn, signingIn);
    if (signingIn && !wasSigningIn)
        startOver(credentialId);
    else if (!signingIn && wasSigningIn)
        forget(credentialId);
}

bool TokenManager::isSigningIn(const QString &credentialId) const
{
    return m_catalog.externalAuthentication(credentialId).status == AuthStatus::SigningIn;
}

Error TokenManager::signInInProgress()
{
    return Error(ErrorCode::SignInRequired, tr("A sign-in is in progress: finish it in the browser."));
}

// ---- handing out tokens ----------------------------------------------------------------------

std::optional<Error> TokenManager::unavailableReason(const QString &credentialId) const
{
    const ExternalAuthentication record = m_catalog.externalAuthentication(credentialId);
    switch (record.status) {
    case AuthStatus::SignedIn:
    case AuthStatus::Refreshing:
    case AuthStatus::SigningIn: return std::nullopt; // a re-authentication: the old tokens still work
    case AuthStatus::SignedOut: {
        const NamedCredential *credential = m_catalog.configuration().credentialById(credentialId);
        const QString name = credential ? credential->name : credentialId;
        return Error(
            ErrorCode::SignInRequired,
            tr("%1 has not been signed in yet: run `calloutctl login %1` or sign in from the tray.").arg(name));
    }
    case AuthStatus::SignInRequired:
        return Error(ErrorCode::SignInRequired,
                     record.lastError.message.isEmpty() ? tr("The session ended: sign in again.")
                                                        : record.lastError.message);
    case AuthStatus::Error:
        return record.lastError.code != ErrorCode::None
            ? record.lastError
            : Error(ErrorCode::ClientConfiguration, tr("The auth provider's configuration has a problem."));
    }
    return std::nullopt;
}

// The common start of a request: the credential must exist and be signed in; the caller then
// waits in the session's queue. Returns the credential id, or nothing when already answered.
std::optional<QString> TokenManager::enqueue(const QString &credentialName, QObject *context, TokenCallback callback)
{
    const NamedCredential *credential = m_catalog.configuration().credentialByName(credentialName);
    if (!credential) {
        deliver(context, std::move(callback),
                Error(ErrorCode::NotFound, tr("No named credential is called %1.").arg(credentialName)));
        return std::nullopt;
    }
    const QString id = credential->id;
    if (const auto reason = unavailableReason(id)) {
        // A program needs a credential that was never signed in: only the user can help, so it is
        // asked as for an ended session (AttentionTracker raises the prompt for sign-in-required).
        if (m_catalog.externalAuthentication(id).status == AuthStatus::SignedOut)
            m_catalog.changeExternalAuthentication(id, [&reason](ExternalAuthentication &r) {
                r.status = AuthStatus::SignInRequired;
                r.lastError = *reason;
            });
        deliver(context, std::move(callback), *reason);
        return std::nullopt;
    }
    Session &session = m_sessions[id];
    const QDateTime now = m_clock.now();
    session.lastUsed = now;
    // Kept in the record at most hourly, enough for "used in the last day" (SessionEndWarnings)
    // without a state.json write per call.
    const QDateTime stored = m_catalog.externalAuthentication(id).lastUsed;
    if (!stored.isValid() || stored > now || stored.secsTo(now) >= LastUseResolution.count())
        m_catalog.changeExternalAuthentication(id, [now](ExternalAuthentication &r) { r.lastUsed = now; });
    session.waiters.append({context, std::move(callback)});
    return id;
}

void TokenManager::accessToken(const QString &credentialName, QObject *context, TokenCallback callback)
{
    if (const auto id = enqueue(credentialName, context, std::move(callback)))
        withTokens(*id, [this, id = *id] { serve(id); });
}

void TokenManager::reportExpired(const QString &credentialName, const QString &refusedToken, QObject *context,
                                 TokenCallback callback)
{
    const auto queued = enqueue(credentialName, context, std::move(callback));
    if (!queued)
        return;
    const QString &id = *queued;
    withTokens(id, [this, id, refusedToken] {
        Session &s = m_sessions[id];
        // Only the refusal of the current token renews it. Without a token, or with one replaced
        // since (another caller's report renewed it), the caller gets the current one: a second
        // report of the same refusal must not count as the new token being refused.
        if (!s.tokens || refusedToken.isEmpty() || !sameToken(refusedToken, s.tokens->accessToken)) {
            serve(id);
            return;
        }
        if (isSigningIn(id)) {
            resolveWaiters(id, signInInProgress()); // the sign-in replaces it: no refresh racing it
            return;
        }
        const QString current = s.tokens->accessToken;
        // A token past its own expiry explains its refusal: a short-lived one is refreshed again.
        const bool expired = s.tokens->expiry.isValid() && m_clock.now() >= s.tokens->expiry;
        const bool justRefreshed = !expired && current == s.lastRefreshedToken && s.lastRefreshAt.isValid()
            && s.lastRefreshAt.secsTo(m_clock.now()) < m_settings.refusedAgainWindow.count();
        if (justRefreshed) {
            needsUser(id, tr("The service refused a token it had just issued. Sign in again."));
            return;
        }
        s.expiredReported = true;
        startRefresh(id);
    });
}

// Loads the tokens from the keychain once per session, then runs `next`.
void TokenManager::withTokens(const QString &credentialId, std::function<void()> next)
{
    Session &session = m_sessions[credentialId];
    if (session.tokens) {
        next();
        return;
    }
    if (session.loading) {
        // `next` is implied: serve() runs for every waiter once the load finishes.
        return;
    }
    session.loading = true;
    const quint64 generation = session.generation;
    m_secrets.read(secretkeys::credentialTokens(credentialId), this,
                   [this, credentialId, generation, next = std::move(next)](Result<QByteArray> read) {
                       Session &s = m_sessions[credentialId];
                       s.loading = false;
                       if (s.generation != generation) { // forgotten meanwhile (a sign-in ended): read again
                           withTokens(credentialId, next);
                           return;
                       }
                       if (read.ok()) {
                           Result<TokenSet> parsed = TokenSet::fromBytes(read.value());
                           if (parsed.ok())
                               s.tokens = parsed.value();
                       } else if (read.error().code != ErrorCode::SecretNotFound) {
                           resolveWaiters(credentialId, read.error()); // keychain locked or unavailable
                           return;
                       }
                       next();
                   });
}

void TokenManager::serve(const QString &credentialId)
{
    Session &session = m_sessions[credentialId];
    if (session.waiters.isEmpty() || session.refreshing)
        return;
    const QDateTime now = m_clock.now();
    if (session.tokens && !session.expiredReported && refreshschedule::isUsable(*session.tokens, now)) {
        resolveWaiters(credentialId, session.tokens->accessToken);
        rearm();
        return;
    }
    if (isSigningIn(credentialId)) {
        resolveWaiters(credentialId, signInInProgress()); // its tokens replace these: nothing to renew
        return;
    }
    if (!session.tokens) {
        needsUser(credentialId, tr("No tokens are stored for this credential. Sign in again."));
        return;
    }
    if (m_catalog.externalAuthentication(credentialId).isWaitingToRetry(now)) {
        // Backing off after a transient failure: do not hammer the server for each caller.
        resolveWaiters(credentialId, backingOff(credentialId));
        return;
    }
    startRefresh(credentialId);
}

// What a caller is told while refresh backs off: the last transient error and when Callout tries again.
Error TokenManager::backingOff(const QString &credentialId) const
{
    const ExternalAuthentication record = m_catalog.externalAuthentication(credentialId);
    return Error(record.lastError.code,
                 tr("%1 Callout tries again at %2.")
                     .arg(record.lastError.message, QLocale().toString(record.nextRetry.toLocalTime().time())));
}

// ---- refreshing ------------------------------------------------------------------------------

void TokenManager::startRefresh(const QString &credentialId)
{
    Session &session = m_sessions[credentialId];
    if (session.refreshing)
        return; // single flight: the waiters get this refresh's result
    if (!session.tokens || session.tokens->refreshToken.isEmpty()) {
        needsUser(credentialId,
                  tr("The service gave no refresh token, so the session cannot be renewed. Sign in "
                     "again."));
        return;
    }
    const NamedCredential *credential = m_catalog.configuration().credentialById(credentialId);
    const AuthProvider *provider
        = credential ? m_catalog.configuration().providerByName(credential->authProvider) : nullptr;
    if (!provider || provider->tokenUrl.isEmpty()) {
        resolveWaiters(credentialId, Error(ErrorCode::InvalidConfiguration, tr("The auth provider is missing.")));
        return;
    }
    session.refreshing = true;
    m_catalog.changeExternalAuthentication(credentialId,
                                           [](ExternalAuthentication &r) { r.status = AuthStatus::Refreshing; });
    if (provider->clientAuthentication == ClientAuthentication::None) {
        refreshWithSecret(credentialId, {});
        return;
    }
    m_secrets.read(secretkeys::providerClientSecret(provider->id), this, [this, credentialId](Result<QByteArray> s) {
        if (!s.ok()) {
            m_sessions[credentialId].refreshing = false;
            if (s.error().code == ErrorCode::SecretNotFound)
                configurationProblem(credentialId,
                                     Error(ErrorCode::ClientConfiguration,
                                           tr("No client secret is stored for the auth provider."), u"clientSecret"_s));
            else
                resolveWaiters(credentialId, s.error());
            return;
        }
        refreshWithSecret(credentialId, QString::fromUtf8(s.value()));
    });
}

void TokenManager::refreshWithSecret(const QString &credentialId, const QString &clientSecret)
{
    const NamedCredential *credential = m_catalog.configuration().credentialById(credentialId);
    const AuthProvider *provider
        = credential ? m_catalog.configuration().providerByName(credential->authProvider) : nullptr;
    const auto found = m_sessions.find(credentialId);
    if (found == m_sessions.end())
        return; // the credential was removed meanwhile; its waiters have their answer
    Session &session = *found;
    if (!provider || !session.tokens) {
        session.refreshing = false;
        resolveWaiters(credentialId, Error(ErrorCode::NotFound, tr("The named credential was removed.")));
        return;
    }
    auto *flow = new AuthorizationCodeFlow(*provider, clientSecret, this);
    flow->network()->setTransferTimeout(int(m_settings.requestTimeout.count()));
    connect(flow, &AuthorizationCodeFlow::tokenResponseReceived, this,
            [this, credentialId, flow](const TokenResponse &response) {
                flow->deleteLater();
                onRefreshed(credentialId, response);
            });
    connect(flow, &AuthorizationCodeFlow::tokenRequestFailed, this, [this, credentialId, flow](const Error &error) {
        flow->deleteLater();
        onRefreshFailed(credentialId, error);
    });
    qCInfo(lcRefresh) << "refreshing" << credential->name;
    flow->refresh(session.tokens->refreshToken);
}

void TokenManager::onRefreshed(const QString &credentialId, const TokenResponse &response)
{
    const auto found = m_sessions.find(credentialId);
    if (found == m_sessions.end()) {
        qCInfo(lcRefresh) << "refreshed tokens of removed credential" << credentialId << "dropped";
        return;
    }
    Session &session = *found;
    if (!session.tokens) { // signed out, or a new sign-in started, meanwhile
        session.refreshing = false;
        resolveWaiters(credentialId,
                       unavailableReason(credentialId)
                           .value_or(Error(ErrorCode::SignInRequired, tr("The session ended while it was renewed."))));
        return;
    }
    if (response.expiresIn && *response.expiresIn <= 0) {
        session.refreshing = false;
        needsUser(credentialId, tr("The service gave the renewed session no validity: it requires a new sign-in."));
        return;
    }
    const QDateTime now = m_clock.now();
    TokenSet renewed = *session.tokens;
    renewed.accessToken = response.accessToken;
    if (!response.refreshToken.isEmpty())
        renewed.refreshToken = response.refreshToken; // rotated; otherwise the old one stays
    renewed.expiry = response.expiresIn ? now.addSecs(*response.expiresIn) : QDateTime();
    renewed.issued = now;
    if (!response.scope.isEmpty())
        renewed.grantedScope = response.scope;
    // A rotated refresh token may come with a new lifetime (GitHub, Keycloak); otherwise the old end stands.
    if (response.refreshExpiresIn)
        renewed.refreshExpiry = now.addSecs(*response.refreshExpiresIn);
    // The keychain first: a rotated refresh token must be safe before its access token is used.
    m_secrets.write(
        secretkeys::credentialTokens(credentialId), renewed.toBytes(), this,
        [this, credentialId, renewed, now](const Result<void> &written) {
            if (!m_sessions.contains(credentialId)) {
                // Removed while the keychain wrote: leave nothing behind.
                m_secrets.remove(secretkeys::credentialTokens(credentialId), this, [](const Result<void> &) {});
                return;
            }
            Session &s = m_sessions[credentialId];
            s.refreshing = false;
            if (!written.ok()) {
                qCWarning(lcRefresh) << "could not store refreshed tokens:" << written.error().message;
                s.tokens.reset(); // re-read from the keychain next time
                resolveWaiters(credentialId, written.error());
                return;
            }
            s.tokens = renewed;
            // Only a refresh that a refusal caused makes a refusal of its token final: a token from
            // a scheduled refresh that the service refuses later (it ended the session, revoked the
            // grant) gets one refresh of its own, whose answer says what happened.
            s.lastRefreshedToken = s.expiredReported ? renewed.accessToken : QString();
            s.lastRefreshAt = now;
            s.expiredReported = false;
            m_catalog.changeExternalAuthentication(credentialId, [&renewed, now](ExternalAuthentication &r) {
                if (r.status != AuthStatus::SigningIn) // a sign-in that began meanwhile goes on
                    r.status = AuthStatus::SignedIn;
                r.accessTokenExpiry = renewed.expiry;
                r.grantedScopes = renewed.grantedScope;
                r.lastRefresh = now;
                if (renewed.refreshExpiry.isValid())
                    r.serverSessionEnd = renewed.refreshExpiry;
                r.clearRetry();
                r.lastError = {};
            });
            qCInfo(lcRefresh) << "refreshed" << credentialId << "token" << redact(renewed.accessToken);
            resolveWaiters(credentialId, renewed.accessToken);
            rearm();
        });
}

void TokenManager::onRefreshFailed(const QString &credentialId, const Error &error)
{
    const auto found = m_sessions.find(credentialId);
    if (found == m_sessions.end())
        return; // the credential was removed meanwhile; its waiters have their answer
    found->refreshing = false;
    if (isSigningIn(credentialId)) {
        // A sign-in began while this refresh ran: it decides what happens to the session.
        qCInfo(lcRefresh) << "refresh failed during a sign-in:" << error.message;
        serve(credentialId);
        return;
    }
    switch (error.code) {
    case ErrorCode::SignInRequired:
    case ErrorCode::AccessDenied: needsUser(credentialId, error.message); return;
    case ErrorCode::ClientConfiguration: configurationProblem(credentialId, error); return;
    default: transientFailure(credentialId, error); return;
    }
}

// ---- the three outcomes of a failure ------------------------------------------------------

// Only the user can help: the record says so (AttentionTracker decides when to ask).
void TokenManager::needsUser(const QString &credentialId, const QString &reason)
{
    qCInfo(lcRefresh) << "sign-in required for" << credentialId << ":" << reason;
    Session &session = m_sessions[credentialId];
    session.tokens.reset();
    session.expiredReported = false;
    // The refresh token is useless now: delete it, so nothing retries with it.
    m_secrets.remove(secretkeys::credentialTokens(credentialId), this, [](const Result<void> &) {});
    m_catalog.changeExternalAuthentication(credentialId, [&reason](ExternalAuthentication &r) {
        r.status = AuthStatus::SignInRequired;
        r.lastError = Error(ErrorCode::SignInRequired, reason);
        r.clearRetry();
    });
    resolveWaiters(credentialId, Error(ErrorCode::SignInRequired, reason));
    rearm();
}

void TokenManager::configurationProblem(const QString &credentialId, Error error)
{
    const NamedCredential *credential = m_catalog.configuration().credentialById(credentialId);
    if (credential && !error.field.isEmpty()) {
        error.field = error.field == u"scopes"_s ? u"namedCredentials.%1.scopes"_s.arg(credential->name)
                                                 : u"authProviders.%1.%2"_s.arg(credential->authProvider, error.field);
    }
    qCWarning(lcRefresh) << "configuration problem:" << error.toString();
    m_catalog.changeExternalAuthentication(credentialId, [&error](ExternalAuthentication &r) {
        r.status = AuthStatus::Error;
        r.lastError = error;
        r.clearRetry();
    });
    resolveWaiters(credentialId, error);
    rearm();
}

void TokenManager::transientFailure(const QString &credentialId, const Error &error)
{
    // The record keeps the count and the time, so backing off survives a restart.
    const int failures = m_catalog.externalAuthentication(credentialId).failedRefreshes + 1;
    const auto delay = refreshschedule::backoff(failures, m_settings.retryBase, m_settings.retryCap, m_jitter());
    const QDateTime retry = m_clock.now().addMSecs(delay.count());
    qCInfo(lcRefresh) << "transient refresh failure" << failures << "for" << credentialId << ":" << error.message
                      << "; retry in" << delay.count() << "ms";
    m_catalog.changeExternalAuthentication(credentialId, [&error, &retry, failures](ExternalAuthentication &r) {
        r.status = AuthStatus::Refreshing;
        r.lastError = error;
        r.nextRetry = retry;
        r.failedRefreshes = failures;
    });
    // Callers whose token is still usable get it; the others learn when Callout tries again.
    const Session &session = m_sessions[credentialId];
    const QDateTime now = m_clock.now();
    if (session.tokens && !session.expiredReported && refreshschedule::isUsable(*session.tokens, now))
        resolveWaiters(credentialId, session.tokens->accessToken);
    else if (m_catalog.externalAuthentication(credentialId).isWaitingToRetry(now))
        resolveWaiters(credentialId, backingOff(credentialId));
    else
        resolveWaiters(credentialId, error);
    rearm();
}

// ---- plumbing ------------------------------------------------------------------------------

void TokenManager::resolveWaiters(const QString &credentialId, const Result<QString> &result)
{
    const auto found = m_sessions.find(credentialId);
    if (found == m_sessions.end())
        return;
    const QList<Waiter> waiters = std::exchange(found->waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            deliver(waiter.context, waiter.callback, result);
    }
}

void TokenManager::deliver(QObject *context, TokenCallback callback, Result<QString> result)
{
    // Always later, never inside the caller's own call: callers can rely on the order.
    QMetaObject::invokeMethod(
        context ? context : this, [callback = std::move(callback), result = std::move(result)] { callback(result); },
        Qt::QueuedConnection);
}

void TokenManager::forget(const QString &credentialId)
{
    Session &session = m_sessions[credentialId];
    session.tokens.reset();
    session.expiredReported = false;
    session.lastRefreshedToken.clear();
    ++session.generation;
    rearm();
}

// A new sign-in: what is cached goes, and so does backing off from the old session's failures.
void TokenManager::startOver(const QString &credentialId)
{
    forget(credentialId);
    const ExternalAuthentication record = m_catalog.externalAuthentication(credentialId);
    if (record.nextRetry.isValid() || record.failedRefreshes > 0)
        m_catalog.changeExternalAuthentication(credentialId, [](ExternalAuthentication &r) { r.clearRetry(); });
}

// Credentials removed from the configuration: their waiters get an error, a refresh under way is
// dropped when it answers, and nothing is scheduled for them.
void TokenManager::dropRemovedCredentials()
{
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (m_catalog.configuration().credentialById(it.key())) {
            ++it;
            continue;
        }
        const QList<Waiter> waiters = std::exchange(it->waiters, {});
        it = m_sessions.erase(it);
        for (const Waiter &waiter : waiters) {
            if (waiter.context)
                deliver(waiter.context, waiter.callback,
                        Error(ErrorCode::NotFound, tr("The named credential was removed.")));
        }
    }
    rearm();
}

// ---- the schedule ----------------------------------------------------------------------------

std::optional<QDateTime> TokenManager::dueAt(const QString &credentialId, const Session &session) const
{
    if (session.refreshing || !session.tokens || unavailableReason(credentialId) || isSigningIn(credentialId))
        return std::nullopt; // e.g. a configuration error: nothing refreshes until it is fixed
    if (const QDateTime retry = m_catalog.externalAuthentication(credentialId).nextRetry; retry.isValid())
        return retry;
    const bool recentlyUsed
        = session.lastUsed.isValid() && session.lastUsed.secsTo(m_clock.now()) < m_settings.idleAfter.count();
    if (!recentlyUsed)
        return std::nullopt; // no background traffic for idle credentials
    return refreshschedule::refreshAt(*session.tokens, m_settings.lead);
}

QDateTime TokenManager::nextWakeUp() const
{
    QDateTime next;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        const auto due = dueAt(it.key(), it.value());
        if (due && (!next.isValid() || *due < next))
            next = *due;
    }
    return next;
}

QDateTime TokenManager::plannedRefresh(const QString &credentialId) const
{
    const auto it = m_sessions.constFind(credentialId);
    if (it == m_sessions.cend())
        return {};
    return dueAt(credentialId, it.value()).value_or(QDateTime());
}

QDateTime TokenManager::expiryOf(const QString &credentialId, const QString &accessToken) const
{
    const auto it = m_sessions.constFind(credentialId);
    if (it == m_sessions.cend() || !it->tokens || !sameToken(accessToken, it->tokens->accessToken))
        return {};
    return it->tokens->expiry;
}

void TokenManager::rearm()
{
    const QDateTime next = nextWakeUp();
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(m_clock.now().msecsTo(next), 0,
                                           duration_cast<milliseconds>(m_settings.longestSleep).count());
    m_timer.start(int(wait));
}

void TokenManager::runDue()
{
    const QDateTime now = m_clock.now();
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        const auto due = dueAt(it.key(), it.value());
        if (due && *due <= now)
            startRefresh(it.key());
    }
    rearm();
}

} // namespace callout
