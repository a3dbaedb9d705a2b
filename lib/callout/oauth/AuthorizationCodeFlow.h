#pragma once

#include "callout/core/Result.h"
#include "callout/model/AuthProvider.h"
#include "callout/oauth/OAuthRandom.h"
#include "callout/oauth/TokenResponse.h"

#include <QOAuth2AuthorizationCodeFlow>

namespace callout {

class LoopbackListener;
class OAuthNetworkAccessManager;
class TokenReplyReader;

// The adapter around QOAuth2AuthorizationCodeFlow: the one place that carries every Qt 6.4
// workaround (docs/qt64-workarounds.md, section F), so that the rest of Callout sees a
// correct authorization code flow with PKCE. One object per sign-in attempt or refresh.
//
// Workarounds, each with a test in tests/unit/tst_authorizationcodeflow.cpp:
//  1. PKCE S256 (no API before 6.8): challenge/verifier added by the parameter function.
//  2. `state`: fresh 256-bit value per attempt (6.4: 8 chars from a clock-seeded mt19937, reused).
//  3. Parameter encoding: every value of the authorization, token and refresh requests is
//     form-encoded by us (formUrlEncode; 6.4 double-encodes the code, QTBUG-81624, and sends `+`
//     in secrets/tokens/ids raw).
//  4. Scope re-set before each grant (6.4 overwrites the property with the response's scope).
//  5. Token endpoint errors, 200-with-`error` bodies and text/plain bodies are read by our reply
//     handler, TokenReplyReader (6.4 swallows them or stalls).
//  6. A network access manager is always set (6.4: null by default), with redirects off.
//  7. client_secret_basic is added by that manager (6.4 only sends the secret in the body), and
//     an empty client_secret / redirect_uri is not sent on refresh.
//  8. After a failed refresh the status is reset (6.4 leaves it at RefreshingToken for good).
class AuthorizationCodeFlow : public QOAuth2AuthorizationCodeFlow
{
    Q_OBJECT

public:
    AuthorizationCodeFlow(const AuthProvider &provider, const QString &clientSecret, QObject *parent = nullptr);
    ~AuthorizationCodeFlow() override;

    // The redirect listener of the sign-in (Qt's own QOAuthHttpServerReplyHandler is not used).
    LoopbackListener *loopback() const { return m_loopback; }
    OAuthNetworkAccessManager *network() const { return m_network; }

    // Opens the loopback listener, draws a fresh state and PKCE pair, and calls grant():
    // authorizeWithBrowser(authorization URL) and signInPageReady(start URL) follow.
    Result<void> startSignIn(const QString &scopes);
    // Another one-time start URL for the sign-in in progress (the earlier one stops working):
    // for opening the page again. Empty when no sign-in is in progress.
    QUrl newStartUrl();
    // Exchanges a refresh token for new tokens: tokenResponseReceived or tokenRequestFailed follows.
    void refresh(const QString &refreshToken, const QString &scopes = {});

    using QAbstractOAuth::setStatus; // to reset the status after a failed refresh (Qt < 6.6)

Q_SIGNALS:
    // The URL to open in the browser: a one-time loopback URL that redirects to the authorization
    // URL, so that `state` and the PKCE challenge never appear on a command line (xdg-open's
    // arguments are readable by every local user).
    void signInPageReady(const QUrl &startUrl);
    // The token endpoint's answer, read by Callout (before the flow's own granted()).
    void tokenResponseReceived(const callout::TokenResponse &response);
    void tokenRequestFailed(const callout::Error &error);

private:
    void modifyParameters(Stage stage, QMultiMap<QString, QVariant> *parameters) const;

    AuthProvider m_provider;
    QString m_clientSecret;
    OAuthNetworkAccessManager *m_network;
    LoopbackListener *m_loopback;
    TokenReplyReader *m_tokenReplies;
    QString m_state;
    QUrl m_authorizeUrl; // of the sign-in in progress
    Pkce m_pkce;
    QString m_scopes;
    QString m_code;
    QString m_refreshToken;
};

} // namespace callout
