#include "callout/session/SignInAttempt.h"

#include "callout/core/Clock.h"
#include "callout/core/Logging.h"
#include "callout/oauth/AuthorizationCodeFlow.h"
#include "callout/oauth/LoopbackListener.h"
#include "callout/oauth/OAuthNetworkAccessManager.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// The real duration in words ("3 seconds", "1 minute", "90 seconds"). The singular has its own
// source string so that English reads right without a translation; other languages get %n forms.
QString timedOutMessage(int seconds)
{
    if (seconds % 60 == 0) {
        const int minutes = seconds / 60;
        return minutes == 1
            ? SignInAttempt::tr("Nobody came back from the browser within 1 minute; the sign-in was stopped.")
            : SignInAttempt::tr("Nobody came back from the browser within %n minutes; the sign-in was stopped.",
                                nullptr, minutes);
    }
    return seconds == 1
        ? SignInAttempt::tr("Nobody came back from the browser within 1 second; the sign-in was stopped.")
        : SignInAttempt::tr("Nobody came back from the browser within %n seconds; the sign-in was stopped.", nullptr,
                            seconds);
}

} // namespace

SignInAttempt::SignInAttempt(const AuthProvider &provider, const QString &clientSecret, QString scopes,
                             QString systemLabel, const Clock &clock, std::chrono::milliseconds timeout,
                             QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_scopes(std::move(scopes))
    , m_label(std::move(systemLabel))
    , m_clock(clock)
    , m_flow(new AuthorizationCodeFlow(provider, clientSecret, this))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(Error(ErrorCode::SignInTimedOut, timedOutMessage(std::max(1, m_timeout.interval() / 1000))));
    });
    connect(m_flow, &AuthorizationCodeFlow::signInPageReady, this, &SignInAttempt::browserRequested);
    connect(m_flow->loopback(), &LoopbackListener::authorizationFailed, this,
            [this](const Error &error) { finish(error); });
    connect(m_flow, &AuthorizationCodeFlow::tokenRequestFailed, this, [this](const Error &error) { finish(error); });
    connect(m_flow, &AuthorizationCodeFlow::tokenResponseReceived, this, [this](const TokenResponse &response) {
        TokenSet tokens;
        tokens.accessToken = response.accessToken;
        tokens.refreshToken = response.refreshToken;
        tokens.grantedScope = response.scope.isEmpty() ? m_scopes : response.scope;
        tokens.issued = m_clock.now();
        if (response.expiresIn && *response.expiresIn > 0)
            tokens.expiry = m_clock.now().addSecs(*response.expiresIn);
        if (response.refreshExpiresIn)
            tokens.refreshExpiry = m_clock.now().addSecs(*response.refreshExpiresIn);
        onTokens(tokens, response.idToken);
    });
}

SignInAttempt::~SignInAttempt()
{
    if (!m_finished)
        m_flow->loopback()->close();
}

void SignInAttempt::start()
{
    const Result<void> started = m_flow->startSignIn(m_scopes);
    if (!started.ok()) {
        // Reported after start() returns, like every other outcome.
        QTimer::singleShot(0, this, [this, error = started.error()] { finish(error); });
        return;
    }
    m_timeout.start();
}

QUrl SignInAttempt::newStartUrl()
{
    return m_finished ? QUrl() : m_flow->newStartUrl();
}

void SignInAttempt::cancel()
{
    cancel(Error(ErrorCode::SignInCancelled, tr("The sign-in was cancelled.")));
}

void SignInAttempt::cancel(const Error &reason)
{
    finish(reason);
}

void SignInAttempt::onTokens(const TokenSet &tokens, const QString &idToken)
{
    const QString user = userNameFromClaims(idTokenClaims(idToken));
    if (user.isEmpty() && !m_provider.userInfoUrl.isEmpty()) {
        fetchUserInfo(tokens);
        return;
    }
    finish(Outcome{tokens, user});
}

void SignInAttempt::fetchUserInfo(const TokenSet &tokens)
{
    QNetworkRequest request(m_provider.userInfoUrl);
    request.setRawHeader("Authorization", "Bearer " + tokens.accessToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    m_userInfoReply = m_flow->network()->get(request);
    connect(m_userInfoReply, &QNetworkReply::finished, this, [this, tokens, reply = m_userInfoReply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString user;
        if (status == 200)
            user = userNameFromClaims(QJsonDocument::fromJson(reply->readAll()).object());
        else
            qCWarning(lcOAuth) << "userinfo answered HTTP" << status << "; the user name stays unknown";
        finish(Outcome{tokens, user});
    });
}

void SignInAttempt::finish(const Result<Outcome> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    if (m_userInfoReply)
        m_userInfoReply->abort();
    LoopbackListener *loopback = m_flow->loopback();
    if (result.ok())
        loopback->answerBrowser(
            true, tr("You are signed in to %1").arg(m_label),
            tr("You can close this tab and go back to your work. Callout keeps %1 signed in.").arg(m_label));
    else
        loopback->answerBrowser(false, tr("Sign-in to %1 did not complete").arg(m_label),
                                result.error().message + u' ' + tr("Go back to Callout to try again."));
    // Closed after this event, never inside the flow's own signal handling.
    QTimer::singleShot(0, loopback, &LoopbackListener::close);
    qCInfo(lcOAuth) << "sign-in with" << m_provider.name
                    << "ended:" << (result.ok() ? u"signed in"_s : errorCodeName(result.error().code));
    Q_EMIT finished(result);
}

} // namespace callout
