#pragma once

#include <QByteArray>

namespace callout {

// `bytes` bytes from the system's CSPRNG, base64url-encoded without padding.
QByteArray randomUrlSafeToken(int bytes);

// PKCE (RFC 7636) with S256: a fresh 32-byte verifier (43 characters) per sign-in attempt.
struct Pkce {
    QByteArray verifier;
    QByteArray challenge; // BASE64URL(SHA256(verifier))

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);
};

} // namespace callout
