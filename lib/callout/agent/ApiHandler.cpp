#include "callout/agent/ApiHandler.h"

#include "callout/store/CredentialCatalog.h"
#include "callout/session/SignInService.h"
#include "callout/session/SignOutService.h"
#include "callout/session/TokenManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject okAnswer(const QJsonValue &id, const QJsonObject &result = {})
{
    return {{u"v"_s, ApiHandler::ProtocolVersion}, {u"id"_s, id}, {u"ok"_s, true}, {u"result"_s, result}};
}

QJsonObject errorOf(const QJsonValue &id, const Error &error)
{
    QJsonObject answer = ApiHandler::errorAnswer(id, errorCodeName(error.code), error.message);
    QJsonObject e = answer.value(u"error"_s).toObject();
    if (!error.field.isEmpty())
        e.insert(u"field"_s, error.field);
    if (!error.details.isEmpty())
        e.insert(u"details"_s, QJsonArray::fromStringList(error.details));
    answer.insert(u"error"_s, e);
    return answer;
}

// Runs `reply` only while the requester is still there.
template<typename Callback> auto guarded(QObject *context, Callback callback)
{
    return [guard = QPointer<QObject>(context), callback](auto &&...args) {
        if (guard)
            callback(std::forward<decltype(args)>(args)...);
    };
}

} // namespace

