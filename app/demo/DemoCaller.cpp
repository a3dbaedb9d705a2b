#include "demo/DemoCaller.h"

#include "callout/model/ExternalAuthentication.h"
#include "callout/store/CredentialCatalog.h"
#include "calloutclient/CallEngine.h"
#include "calloutclient/Protocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace callout::demo {

namespace {

// Enough of a response for its words; the demo API's answers are far smaller.
constexpr qsizetype MaxBody = qsizetype(64) * 1024;
// A failure's body shown in the log, at most.
constexpr qsizetype MaxShownBody = 120;

// "(Demo User, 42 s left)" from the demo API's JSON; empty when it says neither. Read defensively:
// any field may be missing or of another type.
QString detailsOf(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QStringList details;
    if (const QString user = json.value(u"user"_s).toString(); !user.isEmpty())
        details.append(user);
    if (const QJsonValue left = json.value(u"tokenExpiresInSeconds"_s); left.isDouble())
        details.append(DemoCaller::tr("%1 s left").arg(left.toInteger()));
    return details.isEmpty() ? QString() : u" ("_s + details.join(u", "_s) + u')';
}

// A failed response in a few words: its reason phrase, and the server's own message from a JSON
// body (error_description, message or error) or a short plain-text body.
QString reasonOf(const QNetworkReply &reply, const QByteArray &body)
{
    const QString phrase = reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
    QString detail;
    if (const QJsonDocument json = QJsonDocument::fromJson(body); json.isObject()) {
        for (const QString &field : {u"error_description"_s, u"message"_s, u"error"_s}) {
            detail = json.object().value(field).toString().simplified();
            if (!detail.isEmpty())
                break;
        }
    } else if (!reply.header(QNetworkRequest::ContentTypeHeader).toString().contains(u"html"_s)) {
        detail = QString::fromUtf8(body).simplified();
    }
    if (detail.size() > MaxShownBody)
        detail = detail.left(MaxShownBody - 1) + u'…';
    if (phrase.isEmpty() || detail.isEmpty())
        return phrase.isEmpty() && detail.isEmpty() ? DemoCaller::tr("no reason given") : phrase + detail;
    return DemoCaller::tr("%1: %2").arg(phrase, detail);
}

} // namespace

struct DemoCaller::Private {
    Private(CredentialCatalog &catalog, CallAuthorizer &authorizer, QString credentialName)
        : catalog(catalog)
        , engine(network, authorizer)
        , credentialName(std::move(credentialName))
    { }

    QString credentialId() const
    {
        const NamedCredential *credential = catalog.configuration().credentialByName(credentialName);
        return credential ? credential->id : QString();
    }

    CredentialCatalog &catalog;
    QNetworkAccessManager network;
    CallEngine engine;
    QString credentialName;
    QTimer *timer = nullptr; // a child of the caller
    // The call under way (or waiting for the user), its response so far and whether it waited.
    QPointer<Call> call;
    QPointer<QNetworkReply> reply;
    QByteArray body;
    bool waited = false;
    // Whether the credential's tokens were refreshed since the last call was logged: a refresh
    // ends with refreshing → signed-in and a new lastRefresh (one of them may be missed if the
    // clock stands still, as in tests).
    bool refreshed = false;
    AuthStatus lastStatus = AuthStatus::SignedOut;
    QDateTime lastRefresh;
};

DemoCaller::DemoCaller(CredentialCatalog &catalog, CallAuthorizer &authorizer, const QString &credentialName,
                       std::chrono::seconds interval, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(catalog, authorizer, credentialName))
{
    d->timer = new QTimer(this);
    d->timer->setObjectName(u"callTimer"_s);
    d->timer->setInterval(interval);
    connect(d->timer, &QTimer::timeout, this, &DemoCaller::callNow);

    const ExternalAuthentication record = catalog.externalAuthentication(d->credentialId());
    d->lastStatus = record.status;
    d->lastRefresh = record.lastRefresh;
    connect(&catalog, &CredentialCatalog::externalAuthenticationChanged, this, [this](const QString &id) {
        if (id != d->credentialId())
            return;
        const ExternalAuthentication now = d->catalog.externalAuthentication(id);
        if ((d->lastStatus == AuthStatus::Refreshing && now.status == AuthStatus::SignedIn)
            || (now.lastRefresh.isValid() && now.lastRefresh != d->lastRefresh))
            d->refreshed = true;
        d->lastStatus = now.status;
        d->lastRefresh = now.lastRefresh;
    });
}

DemoCaller::~DemoCaller()
{
    delete d->call; // quietly: no entry for a call cut short by the end of the demo
}

const QString &DemoCaller::credentialName() const
{
    return d->credentialName;
}

void DemoCaller::start()
{
    callNow();
    d->timer->start();
}

bool DemoCaller::isCalling() const
{
    return !d->call.isNull();
}

void DemoCaller::callNow()
{
    if (isCalling())
        return; // never two at a time: a waiting call holds the next one back

    CallRequest request;
    request.method = "GET";
    request.credential = d->credentialName;
    request.target = u"/me"_s;
    request.wait = protocol::MaxCallWait; // as long as the user takes to sign in again
    Call *call = d->engine.start(request);
    d->call = call;
    d->reply = nullptr;
    d->body.clear();
    d->waited = false;

    connect(call, &Call::waitingForUser, this, [this](const QString &) {
        d->waited = true;
        const bool firstSignIn = d->catalog.externalAuthentication(d->credentialId()).awaitsFirstSignIn();
        addEntry(Outcome::Waiting,
                 firstSignIn ? tr("Not signed in yet: waiting for you to sign in")
                             : tr("The service ended the session: waiting for you to Re-authenticate"));
    });
    connect(call, &Call::responding, this, [this](QNetworkReply *reply) {
        d->reply = reply;
        connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
            const QByteArray chunk = reply->readAll();
            if (d->body.size() < MaxBody)
                d->body += chunk.left(MaxBody - d->body.size());
        });
    });
    connect(call, &Call::finished, this, [this, call] {
        finishCall(*call);
        call->deleteLater(); // not from inside its own signal
        d->call = nullptr;
        Q_EMIT callingChanged(false);
    });
    Q_EMIT callingChanged(true);
}

void DemoCaller::finishCall(const Call &call)
{
    if (call.failure().isFailure() || !d->reply) {
        addEntry(Outcome::Failed, call.failure().message);
        return;
    }
    QNetworkReply &reply = *d->reply;
    if (const QByteArray rest = reply.readAll(); d->body.size() < MaxBody)
        d->body += rest.left(MaxBody - d->body.size());
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        addEntry(Outcome::Failed, tr("%1 — %2").arg(status).arg(reasonOf(reply, d->body)));
        return;
    }
    const QString details = detailsOf(d->body);
    if (d->waited)
        addEntry(Outcome::WaitingCallCompleted, tr("200 — the waiting call completed") + details);
    else if (d->refreshed)
        addEntry(Outcome::RefreshedSilently, tr("200 — token refreshed silently") + details);
    else
        addEntry(Outcome::Answered, tr("200 — token still valid") + details);
}

void DemoCaller::addEntry(Outcome outcome, const QString &text)
{
    if (outcome != Outcome::Waiting)
        d->refreshed = false; // the next call says whether it was refreshed since this one
    const Entry entry{QDateTime::currentDateTimeUtc(), outcome, text};
    m_log.append(entry);
    Q_EMIT logged(entry);
}

} // namespace callout::demo
