#include "calloutclient/CallEngine.h"

#include "calloutclient/CalloutAddress.h"
#include "calloutclient/Protocol.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace callout {

namespace {

QString callText(const char *text)
{
    return QCoreApplication::translate("CallEngine", text);
}

CallFailure makeFailure(QStringView code, const QString &message)
{
    return {code.toString(), message};
}

// A recipe is used until shortly before its token expires; one without a known expiry for a few
// minutes, so that a changed credential is noticed.
constexpr auto ExpiryMargin = 10s;
constexpr auto UnknownExpiryLifetime = 5min;

// RFC 9110 token characters: a method or a header name.
bool isToken(const QByteArray &text)
{
    static const QByteArray extra = "!#$%&'*+-.^_`|~";
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || extra.contains(c);
    });
}

bool isHeaderValue(const QByteArray &value)
{
    return !value.contains('\r') && !value.contains('\n') && !value.contains('\0');
}

// What the network layer decides itself (framing, connection, the host; Qt does not do
// 100-continue): a caller's copy would only confuse it, and a Host of the caller's choosing would
// name another site.
bool isTransportHeader(const QByteArray &lowerName)
{
    static const QList<QByteArray> names
        = {"host", "content-length", "transfer-encoding", "connection",       "keep-alive",
           "te",   "trailer",        "upgrade",           "proxy-connection", "expect"};
    return names.contains(lowerName);
}

// The server refused the token: 401, or a Bearer challenge saying so (RFC 6750 §3.1) with any status.
bool isRefusal(const QNetworkReply &reply)
{
    if (reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 401)
        return true;
    static const QRegularExpression invalidToken(uR"(\berror\s*=\s*"?invalid_token\b)"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    for (const auto &[name, value] : reply.rawHeaderPairs()) {
        if (name.compare("www-authenticate", Qt::CaseInsensitive) == 0 && value.toLower().contains("bearer")
            && invalidToken.match(QString::fromLatin1(value)).hasMatch())
            return true;
    }
    return false;
}

} // namespace

struct CallEngine::PendingRecipe {
    QString credential;
    QString refusedToken;
    std::chrono::seconds wait{0};
    QList<QPointer<Call>> calls;
    QObject *context = nullptr; // the authorizer's context: deleting it cancels the request
    bool waiting = false;
    QString waitingMessage;
};

CallEngine::CallEngine(QNetworkAccessManager &network, CallAuthorizer &authorizer, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_authorizer(authorizer)
{ }

CallEngine::~CallEngine()
{
    // The calls reach back into the engine as they go, so they go first.
    qDeleteAll(findChildren<Call *>(Qt::FindDirectChildrenOnly));
    for (const auto &pending : std::as_const(m_pending))
        delete pending->context;
    m_pending.clear();
}

Call *CallEngine::start(const CallRequest &request)
{
    auto *call = new Call(*this, request);
    // Never before the caller has connected to the signals.
    QMetaObject::invokeMethod(call, &Call::begin, Qt::QueuedConnection);
    return call;
}

void CallEngine::recipeFor(Call &call, const QString &refusedToken, std::chrono::seconds wait)
{
    const QString &credential = call.m_request.credential;
    if (!refusedToken.isEmpty())
        forget(credential, refusedToken);
    if (const auto cached = m_recipes.constFind(credential); cached != m_recipes.cend()) {
        if (cached->validUntil > QDateTime::currentDateTimeUtc() && cached->recipe.token != refusedToken) {
            call.recipeReady(cached->recipe, {});
            return;
        }
        m_recipes.erase(cached);
    }
    // Single flight: a request already under way for this credential answers this call too, unless
    // it would answer with the very token this call saw refused. The newest first: it may be a
    // refusal, whose answer is fresher than that of an older request.
    for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
        const auto &pending = m_pending.at(i);
        if (pending->credential == credential && pending->wait == wait
            && (refusedToken.isEmpty() || pending->refusedToken == refusedToken)) {
            pending->calls.append(&call);
            if (pending->waiting)
                call.userWaiting(pending->waitingMessage);
            return;
        }
    }
    auto pending = std::make_shared<PendingRecipe>();
    pending->credential = credential;
    pending->refusedToken = refusedToken;
    pending->wait = wait;
    pending->calls.append(&call);
    pending->context = new QObject(this);
    m_pending.append(pending);

    const std::weak_ptr<PendingRecipe> weak = pending;
    CallAuthorizer::Request request;
    request.credential = credential;
    request.refusedToken = refusedToken;
    request.wait = wait;
    request.onWaiting = [weak](const QString &message) {
        const auto group = weak.lock();
        if (!group || group->waiting)
            return;
        group->waiting = true;
        group->waitingMessage = message;
        const auto calls = group->calls;
        for (const QPointer<Call> &waiting : calls) {
            if (waiting)
                waiting->userWaiting(message);
        }
    };
    m_authorizer.authorize(request, pending->context,
                           [this, weak](const CallRecipe &recipe, const CallFailure &failure) {
                               if (const auto group = weak.lock())
                                   complete(group, recipe, failure);
                           });
}

