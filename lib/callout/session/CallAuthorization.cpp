#include "callout/session/CallAuthorization.h"

#include "callout/core/Logging.h"
#include "callout/session/TokenManager.h"
#include "callout/store/CredentialCatalog.h"

#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace callout {

namespace {

// "1 second", "90 seconds", "5 minutes", "1 hour". The singular has its own source string so that
// English reads right without a translation; other languages get %n forms.
QString duration(std::chrono::seconds wait)
{
    const auto seconds = int(wait.count());
    if (seconds % 3600 == 0)
        return seconds == 3600 ? CoreCallAuthorizer::tr("1 hour")
                               : CoreCallAuthorizer::tr("%n hours", nullptr, seconds / 3600);
    if (seconds % 60 == 0)
        return seconds == 60 ? CoreCallAuthorizer::tr("1 minute")
                             : CoreCallAuthorizer::tr("%n minutes", nullptr, seconds / 60);
    return seconds == 1 ? CoreCallAuthorizer::tr("1 second") : CoreCallAuthorizer::tr("%n seconds", nullptr, seconds);
}

// A waiting call asks again at once, this often at most, when its answer raced a sign-in that
// had just ended (the record says signed-in, the answer said sign-in-required).
constexpr int MaxStaleRetries = 3;

} // namespace

// One call from authorize() until its answer; a child of the authorizer, dropped with its context.
class CoreCallAuthorizer::Pending : public QObject
{
public:
    Pending(Request request, Done done, QObject *parent)
        : QObject(parent)
        , request(std::move(request))
        , done(std::move(done))
    {
        waitTimer.setSingleShot(true);
    }

    Request request;
    Done done;
    QString credentialId;  // once found
    QTimer waitTimer;      // the end of the wait for the user
    bool waiting = false;  // waits for the user to sign in again
    bool asking = false;   // a token request to the TokenManager is under way
    bool reported = false; // the refused token was reported (only the first ask reports it)
    bool over = false;     // answered or dropped; deleted later
    int staleRetries = 0;
};

