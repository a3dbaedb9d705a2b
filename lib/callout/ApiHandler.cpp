#include "callout/ApiHandler.h"

#include "callout/CredentialCatalog.h"
#include "callout/SignInService.h"
#include "callout/SignOutService.h"
#include "callout/TokenManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace callout {

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject okAnswer(const QJsonValue &id, const QJsonObject &result = {})
{
    return {{u"v"_qs, ApiHandler::ProtocolVersion}, {u"id"_qs, id}, {u"ok"_qs, true}, {u"result"_qs, result}};
}

QJsonObject errorOf(const QJsonValue &id, const Error &error)
{
    QJsonObject answer = ApiHandler::errorAnswer(id, errorCodeName(error.code), error.message);
    QJsonObject e = answer.value(u"error"_qs).toObject();
    if (!error.field.isEmpty())
        e.insert(u"field"_qs, error.field);
    if (!error.details.isEmpty())
        e.insert(u"details"_qs, QJsonArray::fromStringList(error.details));
    answer.insert(u"error"_qs, e);
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
    return {{u"v"_qs, ProtocolVersion},
            {u"id"_qs, id},
            {u"ok"_qs, false},
            {u"error"_qs, QJsonObject{{u"code"_qs, code}, {u"message"_qs, message}}}};
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
        QJsonObject e{{u"code"_qs, errorCodeName(r.lastError.code)}, {u"message"_qs, r.lastError.message}};
        if (!r.lastError.field.isEmpty())
            e.insert(u"field"_qs, r.lastError.field);
        lastError = e;
    }
    return {{u"name"_qs, c->name},
            {u"label"_qs, c->displayLabel()},
            {u"provider"_qs, c->authProvider},
            {u"url"_qs, c->url.toString(QUrl::FullyEncoded)},
            {u"status"_qs, authStatusName(r.status)},
            {u"user"_qs, r.user},
            {u"grantedScopes"_qs, r.grantedScopes},
            {u"accessTokenExpiry"_qs, time(r.accessTokenExpiry)},
            {u"lastRefresh"_qs, time(r.lastRefresh)},
            {u"nextRetry"_qs, time(r.nextRetry)},
            {u"lastError"_qs, lastError},
            {u"notice"_qs, r.notice}};
}

void ApiHandler::handle(const QJsonObject &request, QObject *context, const Reply &reply)
{
    const QJsonValue id = request.value(u"id"_qs);
    const QString method = request.value(u"method"_qs).toString();
    const QJsonObject params = request.value(u"params"_qs).toObject();
    const QString name = params.value(u"name"_qs).toString();
    auto needName = [&]() {
        if (!name.isEmpty())
            return true;
        reply(errorAnswer(id, u"bad-request"_qs, tr("This method needs params.name.")));
        return false;
    };
    auto answerToken = guarded(context, [reply, id](Result<QString> token) {
        reply(token.ok() ? okAnswer(id, {{u"token"_qs, token.value()}}) : errorOf(id, token.error()));
    });
    auto answerDone = guarded(
        context, [reply, id](Result<void> done) { reply(done.ok() ? okAnswer(id) : errorOf(id, done.error())); });

    if (method == u"hello"_qs) {
        reply(okAnswer(id, {{u"version"_qs, ProtocolVersion}, {u"agent"_qs, QStringLiteral(CALLOUT_VERSION)}}));
    } else if (method == u"list"_qs) {
        QJsonArray records;
        for (const NamedCredential &c : m_catalog.configuration().namedCredentials)
            records.append(record(c.name));
        reply(okAnswer(id, {{u"credentials"_qs, records}}));
    } else if (method == u"status"_qs) {
        if (!needName())
            return;
        const QJsonObject r = record(name);
        reply(r.isEmpty() ? errorAnswer(id, u"not-found"_qs, tr("No named credential is called %1.").arg(name))
                          : okAnswer(id, r));
    } else if (method == u"import"_qs) {
        const QJsonValue document = params.value(u"document"_qs);
        const QByteArray bytes
            = document.isString() ? document.toString().toUtf8() : QJsonDocument(document.toObject()).toJson();
        m_catalog.importDocument(
            bytes, params.value(u"replace"_qs).toBool(), guarded(context, [reply, id](Result<ImportPlan> plan) {
                if (!plan.ok()) {
                    reply(errorOf(id, plan.error()));
                    return;
                }
                QJsonArray discarded;
                for (const TokenDiscard &d : plan.value().discards)
                    discarded.append(d.reason);
                reply(okAnswer(id,
                               {{u"added"_qs, QJsonArray::fromStringList(plan.value().added)},
                                {u"replaced"_qs, QJsonArray::fromStringList(plan.value().replaced)},
                                {u"unchanged"_qs, QJsonArray::fromStringList(plan.value().unchanged)},
                                {u"discarded"_qs, discarded}}));
            }));
    } else if (method == u"export"_qs) {
        reply(okAnswer(id, {{u"document"_qs, QString::fromUtf8(m_catalog.exportDocument())}}));
    } else if (method == u"login"_qs) {
        if (needName())
            login(id, params, context, reply);
    } else if (method == u"token"_qs) {
        if (needName())
            m_tokens.accessToken(name, context, answerToken);
    } else if (method == u"report-expired"_qs) {
        if (needName())
            m_tokens.reportExpired(name, params.value(u"token"_qs).toString(), context, answerToken);
    } else if (method == u"logout"_qs) {
        if (needName())
            m_signOut.signOut(name, answerDone);
    } else if (method == u"remove"_qs) {
        if (needName())
            m_signOut.remove(name, answerDone);
    } else if (method == u"activate"_qs) {
        Q_EMIT activationRequested(params.value(u"arguments"_qs).toVariant().toStringList());
        reply(okAnswer(id));
    } else {
        reply(errorAnswer(id, u"unknown-method"_qs, tr("Unknown method \"%1\".").arg(method.left(64))));
    }
}

void ApiHandler::login(const QJsonValue &id, const QJsonObject &params, QObject *context, const Reply &reply)
{
    const QString name = params.value(u"name"_qs).toString();
    const NamedCredential *credential = m_catalog.configuration().credentialByName(name);
    if (!credential) {
        reply(errorAnswer(id, u"not-found"_qs, tr("No named credential is called %1.").arg(name)));
        return;
    }
    const QString credentialId = credential->id;
    // The connections live as long as this request: until the outcome, or the requester leaves.
    auto *request = new QObject(context);
    connect(&m_signIn, &SignInService::signInUrl, request,
            [reply, id, credentialId](const QString &forId, const QUrl &url, bool opened) {
                if (forId == credentialId)
                    reply({{u"v"_qs, ProtocolVersion},
                           {u"id"_qs, id},
                           {u"event"_qs, u"sign-in-url"_qs},
                           {u"url"_qs, url.toString(QUrl::FullyEncoded)},
                           {u"browserOpened"_qs, opened}});
            });
    connect(&m_signIn, &SignInService::signInFinished, request,
            [reply, id, credentialId, request](const QString &forId, const Error &error) {
                if (forId != credentialId)
                    return;
                reply(error.code == ErrorCode::None ? okAnswer(id) : errorOf(id, error));
                request->deleteLater();
            });
    const int timeout = params.value(u"timeout"_qs).toInt(0);
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