void CallEngine::complete(const std::shared_ptr<PendingRecipe> &pending, const CallRecipe &recipe,
                          const CallFailure &failure)
{
    if (!m_pending.removeOne(pending))
        return;
    pending->context->deleteLater(); // not now: the authorizer may still be using it
    CallFailure answer = failure;
    if (!answer.isFailure() && !recipe.credential.isEmpty() && recipe.credential != pending->credential)
        answer = makeFailure(protocol::code::ProtocolError, callText("The agent answered for another credential."));
    if (!answer.isFailure() && recipe.token != m_refusedTokens.value(pending->credential)) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime validUntil = recipe.expiresAt.isValid() ? recipe.expiresAt.addDuration(-ExpiryMargin)
                                                                : now.addDuration(UnknownExpiryLifetime);
        if (validUntil > now)
            m_recipes.insert(pending->credential, {recipe, validUntil});
    }
    for (const QPointer<Call> &call : std::as_const(pending->calls)) {
        if (call)
            call->recipeReady(recipe, answer);
    }
}

void CallEngine::leave(Call &call)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const auto pending = m_pending.at(i);
        pending->calls.removeAll(&call);
        pending->calls.removeAll(nullptr);
        if (pending->calls.isEmpty()) {
            // Nobody waits for it any more: cancel it (the authorizer stops when its context goes).
            m_pending.removeAt(i--);
            pending->context->deleteLater();
        }
    }
}

void CallEngine::forget(const QString &credential, const QString &token)
{
    m_refusedTokens.insert(credential, token);
    if (const auto cached = m_recipes.constFind(credential);
        cached != m_recipes.cend() && cached->recipe.token == token)
        m_recipes.erase(cached);
}

Call::Call(CallEngine &engine, CallRequest request)
    : QObject(&engine)
    , m_engine(engine)
    , m_request(std::move(request))
{ }

Call::~Call()
{
    m_done = true;
    m_engine.leave(*this);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

std::chrono::seconds Call::waitForUser() const
{
    if (m_request.wait <= 0s)
        return 0s;
    if (m_request.body && m_request.body->size() > m_engine.m_maxWaitingBody)
        return 0s;
    return m_request.wait;
}

void Call::begin()
{
    if (m_done)
        return;
    QString error;
    if (!isToken(m_request.method) || m_request.method.toUpper() == "CONNECT")
        return fail(makeFailure(protocol::code::BadRequest, callText("The request method is not valid.")));
    if (!CalloutAddress::parse(u"callout:"_s + m_request.credential, &error))
        return fail(makeFailure(protocol::code::BadRequest, error));
    static const QUrl anyBase(u"https://callout.invalid"_s); // parsed once: this runs per call
    if (!resolveCallTarget(anyBase, m_request.target, &error).isValid())
        return fail(makeFailure(protocol::code::BadRequest, error));
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (!isToken(name) || !isHeaderValue(value))
            return fail(makeFailure(protocol::code::BadRequest, callText("A request header is not valid.")));
    }
    if (m_request.body && !m_request.body->isOpen() && !m_request.body->open(QIODevice::ReadOnly))
        return fail(makeFailure(protocol::code::BadRequest, callText("The request body cannot be read.")));
    // A retry, or a call sent again after the user signed in, sends the same body once more.
    if (m_request.body && m_request.body->isSequential())
        return fail(makeFailure(protocol::code::BadRequest,
                                callText("The request body must be a file or a buffer that can be read again.")));
    m_engine.recipeFor(*this, {}, waitForUser());
}

void Call::recipeReady(const CallRecipe &recipe, const CallFailure &failure)
{
    if (m_done)
        return;
    if (failure.isFailure())
        return fail(failure);
    m_recipe = recipe;
    send();
}

void Call::userWaiting(const QString &message)
{
    if (m_done || m_waitingSignalled)
        return;
    m_waitingSignalled = true;
    Q_EMIT waitingForUser(message);
}