CoreCallAuthorizer::CoreCallAuthorizer(CredentialCatalog &catalog, TokenManager &tokens, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_tokens(tokens)
{
    // Connected after the TokenManager's own (it is built first): when a sign-in ends, it has
    // forgotten the old tokens by the time a waiting call asks again.
    connect(&catalog, &CredentialCatalog::externalAuthenticationChanged, this, &CoreCallAuthorizer::onRecordChanged);
    connect(&catalog, &CredentialCatalog::configurationChanged, this, &CoreCallAuthorizer::onConfigurationChanged);
}

CoreCallAuthorizer::~CoreCallAuthorizer() = default;

void CoreCallAuthorizer::authorize(const Request &request, QObject *context, Done done)
{
    auto *call = new Pending(request, std::move(done), this);
    m_calls.append(call);
    if (context)
        connect(context, &QObject::destroyed, call, [this, call] { drop(call); });
    // Never before returning, even when the answer is known at once.
    QMetaObject::invokeMethod(
        call, [this, call] { ask(call); }, Qt::QueuedConnection);
}

int CoreCallAuthorizer::waitingCalls(const QString &credentialId) const
{
    return int(std::count_if(m_calls.cbegin(), m_calls.cend(), [&credentialId](const Pending *call) {
        return call->waiting && call->credentialId == credentialId;
    }));
}

CallRecipe CoreCallAuthorizer::recipeFor(const NamedCredential &credential, const QString &token)
{
    CallRecipe recipe;
    recipe.credential = credential.name;
    recipe.baseUrl = credential.url;
    recipe.generatesAuthorization = credential.generateAuthorizationHeader;
    recipe.token = token;
    if (credential.generateAuthorizationHeader)
        recipe.headers.append({"Authorization", "Bearer " + token.toUtf8()});
    const QString mergeField = QString::fromLatin1(NamedCredential::OAuthTokenMergeField);
    for (auto it = credential.headers.cbegin(); it != credential.headers.cend(); ++it)
        recipe.headers.append({it.key().toLatin1(), QString(it.value()).replace(mergeField, token).toUtf8()});
    return recipe;
}

CallFailure CoreCallAuthorizer::unusable(const QString &name) const
{
    // The same words as the local API's other methods (ApiHandler::refusedAsDisabled).
    if (m_catalog.invalidCredentialByName(name))
        return {
            errorCodeName(ErrorCode::InvalidConfiguration),
            tr("%1 is disabled until its entry in the configuration file is fixed; its sign-in is kept.").arg(name)};
    return {errorCodeName(ErrorCode::NotFound), tr("No named credential is called %1.").arg(name)};
}

void CoreCallAuthorizer::ask(Pending *call)
{
    if (call->over)
        return;
    const Configuration &configuration = m_catalog.configuration();
    const NamedCredential *credential = call->credentialId.isEmpty()
        ? configuration.credentialByName(call->request.credential)
        : configuration.credentialById(call->credentialId);
    if (!credential) {
        finish(call, {}, unusable(call->request.credential));
        return;
    }
    const QString id = credential->id;
    call->credentialId = id;
    call->asking = true;
    auto answer = [this, call, id](const Result<QString> &result) {
        call->asking = false;
        if (call->over)
            return;
        if (result.ok())
            onToken(call, id, result.value(), {});
        else
            onToken(call, id, {}, {errorCodeName(result.error().code), result.error().message});
    };
    // Only the first ask reports the refusal: after a new sign-in it is another token's business.
    const bool report = !call->request.refusedToken.isEmpty() && !std::exchange(call->reported, true);
    if (report)
        m_tokens.reportExpired(credential->name, call->request.refusedToken, call, answer);
    else
        m_tokens.accessToken(credential->name, call, answer);
}

void CoreCallAuthorizer::onToken(Pending *call, const QString &credentialId, const QString &token,
                                 const CallFailure &failure)
{
    if (!failure.isFailure()) {
        const NamedCredential *credential = m_catalog.configuration().credentialById(credentialId);
        if (!credential) {
            finish(call, {}, unusable(call->request.credential));
            return;
        }
        CallRecipe recipe = recipeFor(*credential, token);
        recipe.expiresAt = m_tokens.expiryOf(credentialId, token);
        finish(call, recipe, {});
        return;
    }
    if (failure.code != errorCodeName(ErrorCode::SignInRequired) || call->request.wait <= 0s) {
        finish(call, {}, failure);
        return;
    }
    startWaiting(call);
    // Signed in again between the answer and now: the change was missed, so ask at once.
    if (m_catalog.externalAuthentication(credentialId).status == AuthStatus::SignedIn
        && call->staleRetries++ < MaxStaleRetries)
        ask(call);
}

void CoreCallAuthorizer::startWaiting(Pending *call)
{
    if (call->waiting)
        return;
    call->waiting = true;
    const NamedCredential *credential = m_catalog.configuration().credentialById(call->credentialId);
    const QString label = credential ? credential->displayLabel() : call->request.credential;
    const std::chrono::seconds wait = call->request.wait;
    connect(&call->waitTimer, &QTimer::timeout, this, [this, call, label, wait] {
        finish(call, {},
               {errorCodeName(ErrorCode::SignInRequired),
                tr("%1 was not signed in again within %2, so the call was not made. Click Re-authenticate in "
                   "Callout's prompt or tray menu, then try again.")
                    .arg(label, duration(wait))});
    });
    call->waitTimer.start(wait);
    qCInfo(lcApi) << "a call to" << call->request.credential << "waits up to" << wait.count() << "s for a sign-in";
    Q_EMIT waitingCallsChanged(call->credentialId);
    if (call->request.onWaiting)
        call->request.onWaiting(tr("%1 needs you to sign in again: click Re-authenticate in Callout's prompt or "
                                   "tray menu. The call waits up to %2.")
                                    .arg(label, duration(wait)));
}

void CoreCallAuthorizer::onRecordChanged(const QString &credentialId)
{
    if (m_catalog.externalAuthentication(credentialId).status != AuthStatus::SignedIn)
        return;
    const QList<Pending *> calls = m_calls;
    for (Pending *call : calls) {
        if (call->waiting && !call->asking && !call->over && call->credentialId == credentialId)
            ask(call);
    }
}

// A waiting call whose credential was removed (or disabled by an edit) is answered now; a call
// under way with the TokenManager hears it from there.
void CoreCallAuthorizer::onConfigurationChanged()
{
    const QList<Pending *> calls = m_calls;
    for (Pending *call : calls) {
        if (call->waiting && !call->over && !m_catalog.configuration().credentialById(call->credentialId))
            finish(call, {}, unusable(call->request.credential));
    }
}

void CoreCallAuthorizer::finish(Pending *call, const CallRecipe &recipe, const CallFailure &failure)
{
    if (call->over)
        return;
    const Done done = std::move(call->done);
    drop(call);
    done(recipe, failure);
}

void CoreCallAuthorizer::drop(Pending *call)
{
    if (call->over)
        return;
    call->over = true;
    call->waitTimer.stop();
    m_calls.removeOne(call);
    call->deleteLater(); // not now: this may run in one of its own connections
    if (call->waiting)
        Q_EMIT waitingCallsChanged(call->credentialId);
}

} // namespace callout
