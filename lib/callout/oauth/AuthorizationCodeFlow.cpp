#include "callout/oauth/AuthorizationCodeFlow.h"

#include "callout/core/Logging.h"
#include "callout/oauth/FormEncoding.h"
#include "callout/oauth/LoopbackListener.h"
#include "callout/oauth/OAuthNetworkAccessManager.h"
#include "callout/oauth/TokenReplyReader.h"

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// Sets `key` to `raw`, form-encoded: QUrlQuery passes the encoded value through unchanged ('+'
// included), and the server decodes it back to `raw` exactly.
void setParameter(QMultiMap<QString, QVariant> *parameters, const QString &key, const QString &raw)
{
    parameters->remove(key);
    parameters->insert(key, QString::fromLatin1(formUrlEncode(raw)));
}

} // namespace

AuthorizationCodeFlow::AuthorizationCodeFlow(const AuthProvider &provider, const QString &clientSecret, QObject *parent)
    : QOAuth2AuthorizationCodeFlow(parent)
    , m_provider(provider)
    , m_clientSecret(clientSecret)
    , m_network(new OAuthNetworkAccessManager(this))
    , m_loopback(new LoopbackListener(this))
    , m_tokenReplies(new TokenReplyReader(this))
{
    setNetworkAccessManager(m_network); // Qt 6.4: null until set
    setAuthorizationUrl(provider.authorizeUrl);
    setAccessTokenUrl(provider.tokenUrl);
    setClientIdentifier(provider.clientId);
    if (provider.clientAuthentication == ClientAuthentication::Basic)
        m_network->setBasicClientAuthentication(provider.tokenUrl, provider.clientId, clientSecret);

    // Read the token response before the flow does, so that its granted() finds it already read.
    connect(m_tokenReplies, &QAbstractOAuthReplyHandler::tokensReceived, this,
            [this](const QVariantMap &values) { Q_EMIT tokenResponseReceived(TokenResponse::fromValues(values)); });
    connect(m_tokenReplies, &TokenReplyReader::tokenRequestFailed, this, [this](const callout::Error &error) {
        if (status() == Status::RefreshingToken) // Qt < 6.6 would stay here and refuse every refresh
            setStatus(token().isEmpty() ? Status::NotAuthenticated : Status::Granted);
        Q_EMIT tokenRequestFailed(error);
    });
    // The listener checked state and iss: the flow checks the state once more and requests the
    // token, with the code as the listener decoded it (modifyParameters).
    connect(m_loopback, &LoopbackListener::authorizationCodeReceived, this, [this](const QString &code) {
        m_code = code;
        Q_EMIT authorizationCallbackReceived(QVariantMap{{u"code"_s, code}, {u"state"_s, m_state}});
    });
    // Never hand the authorization URL itself to the browser opener: a start page serves it.
    connect(this, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &authorizeUrl) {
        m_authorizeUrl = authorizeUrl;
        Q_EMIT signInPageReady(m_loopback->offerStartPage(authorizeUrl));
    });
    setReplyHandler(m_tokenReplies);
    setModifyParametersFunction(
        [this](Stage stage, QMultiMap<QString, QVariant> *parameters) { modifyParameters(stage, parameters); });
}

AuthorizationCodeFlow::~AuthorizationCodeFlow() = default;

Result<void> AuthorizationCodeFlow::startSignIn(const QString &scopes)
{
    if (Result<void> listening = m_loopback->listen(m_provider.redirectUri); !listening.ok())
        return listening;
    m_state = QString::fromLatin1(randomUrlSafeToken(32));
    m_pkce = Pkce::generate();
    m_scopes = scopes;
    m_code.clear();
    setState(m_state);
    setScope(scopes);
    m_loopback->expect(m_state, m_provider.issuer, m_provider.authorizationResponseIssRequired);
    qCInfo(lcOAuth) << "starting sign-in with" << m_provider.name << "redirect" << m_loopback->redirectUri();
    grant();
    return {};
}

QUrl AuthorizationCodeFlow::newStartUrl()
{
    if (m_authorizeUrl.isEmpty() || !m_loopback->isListening())
        return {};
    return m_loopback->offerStartPage(m_authorizeUrl);
}

void AuthorizationCodeFlow::refresh(const QString &refreshToken, const QString &scopes)
{
    m_refreshToken = refreshToken;
    m_scopes = scopes;
    setRefreshToken(refreshToken);
    refreshAccessToken();
}

void AuthorizationCodeFlow::modifyParameters(Stage stage, QMultiMap<QString, QVariant> *parameters) const
{
    const bool secretInBody = m_provider.clientAuthentication == ClientAuthentication::Post;
    switch (stage) {
    case Stage::RequestingAuthorization:
        setParameter(parameters, u"response_type"_s, u"code"_s);
        setParameter(parameters, u"client_id"_s, m_provider.clientId);
        setParameter(parameters, u"redirect_uri"_s, m_loopback->redirectUri());
        setParameter(parameters, u"scope"_s, m_scopes);
        setParameter(parameters, u"state"_s, m_state);
        setParameter(parameters, u"code_challenge"_s, QString::fromLatin1(m_pkce.challenge));
        setParameter(parameters, u"code_challenge_method"_s, u"S256"_s);
        if (m_scopes.isEmpty())
            parameters->remove(u"scope"_s);
        for (auto it = m_provider.extraAuthorizeParameters.begin(); it != m_provider.extraAuthorizeParameters.end();
             ++it)
            setParameter(parameters, it.key(), it.value());
        break;
    case Stage::RequestingAccessToken:
        parameters->clear();
        setParameter(parameters, u"grant_type"_s, u"authorization_code"_s);
        setParameter(parameters, u"code"_s, m_code);
        setParameter(parameters, u"redirect_uri"_s, m_loopback->redirectUri()); // the exact one, port included
        setParameter(parameters, u"code_verifier"_s, QString::fromLatin1(m_pkce.verifier));
        if (m_provider.clientAuthentication != ClientAuthentication::Basic)
            setParameter(parameters, u"client_id"_s, m_provider.clientId);
        if (secretInBody)
            setParameter(parameters, u"client_secret"_s, m_clientSecret);
        break;
    case Stage::RefreshingAccessToken:
        parameters->clear();
        setParameter(parameters, u"grant_type"_s, u"refresh_token"_s);
        setParameter(parameters, u"refresh_token"_s, m_refreshToken);
        if (m_provider.clientAuthentication != ClientAuthentication::Basic)
            setParameter(parameters, u"client_id"_s, m_provider.clientId);
        if (secretInBody)
            setParameter(parameters, u"client_secret"_s, m_clientSecret);
        if (!m_scopes.isEmpty())
            setParameter(parameters, u"scope"_s, m_scopes);
        break;
    case Stage::RequestingTemporaryCredentials: break;
    }
}

} // namespace callout
