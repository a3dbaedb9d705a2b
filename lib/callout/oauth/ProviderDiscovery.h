#pragma once

#include "callout/core/Result.h"
#include "callout/model/AuthProvider.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace callout {

// Completes an auth provider from its issuer's metadata: OpenID Connect discovery
// (`<issuer>/.well-known/openid-configuration`), then RFC 8414
// (`/.well-known/oauth-authorization-server<path>`). The document's `issuer` must equal the
// configured one exactly (RFC 8414 §3.3), or nothing is taken from it. Only runs when asked to:
// the caller saves the result; nothing is fetched silently later.
class ProviderDiscovery : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<AuthProvider>)>;

    explicit ProviderDiscovery(QObject *parent = nullptr);

    void discover(const AuthProvider &provider, Callback callback);

    // Fills the endpoints `provider` lacks from a metadata document; an error when the document's
    // issuer differs or required endpoints are missing.
    static Result<AuthProvider> apply(const AuthProvider &provider, const QByteArray &document);
    static QList<QUrl> metadataUrls(const QString &issuer);

private:
    void tryNext(AuthProvider provider, QList<QUrl> urls, Callback callback, Error lastError);

    QNetworkAccessManager *m_network;
};

} // namespace callout
