#pragma once

#include "callout/core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace callout {

// The tokens of one named credential: one keychain item, written in one job, so a rotated refresh
// token and the access token issued with it can never be split.
class TokenSet
{
public:
    QString accessToken;
    QString refreshToken;
    QDateTime expiry; // invalid = unknown
    QDateTime issued; // when the access token was issued (for the half-lifetime rule)
    QString grantedScope;
    QDateTime refreshExpiry{}; // when the refresh token ends, as the server said (invalid = not said)

    QByteArray toBytes() const;
    static Result<TokenSet> fromBytes(const QByteArray &bytes);

    friend bool operator==(const TokenSet &, const TokenSet &) = default;
};

} // namespace callout
