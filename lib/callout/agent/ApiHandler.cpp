#include "callout/agent/ApiHandler.h"

#include "callout/agent/ProxySwitch.h"
#include "callout/session/SessionEnd.h"
#include "callout/session/SignInService.h"
#include "callout/session/SignOutService.h"
#include "callout/session/TokenManager.h"
#include "callout/store/CredentialCatalog.h"
#include "calloutclient/CallAuthorizer.h"
#include "calloutclient/Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

static_assert(protocol::MinLoginTimeout >= SignInOptions::MinTimeout
                  && protocol::MaxLoginTimeout <= SignInOptions::MaxTimeout
                  && protocol::DefaultLoginTimeout == SignInOptions::DefaultTimeout,
              "what the API accepts, the sign-in service must take as it is");

// The one place where an Error becomes the local API's JSON.
protocol::ErrorBody bodyOf(const Error &error)
{
    return {errorCodeName(error.code), error.message, error.field, error.details};
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

// The requested scopes the server did not grant; null while nothing was granted (unknown).
QJsonValue missingScopes(const QString &requested, const QString &granted)
{
    if (granted.isEmpty())
        return QJsonValue(QJsonValue::Null);
    const QStringList grantedList = granted.split(u' ', Qt::SkipEmptyParts);
    QJsonArray missing;
    for (const QString &scope : requested.split(u' ', Qt::SkipEmptyParts)) {
        if (!grantedList.contains(scope))
            missing.append(scope);
    }
    return missing;
}

// The record's history, oldest first: events and their reasons, never a token.
QJsonArray historyOf(const ExternalAuthentication &record)
{
    QJsonArray history;
    for (const AuthEvent &event : record.history)
        history.append(QJsonObject{
            {u"event"_s, authEventName(event.kind)}, {u"time"_s, time(event.time)}, {u"detail"_s, event.detail}});
    return history;
}

// Runs `callback` only while the requester is still there.
template<typename Callback> auto guarded(QObject *context, Callback callback)
{
    return [guard = QPointer<QObject>(context), callback](auto &&...args) {
        if (guard)
            callback(std::forward<decltype(args)>(args)...);
    };
}

// Absent (or null) counts as not given.
bool isGiven(const QJsonObject &params, const QString &key)
{
    return !params.value(key).isUndefined() && !params.value(key).isNull();
}

} // namespace

struct ApiHandler::Call {
    QJsonValue id;
    QJsonObject params;
    QString name; // params.name, for the methods that need one
    QObject *context;
    Reply reply;

    void answer(const QJsonObject &result = {}) const { reply(protocol::okAnswer(id, result)); }
    void fail(const Error &error) const { reply(protocol::errorAnswer(id, bodyOf(error))); }
    void fail(QStringView code, const QString &message) const { reply(protocol::errorAnswer(id, code, message)); }
    // Answers a Result<T> later, as a result made by `toJson` from its value, or as its error.
    template<typename T, typename ToJson> auto later(ToJson toJson) const
    {
        return guarded(context, [call = *this, toJson](const Result<T> &result) {
            if (result.ok())
                call.answer(toJson(result.value()));
            else
                call.fail(result.error());
        });
    }
    auto laterDone() const
    {
        return guarded(context, [call = *this](const Result<void> &done) {
            if (done.ok())
                call.answer();
            else
                call.fail(done.error());
        });
    }
};

const ApiHandler::Method ApiHandler::Methods[] = {
    {protocol::method::Hello, &ApiHandler::hello, false},
    {protocol::method::List, &ApiHandler::list, false},
    {protocol::method::Status, &ApiHandler::status, true},
    {protocol::method::Import, &ApiHandler::importDocument, false},
    {protocol::method::Export, &ApiHandler::exportDocument, false},
    {protocol::method::Login, &ApiHandler::login, true},
    {protocol::method::Token, &ApiHandler::token, true},
    {protocol::method::ReportExpired, &ApiHandler::reportExpired, true},
    {protocol::method::Logout, &ApiHandler::logout, true},
    {protocol::method::Remove, &ApiHandler::remove, true},
    {protocol::method::Activate, &ApiHandler::activate, false},
    {protocol::method::Proxy, &ApiHandler::proxy, false},
    {protocol::method::Authorize, &ApiHandler::authorize, true},
};

