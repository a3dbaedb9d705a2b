#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QUrl>

namespace callout {

// The network access manager of every request that carries a secret or a token.
// - Redirects are never followed (Qt 6.4 re-sends Authorization to another origin on a redirect):
//   a 3xx reaches the caller, which treats it as an error.
// - Requests to the token endpoint get the client's `Authorization: Basic` header when the provider
//   uses client_secret_basic: QOAuth2AuthorizationCodeFlow 6.4 can only put the secret in the body.
// - The system's proxy configuration is honoured.
class OAuthNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 30'000;

    explicit OAuthNetworkAccessManager(QObject *parent = nullptr);

    // Adds `Authorization: Basic …` (RFC 6749 §2.3.1: id and secret form-urlencoded first) to POST
    // requests for `endpoint`. An empty clientId removes it.
    void setBasicClientAuthentication(const QUrl &endpoint, const QString &clientId, const QString &clientSecret);

    static QByteArray basicAuthorization(const QString &clientId, const QString &clientSecret);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QUrl m_basicEndpoint;
    QByteArray m_basicAuthorization;
};

} // namespace callout
