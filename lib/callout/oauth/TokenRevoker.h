#pragma once

#include "callout/core/Result.h"
#include "callout/model/AuthProvider.h"

#include <QObject>

#include <functional>

namespace callout {

class OAuthNetworkAccessManager;

// Revokes a refresh token at the provider's revocation endpoint (RFC 7009), with the provider's
// client authentication. Never follows a redirect.
class TokenRevoker : public QObject
{
    Q_OBJECT

public:
    explicit TokenRevoker(QObject *parent = nullptr);

    void revoke(const AuthProvider &provider, const QString &clientSecret, const QString &refreshToken,
                std::function<void(Result<void>)> callback);

private:
    OAuthNetworkAccessManager *m_network;
};

} // namespace callout