ApiHandler::ApiHandler(CredentialCatalog &catalog, SignInService &signIn, TokenManager &tokens, SignOutService &signOut,
                       CallAuthorizer &calls, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_signIn(signIn)
    , m_tokens(tokens)
    , m_signOut(signOut)
    , m_calls(calls)
{ }

void ApiHandler::handle(const QJsonObject &request, QObject *context, const Reply &reply)
{
    const QJsonValue id = request.value(u"id"_s);
    const bool idIsValid = id.isDouble() || id.isString() || id.isUndefined();
    Call call{idIsValid ? id : QJsonValue(QJsonValue::Null), request.value(u"params"_s).toObject(), {}, context, reply};
    const QJsonValue method = request.value(u"method"_s);
    if (!method.isString() || !idIsValid || (request.contains(u"params"_s) && !request.value(u"params"_s).isObject())) {
        call.fail(protocol::code::BadRequest,
                  tr("A request needs a string method, an id (number or string) and object params."));
        return;
    }
    const QString name = method.toString();
    const auto found
        = std::find_if(std::begin(Methods), std::end(Methods), [&name](const Method &m) { return m.name == name; });
    if (found == std::end(Methods)) {
        call.fail(protocol::code::UnknownMethod, tr("Unknown method \"%1\".").arg(name.left(64)));
        return;
    }
    if (found->needsName) {
        call.name = call.params.value(u"name"_s).toString();
        if (call.name.isEmpty()) {
            call.fail(protocol::code::BadRequest, tr("This method needs params.name."));
            return;
        }
        if (refusedAsDisabled(call, found->run))
            return;
    }
    static const QList<Run> keychainMethods{&ApiHandler::importDocument, &ApiHandler::login,  &ApiHandler::token,
                                            &ApiHandler::reportExpired,  &ApiHandler::logout, &ApiHandler::remove,
                                            &ApiHandler::authorize};
    if (keychainMethods.contains(found->run))
        tellWhenKeychainWaits(call);
    (this->*found->run)(call);
}

void ApiHandler::setKeychainWaiting(bool waiting)
{
    if (m_keychainWaiting == waiting)
        return;
    m_keychainWaiting = waiting;
    Q_EMIT keychainWaitingChanged(waiting);
}

// Until its answer, the request's client hears when the keychain waits for the user: a locked
// keychain is then not mistaken for a dead agent, and the client can give up (which cancels).
void ApiHandler::tellWhenKeychainWaits(Call &call)
{
    auto *watch = new QObject(call.context); // lives until the answer, or the requester leaves
    auto tell = [reply = call.reply, id = call.id] { reply(protocol::keychainLockedEvent(id)); };
    connect(this, &ApiHandler::keychainWaitingChanged, watch, [tell](bool waiting) {
        if (waiting)
            tell();
    });
    if (m_keychainWaiting)
        tell();
    call.reply = [reply = call.reply, guard = QPointer<QObject>(watch)](const QJsonObject &message) {
        if (!protocol::isEvent(message) && guard)
            guard->deleteLater();
        reply(message);
    };
}

const NamedCredential *ApiHandler::credentialFor(const Call &call) const
{
    const NamedCredential *credential = m_catalog.configuration().credentialByName(call.name);
    if (!credential)
        call.fail(Error(ErrorCode::NotFound, tr("No named credential is called %1.").arg(call.name)));
    return credential;
}

// A credential disabled by a problem in its entry of callout.json is shown (status) but not used:
// every other method says why, so that the user fixes the entry rather than signing in again.
bool ApiHandler::refusedAsDisabled(const Call &call, Run run) const
{
    if (m_catalog.configuration().credentialByName(call.name))
        return false;
    const InvalidCredential *invalid = m_catalog.invalidCredentialByName(call.name);
    if (!invalid)
        return false;
    if (run == &ApiHandler::status) {
        call.answer(record(*invalid));
        return true;
    }
    QStringList details;
    for (const Error &problem : invalid->problems)
        details.append(problem.toString());
    call.fail(Error(
        ErrorCode::InvalidConfiguration,
        tr("%1 is disabled until its entry in the configuration file is fixed; its sign-in is kept.").arg(call.name),
        invalid->problems.value(0).field, details));
    return true;
}

QJsonObject ApiHandler::record(const InvalidCredential &credential) const
{
    QJsonArray problems;
    for (const Error &problem : credential.problems)
        problems.append(problem.toString());
    return {{u"name"_s, credential.name},
            {u"label"_s, credential.name},
            {u"provider"_s, credential.authProvider},
            {u"url"_s, credential.url},
            {u"status"_s, u"invalid"_s},
            {u"problems"_s, problems},
            {u"notice"_s,
             tr("Disabled: its entry in the configuration file has a problem. Its sign-in is kept "
                "and works again once the entry is fixed.")}};
}

QJsonObject ApiHandler::record(const NamedCredential &credential) const
{
    const ExternalAuthentication r = m_catalog.externalAuthentication(credential.id);
    QJsonValue lastError(QJsonValue::Null);
    if (r.lastError.code != ErrorCode::None) {
        QJsonObject error = bodyOf(r.lastError).toJson();
        error.insert(u"time"_s, time(r.lastErrorTime));
        lastError = error;
    }
    const AuthProvider *provider = m_catalog.configuration().providerByName(credential.authProvider);
    const QString requested
        = !credential.scopes.isEmpty() ? credential.scopes : (provider ? provider->defaultScopes : QString());
    const std::optional<SessionEnd> sessionEnd = SessionEnd::of(m_catalog, credential);
    return {{u"name"_s, credential.name},
            {u"label"_s, credential.displayLabel()},
            {u"provider"_s, credential.authProvider},
            {u"url"_s, credential.url.toString(QUrl::FullyEncoded)},
            {u"status"_s, authStatusName(r.status)},
            {u"user"_s, r.user},
            {u"requestedScopes"_s, requested},
            {u"grantedScopes"_s, r.grantedScopes},
            {u"missingScopes"_s, missingScopes(requested, r.grantedScopes)},
            {u"accessTokenExpiry"_s, time(r.accessTokenExpiry)},
            {u"lastRefresh"_s, time(r.lastRefresh)},
            {u"plannedRefresh"_s, time(m_tokens.plannedRefresh(credential.id))},
            {u"nextRetry"_s, time(r.nextRetry)},
            {u"sessionEndsAt"_s, time(sessionEnd ? sessionEnd->at : QDateTime())},
            {u"sessionEndSource"_s,
             sessionEnd ? QJsonValue(SessionEnd::sourceName(sessionEnd->source)) : QJsonValue(QJsonValue::Null)},
            {u"lastError"_s, lastError},
            {u"notice"_s, r.notice},
            {u"history"_s, historyOf(r)}};
}

void ApiHandler::hello(const Call &call)
{
    call.answer({{u"version"_s, protocol::Version}, {u"agent"_s, QStringLiteral(CALLOUT_VERSION)}});
}

void ApiHandler::list(const Call &call)
{
    QJsonArray records;
    for (const NamedCredential &credential : m_catalog.configuration().namedCredentials)
        records.append(record(credential));
    for (const InvalidCredential &credential : m_catalog.invalidCredentials())
        records.append(record(credential));
    QJsonArray problems;
    for (const Error &problem : m_catalog.configurationProblems())
        problems.append(problem.toString());
    call.answer({{u"credentials"_s, records}, {u"configurationProblems"_s, problems}});
}

void ApiHandler::status(const Call &call)
{
    if (const NamedCredential *credential = credentialFor(call))
        call.answer(record(*credential));
}

void ApiHandler::importDocument(const Call &call)
{
    const QJsonValue document = call.params.value(u"document"_s);
    if (!document.isString() && !document.isObject()) {
        call.fail(protocol::code::BadRequest, tr("params.document must be an import document (object or string)."));
        return;
    }
    if (isGiven(call.params, u"replace"_s) && !call.params.value(u"replace"_s).isBool()) {
        call.fail(protocol::code::BadRequest, tr("params.replace must be true or false."));
        return;
    }
    const QByteArray bytes
        = document.isString() ? document.toString().toUtf8() : QJsonDocument(document.toObject()).toJson();
    m_catalog.importDocument(bytes, call.params.value(u"replace"_s).toBool(),
                             call.later<ImportPlan>([](const ImportPlan &plan) {
                                 QJsonArray discarded;
                                 for (const TokenDiscard &d : plan.discards)
                                     discarded.append(d.reason);
                                 QJsonArray secretsDeleted;
                                 for (const ClientSecretDiscard &d : plan.secretDiscards)
                                     secretsDeleted.append(d.reason);
                                 return QJsonObject{{u"added"_s, QJsonArray::fromStringList(plan.added)},
                                                    {u"replaced"_s, QJsonArray::fromStringList(plan.replaced)},
                                                    {u"unchanged"_s, QJsonArray::fromStringList(plan.unchanged)},
                                                    {u"discarded"_s, discarded},
                                                    {u"clientSecretsDeleted"_s, secretsDeleted},
                                                    {u"warnings"_s, QJsonArray::fromStringList(plan.warnings)}};
                             }));
}

void ApiHandler::exportDocument(const Call &call)
{
    call.answer({{u"document"_s, QString::fromUtf8(m_catalog.exportDocument())}});
}

std::optional<SignInOptions> ApiHandler::loginOptions(const Call &call)
{
    SignInOptions options;
    if (!isGiven(call.params, u"timeout"_s))
        return options;
    const QJsonValue timeout = call.params.value(u"timeout"_s);
    const double seconds = timeout.toDouble(-1);
    // Refused rather than clamped: the caller asked for something else than it would get.
    if (!timeout.isDouble() || seconds != std::floor(seconds) || seconds < double(protocol::MinLoginTimeout.count())
        || seconds > double(protocol::MaxLoginTimeout.count())) {
        call.fail(protocol::code::BadRequest,
                  tr("params.timeout must be a whole number of seconds from %1 to %2.")
                      .arg(protocol::MinLoginTimeout.count())
                      .arg(protocol::MaxLoginTimeout.count()));
        return std::nullopt;
    }
    options.timeout = std::chrono::seconds(qint64(seconds));
    return options;
}

void ApiHandler::login(const Call &call)
{
    const std::optional<SignInOptions> options = loginOptions(call);
    if (!options)
        return;
    const NamedCredential *credential = credentialFor(call);
    if (!credential)
        return;
    const QString credentialId = credential->id;
    // The connections live as long as this request: until the outcome, or the requester leaves.
    auto *request = new QObject(call.context);
    connect(&m_signIn, &SignInService::signInUrl, request,
            [call, credentialId](const QString &forId, const QUrl &url, bool opened) {
                if (forId == credentialId)
                    call.reply(protocol::signInUrlEvent(call.id, url, opened));
            });
    struct Progress {
        bool answered = false;
        bool requesterGone = false;
    };
    auto progress = std::make_shared<Progress>();
    connect(&m_signIn, &SignInService::signInFinished, request,
            [call, credentialId, request, progress](const QString &forId, const Error &error) {
                if (forId != credentialId || progress->requesterGone)
                    return;
                progress->answered = true;
                if (error.code == ErrorCode::None)
                    call.answer();
                else
                    call.fail(error);
                request->deleteLater();
            });
    // The requester left before the outcome (Ctrl-C on `calloutctl login`): nobody waits for this
    // sign-in any more, so it ends rather than keep its listener open for minutes.
    connect(request, &QObject::destroyed, &m_signIn, [this, credentialId, progress] {
        progress->requesterGone = true;
        if (!progress->answered)
            m_signIn.cancel(credentialId);
    });
    m_signIn.signIn(credentialId, *options);
}

void ApiHandler::token(const Call &call)
{
    m_tokens.accessToken(call.name, call.context, call.later<QString>([](const QString &token) {
        return QJsonObject{{u"token"_s, token}};
    }));
}

void ApiHandler::reportExpired(const Call &call)
{
    if (isGiven(call.params, u"token"_s) && !call.params.value(u"token"_s).isString()) {
        call.fail(protocol::code::BadRequest, tr("params.token must be a string."));
        return;
    }
    m_tokens.reportExpired(call.name, call.params.value(u"token"_s).toString(), call.context,
                           call.later<QString>([](const QString &token) {
                               return QJsonObject{{u"token"_s, token}};
                           }));
}

void ApiHandler::logout(const Call &call)
{
    m_signOut.signOut(call.name, call.laterDone(), call.context);
}

void ApiHandler::remove(const Call &call)
{
    m_signOut.remove(call.name, call.laterDone(), call.context);
}

// A call's recipe (README, "Local API"): where the credential points and the headers with the
// token. With a wait, a call that needs the user is held until the credential is signed in again.
void ApiHandler::authorize(const Call &call)
{
    std::chrono::seconds wait{0};
    if (isGiven(call.params, u"wait"_s)) {
        const QJsonValue value = call.params.value(u"wait"_s);
        const double seconds = value.toDouble(-1);
        if (!value.isDouble() || seconds != std::floor(seconds) || seconds < 0
            || seconds > double(protocol::MaxCallWait.count())) {
            call.fail(
                protocol::code::BadRequest,
                tr("params.wait must be a whole number of seconds from 0 to %1.").arg(protocol::MaxCallWait.count()));
            return;
        }
        wait = std::chrono::seconds(qint64(seconds));
    }
    if (isGiven(call.params, u"refusedToken"_s) && !call.params.value(u"refusedToken"_s).isString()) {
        call.fail(protocol::code::BadRequest, tr("params.refusedToken must be a string."));
        return;
    }
    CallAuthorizer::Request request{
        call.name, call.params.value(u"refusedToken"_s).toString(), wait,
        [call](const QString &message) { call.reply(protocol::waitingForUserEvent(call.id, message)); }};
    m_calls.authorize(request, call.context,
                      guarded(call.context, [call](const CallRecipe &recipe, const CallFailure &failure) {
                          if (failure.isFailure())
                              call.fail(failure.code, failure.message);
                          else
                              call.answer(recipe.toJson());
                      }));
}

void ApiHandler::activate(const Call &call)
{
    const QJsonValue arguments = call.params.value(u"arguments"_s);
    const QJsonArray list = arguments.toArray();
    const bool allStrings = std::all_of(list.begin(), list.end(), [](const QJsonValue &a) { return a.isString(); });
    if (isGiven(call.params, u"arguments"_s) && (!arguments.isArray() || !allStrings)) {
        call.fail(protocol::code::BadRequest, tr("params.arguments must be an array of strings."));
        return;
    }
    QStringList strings;
    for (const QJsonValue &argument : list)
        strings.append(argument.toString());
    Q_EMIT activationRequested(strings);
    call.answer();
}

// The loopback proxy: {"action": "on"|"off"|"status", "port": N (on)} → its status.
void ApiHandler::proxy(const Call &call)
{
    if (!m_proxy) {
        call.fail(protocol::code::UnknownMethod, tr("This agent has no loopback proxy."));
        return;
    }
    const QString action = call.params.value(u"action"_s).toString(u"status"_s);
    const QJsonValue port = call.params.value(u"port"_s);
    const double number = port.toDouble(-1);
    const bool portGiven = isGiven(call.params, u"port"_s);
    if ((action != u"on"_s && action != u"off"_s && action != u"status"_s)
        || (portGiven
            && (action != u"on"_s || !port.isDouble() || number != std::floor(number) || number < 1
                || number > 65535))) {
        call.fail(protocol::code::BadRequest,
                  tr("params.action must be on, off or status; params.port (with on) a port from 1 to 65535."));
        return;
    }
    Result<void> done;
    if (action == u"on"_s)
        done = m_proxy->turnOn(portGiven ? quint16(number) : 0);
    else if (action == u"off"_s)
        done = m_proxy->turnOff();
    if (!done.ok()) {
        call.fail(done.error());
        return;
    }
    const ProxySwitch::Status status = m_proxy->status();
    QJsonObject result{
        {u"enabled"_s, status.enabled},       {u"listening"_s, status.listening},
        {u"port"_s, int(status.port)},        {u"url"_s, status.url},
        {u"secretFile"_s, status.secretFile}, {u"addresses"_s, QJsonArray::fromStringList(status.addresses)}};
    if (!status.problem.isEmpty())
        result.insert(u"problem"_s, status.problem);
    call.answer(result);
}

} // namespace callout
