#pragma once

#include "calloutclient/CallAuthorizer.h"
#include "calloutclient/CallRecipe.h"

#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace callout {

// One request through a named credential, as its caller wrote it.
struct CallRequest {
    QByteArray method = "GET";
    QString credential; // NAME of callout:NAME/PATH
    QString target;     // "/PATH?QUERY" (CalloutAddress::target)
    HeaderList headers; // the caller's own
    // Random-access (QBuffer, QFile) or null; rewound for every attempt, so a retry or a call sent
    // again after the user signed in carries the same body. Not owned; must outlive the Call. A
    // sequential device (a pipe, a socket) is refused with bad-request: buffer it first.
    QIODevice *body = nullptr;
    std::chrono::seconds wait{0}; // how long to wait for the user; 0 = fail at once with sign-in-required
    // The proxy strips what a caller must not send (Authorization, Cookie, Proxy-Authorization);
    // other callers are refused with bad-request when they send Authorization while the credential
    // generates it.
    bool stripForbiddenHeaders = false;
};

class Call;

// The one call engine (issue 13): callout:NAME/PATH → the credential's URL with its headers; on 401
// (or WWW-Authenticate: Bearer error="invalid_token") one refresh and one retry; when the user is
// needed, waits up to the request's `wait` and sends the call again once signed in. Redirects are
// never followed. Recipes are cached per credential until their token's expiry (or a refusal), and
// fetched once however many calls ask at the same time (single flight).
class CallEngine : public QObject
{
    Q_OBJECT

public:
    // Bodies above this are never kept for a wait: such a call fails at once instead.
    static constexpr qint64 DefaultMaxWaitingBody = qint64(64) * 1024 * 1024;

    CallEngine(QNetworkAccessManager &network, CallAuthorizer &authorizer, QObject *parent = nullptr);
    ~CallEngine() override;

    void setMaxWaitingBody(qint64 bytes) { m_maxWaitingBody = bytes; }

    // Starts the call; the returned Call (child of the engine, delete it or let it deleteLater after
    // finished()) reports its progress.
    Call *start(const CallRequest &request);

private:
    friend class Call;
    struct PendingRecipe; // one authorize request and the calls that wait for its answer
    struct CachedRecipe {
        CallRecipe recipe;
        QDateTime validUntil;
    };
    // Answers `call` (Call::recipeReady, Call::userWaiting) from the cache, or by joining or
    // starting an authorize request. `refusedToken`: the server refused it; never answered with it.
    void recipeFor(Call &call, const QString &refusedToken, std::chrono::seconds wait);
    void leave(Call &call); // the call no longer waits for a recipe
    void complete(const std::shared_ptr<PendingRecipe> &pending, const CallRecipe &recipe, const CallFailure &failure);
    void forget(const QString &credential, const QString &token);

    QNetworkAccessManager &m_network;
    CallAuthorizer &m_authorizer;
    qint64 m_maxWaitingBody = DefaultMaxWaitingBody;
    QHash<QString, CachedRecipe> m_recipes;  // by credential name
    QHash<QString, QString> m_refusedTokens; // by credential name: the last token a server refused
    QList<std::shared_ptr<PendingRecipe>> m_pending;
};

// A call in progress. Signals, in order: waitingForUser (maybe), then either responding (the final
// response's status and headers are in; read its body from the reply) or failed (no response at all),
// then finished.
class Call : public QObject
{
    Q_OBJECT

public:
    ~Call() override; // aborts what is under way, without signals

    // The response being delivered (after responding()); owned by the Call. Its body streams: read
    // it on readyRead, set its read buffer size for back-pressure. A 3xx is delivered as it is.
    QNetworkReply *reply() const { return m_reply; }
    const CallFailure &failure() const { return m_failure; }
    void abort(); // cancels; finished() follows (failure code "interrupted")

Q_SIGNALS:
    void waitingForUser(const QString &message);
    void responding(QNetworkReply *reply);
    void failed(const CallFailure &failure);
    void finished();

private:
    friend class CallEngine;
    Call(CallEngine &engine, CallRequest request);

    void begin();
    std::chrono::seconds waitForUser() const; // the request's wait, or 0 when its body cannot be kept
    void recipeReady(const CallRecipe &recipe, const CallFailure &failure);
    void userWaiting(const QString &message);
    void send();
    void takeResponse();
    void replyFinished();
    void discardReply();
    void fail(const CallFailure &failure);
    void finish();

    CallEngine &m_engine;
    CallRequest m_request;
    CallRecipe m_recipe;
    QPointer<QNetworkReply> m_reply;
    CallFailure m_failure;
    bool m_retried = false;          // the one retry after a refusal is used
    bool m_responding = false;       // responding() was emitted
    bool m_waitingSignalled = false; // waitingForUser() was emitted
    bool m_done = false;             // finished() was emitted
};

} // namespace callout
