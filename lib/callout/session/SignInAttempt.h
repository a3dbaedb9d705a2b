#pragma once

#include "callout/core/Result.h"
#include "callout/model/AuthProvider.h"
#include "callout/model/TokenSet.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkReply;

namespace callout {

class AuthorizationCodeFlow;
class Clock;

// One browser sign-in: opens the loopback listener, asks for the browser, waits for the redirect
// (at most `timeout`), exchanges the code, reads the user name, answers the browser, and closes
// the listener whatever the outcome. Stores nothing: the caller decides what to keep.
class SignInAttempt : public QObject
{
    Q_OBJECT

public:
    struct Outcome {
        TokenSet tokens;
        QString user;
    };

    SignInAttempt(const AuthProvider &provider, const QString &clientSecret, QString scopes, QString systemLabel,
                  const Clock &clock, std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~SignInAttempt() override;

    void start();
    void cancel();
    void cancel(const Error &reason); // ends it with `reason` (code SignInCancelled), told to the browser too
    bool isFinished() const { return m_finished; }
    // How long it still waits for the browser (-1 ms once finished or before start()).
    std::chrono::milliseconds remainingTime() const { return m_timeout.remainingTimeAsDuration(); }
    AuthorizationCodeFlow *flow() const { return m_flow; }
    // A new one-time start URL for the browser (see AuthorizationCodeFlow::signInPageReady).
    QUrl newStartUrl();

Q_SIGNALS:
    // The one-time start URL to open in the browser (never the authorization URL itself).
    void browserRequested(const QUrl &url);
    void finished(const callout::Result<callout::SignInAttempt::Outcome> &result);

private:
    void onTokens(const TokenSet &tokens, const QString &idToken);
    void fetchUserInfo(const TokenSet &tokens);
    void finish(const Result<Outcome> &result);

    AuthProvider m_provider;
    QString m_scopes;
    QString m_label;
    const Clock &m_clock;
    AuthorizationCodeFlow *m_flow;
    QTimer m_timeout;
    QPointer<QNetworkReply> m_userInfoReply;
    bool m_finished = false;
};

} // namespace callout