ApiHandler::ApiHandler(CredentialCatalog &catalog, SignInService &signIn, TokenManager &tokens, SignOutService &signOut,
                       QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_signIn(signIn)
    , m_tokens(tokens)
    , m_signOut(signOut)
{ }

QJsonObject ApiHandler::errorAnswer(const QJsonValue &id, const QString &code, const QString &message)
{
    return {{u"v"_s, ProtocolVersion},
            {u"id"_s, id},
            {u"ok"_s, false},
            {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
}

QJsonObject ApiHandler::record(const QString &credentialName) const
{
    const Configuration &config = m_catalog.configuration();
    const NamedCredential *c = config.credentialByName(credentialName);
    if (!c)
        return {};
    const ExternalAuthentication r = m_catalog.externalAuthentication(c->id);
    QJsonValue lastError = QJsonValue::Null;
    if (r.lastError.code != ErrorCode::None) {
        QJsonObject e{{u"code"_s, errorCodeName(r.lastError.code)}, {u"message"_s, r.lastError.message}};
        if (!r.lastError.field.isEmpty())
            e.insert(u"field"_s, r.lastError.field);
        lastError = e;
    }
    return {{u"name"_s, c->name},
            {u"label"_s, c->displayLabel()},
            {u"provider"_s, c->authProvider},
            {u"url"_s, c->url.toString(QUrl::FullyEncoded)},
            {u"status"_s, authStatusName(r.status)},
            {u"user"_s, r.user},
            {u"grantedScopes"_s, r.grantedScopes},
            {u"accessTokenExpiry"_s, time(r.accessTokenExpiry)},
            {u"lastRefresh"_s, time(r.lastRefresh)},
            {u"nextRetry"_s, time(r.nextRetry)},
            {u"lastError"_s, lastError},
            {u"notice"_s, r.notice}};
}

void ApiHandler::handle(const QJsonObject &request, QObject *context, const Reply &reply)
{
    const QJsonValue id = request.value(u"id"_s);
    const QString method = request.value(u"method"_s).toString();
    const QJsonObject params = request.value(u"params"_s).toObject();
    const QString name = params.value(u"name"_s).toString();
    auto needName = [&]() {
        if (!name.isEmpty())
            return true;
        reply(errorAnswer(id, u"bad-request"_s, tr("This method needs params.name.")));
        return false;
    };
    auto answerToken = guarded(context, [reply, id](Result<QString> token) {
        reply(token.ok() ? okAnswer(id, {{u"token"_s, token.value()}}) : errorOf(id, token.error()));
    });
    auto answerDone = guarded(
        context, [reply, id](Result<void> done) { reply(done.ok() ? okAnswer(id) : errorOf(id, done.error())); });

    if (method == u"hello"_s) {
        reply(okAnswer(id, {{u"version"_s, ProtocolVersion}, {u"agent"_s, QStringLiteral(CALLOUT_VERSION)}}));
    } else if (method == u"list"_s) {
        QJsonArray records;
        for (const NamedCredential &c : m_catalog.configuration().namedCredentials)
            records.append(record(c.name));
        reply(okAnswer(id, {{u"credentials"_s, records}}));
    } else if (method == u"status"_s) {
        if (!needName())
            return;
        const QJsonObject r = record(name);
        reply(r.isEmpty() ? errorAnswer(id, u"not-found"_s, tr("No named credential is called %1.").arg(name))
                          : okAnswer(id, r));
    } else if (method == u"import"_s) {
        const QJsonValue document = params.value(u"document"_s);
        const QByteArray bytes
            = document.isString() ? document.toString().toUtf8() : QJsonDocument(document.toObject()).toJson();
        m_catalog.importDocument(
            bytes, params.value(u"replace"_s).toBool(), guarded(context, [reply, id](Result<ImportPlan> plan) {
                if (!plan.ok()) {
                    reply(errorOf(id, plan.error()));
                    return;
                }
                QJsonArray discarded;
                for (const TokenDiscard &d : plan.value().discards)
                    discarded.append(d.reason);
                reply(okAnswer(id,
                               {{u"added"_s, QJsonArray::fromStringList(plan.value().added)},
                                {u"replaced"_s, QJsonArray::fromStringList(plan.value().replaced)},
                                {u"unchanged"_s, QJsonArray::fromStringList(plan.value().unchanged)},
                                {u"discarded"_s, discarded}}));
            }));
    } else if (method == u"export"_s) {
        reply(okAnswer(id, {{u"document"_s, QString::fromUtf8(m_catalog.exportDocument())}}));
    } else if (method == u"login"_s) {
        if (needName())
            login(id, params, context, reply);
    } else if (method == u"token"_s) {
        if (needName())
            m_tokens.accessToken(name, context, answerToken);
    } else if (method == u"report-expired"_s) {
        if (needName())
            m_tokens.reportExpired(name, params.value(u"token"_s).toString(), context, answerToken);
    } else if (method == u"logout"_s) {
        if (needName())
            m_signOut.signOut(name, answerDone);
    } else if (method == u"remove"_s) {
        if (needName())
            m_signOut.remove(name, answerDone);
    } else if (method == u"activate"_s) {
        Q_EMIT activationRequested(params.value(u"arguments"_s).toVariant().toStringList());
        reply(okAnswer(id));
    } else {
        reply(errorAnswer(id, u"unknown-method"_s, tr("Unknown method \"%1\".").arg(method.left(64))));
    }
}

void ApiHandler::login(const QJsonValue &id, const QJsonObject &params, QObject *context, const Reply &reply)
{
    const QString name = params.value(u"name"_s).toString();
    const NamedCredential *credential = m_catalog.configuration().credentialByName(name);
    if (!credential) {
        reply(errorAnswer(id, u"not-found"_s, tr("No named credential is called %1.").arg(name)));
        return;
    }
    const QString credentialId = credential->id;
    // The connections live as long as this request: until the outcome, or the requester leaves.
    auto *request = new QObject(context);
    connect(&m_signIn, &SignInService::signInUrl, request,
            [reply, id, credentialId](const QString &forId, const QUrl &url, bool opened) {
                if (forId == credentialId)
                    reply({{u"v"_s, ProtocolVersion},
                           {u"id"_s, id},
                           {u"event"_s, u"sign-in-url"_s},
                           {u"url"_s, url.toString(QUrl::FullyEncoded)},
                           {u"browserOpened"_s, opened}});
            });
    connect(&m_signIn, &SignInService::signInFinished, request,
            [reply, id, credentialId, request](const QString &forId, const Error &error) {
                if (forId != credentialId)
                    return;
                reply(error.code == ErrorCode::None ? okAnswer(id) : errorOf(id, error));
                request->deleteLater();
            });
    const int timeout = params.value(u"timeout"_s).toInt(0);
    if (timeout > 0)
        m_signIn.setTimeout(std::chrono::seconds(timeout));
    else
        m_signIn.setTimeout(SignInService::DefaultTimeout);
    if (const Result<void> started = m_signIn.signIn(name); !started.ok()) {
        reply(errorOf(id, started.error()));
        request->deleteLater();
    }
}

} // namespace callout