void Call::send()
{
    QString error;
    const QUrl url = resolveCallTarget(m_recipe.baseUrl, m_request.target, &error);
    if (!url.isValid())
        return fail(makeFailure(protocol::code::BadRequest, error));

    QNetworkRequest request(url);
    // The token goes to the credential's URL only: a redirect is the caller's to follow or not.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Only the caller's and the credential's headers: no cookie jar, no cached credentials, no cache.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    for (const auto &[name, value] : std::as_const(m_recipe.headers)) {
        if (!isToken(name) || !isHeaderValue(value))
            return fail(
                makeFailure(protocol::code::ProtocolError, callText("The agent sent a header that is not valid.")));
    }
    auto recipeHas = [this](const QByteArray &lowerName) {
        return std::any_of(m_recipe.headers.cbegin(), m_recipe.headers.cend(),
                           [&](const auto &header) { return header.first.toLower() == lowerName; });
    };
    HeaderList headers; // the caller's, repeated names joined as one
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        const QByteArray lower = name.toLower();
        if (isTransportHeader(lower))
            continue;
        if (m_request.stripForbiddenHeaders && (lower == "cookie" || lower == "proxy-authorization"))
            continue;
        if (lower == "authorization" && m_recipe.generatesAuthorization) {
            if (m_request.stripForbiddenHeaders)
                continue;
            return fail(makeFailure(protocol::code::BadRequest,
                                    callText("The request may not set its own Authorization header: the credential "
                                             "generates it.")));
        }
        if (recipeHas(lower))
            continue; // the credential's own header wins
        const auto same = std::find_if(headers.begin(), headers.end(),
                                       [&](const auto &header) { return header.first.toLower() == lower; });
        if (same != headers.end())
            same->second += (lower == "cookie" ? "; " : ", ") + value;
        else
            headers.append({name, value});
    }
    for (const auto &[name, value] : std::as_const(headers))
        request.setRawHeader(name, value);
    for (const auto &[name, value] : std::as_const(m_recipe.headers))
        request.setRawHeader(name, value);
    // Otherwise Qt asks for gzip and decompresses behind the caller's back.
    if (!request.hasRawHeader("Accept-Encoding"))
        request.setRawHeader("Accept-Encoding", "identity");

    QIODevice *body = m_request.body;
    if (body && !body->seek(0))
        return fail(makeFailure(protocol::code::BadRequest, callText("The request body cannot be read again.")));
    QNetworkReply *reply = m_request.method == "HEAD"
        ? m_engine.m_network.head(request) // a custom HEAD would wait for a body
        : m_engine.m_network.sendCustomRequest(request, m_request.method, body);
    reply->setParent(this);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply == m_reply)
            takeResponse();
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply == m_reply)
            takeResponse();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (reply == m_reply)
            replyFinished();
    });
}

// The status and headers are in: retry once if the token was refused, else deliver.
void Call::takeResponse()
{
    if (m_responding || m_done || !m_reply || !m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        return;
    if (isRefusal(*m_reply)) {
        if (!m_retried && !m_recipe.token.isEmpty()) {
            m_retried = true;
            discardReply();
            m_engine.recipeFor(*this, m_recipe.token, waitForUser());
            return;
        }
        m_engine.forget(m_request.credential, m_recipe.token);
    }
    m_responding = true;
    Q_EMIT responding(m_reply);
}

void Call::replyFinished()
{
    if (m_done)
        return;
    if (!m_responding) {
        const QPointer<Call> alive = this;
        takeResponse();
        if (!alive)
            return;
        if (!m_responding) {
            if (m_reply && m_reply->isFinished()) // no retry under way: no response at all
                fail(makeFailure(
                    protocol::code::NetworkError,
                    callText("The request to %1 failed: %2").arg(m_reply->url().host(), m_reply->errorString())));
            return;
        }
    }
    finish();
}

void Call::discardReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    // Not from inside the reply's own signal: Qt would report its error twice. Nor once it has an error
    // of its own (a refusal's 401 may have reached it meanwhile): abort() would report a second one
    // ("must only be called once"); deleting it stops it all the same.
    QMetaObject::invokeMethod(
        reply,
        [reply] {
            if (reply->error() == QNetworkReply::NoError)
                reply->abort();
            reply->deleteLater();
        },
        Qt::QueuedConnection);
}

void Call::abort()
{
    if (m_done)
        return;
    m_failure = makeFailure(protocol::code::Interrupted, callText("The call was interrupted."));
    if (m_responding && m_reply) {
        m_reply->disconnect(this);
        m_reply->abort(); // the caller sees its error on the reply
        return finish();
    }
    discardReply();
    fail(m_failure);
}

void Call::fail(const CallFailure &failure)
{
    if (m_done)
        return;
    m_done = true;
    m_failure = failure;
    m_engine.leave(*this);
    const QPointer<Call> alive = this; // the caller may delete it on failed()
    Q_EMIT failed(m_failure);
    if (alive)
        Q_EMIT finished();
}

void Call::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_engine.leave(*this);
    Q_EMIT finished();
}

} // namespace callout
