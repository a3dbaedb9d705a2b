// Token endpoint replies (RFC 6749 §5.1, §5.2) as the server, or whoever answers in its place, may
// send them: the body under each kind of HTTP status, then what Callout takes from a success (the
// tokens, the expiry, the ID token's claims), and the keychain item the tokens are kept in.
#include "FuzzSupport.h"
#include "callout/model/TokenSet.h"
#include "callout/oauth/OAuthErrors.h"
#include "callout/oauth/TokenResponse.h"

#include <QDateTime>

using namespace callout;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    for (const int status : {200, 400, 401, 429, 503}) {
        const Result<QVariantMap> values = readTokenEndpointResponse(status, body, 0, QString());
        if (!values.ok()) {
            if (values.error().message.isEmpty())
                fuzz::fail("a refused token reply without a message", body);
            continue;
        }
        if (status != 200)
            fuzz::fail("an error status read as tokens", body);
        const TokenResponse response = TokenResponse::fromValues(values.value());
        if (response.accessToken.isEmpty())
            fuzz::fail("tokens without an access token", body);
        (void)userNameFromClaims(idTokenClaims(response.idToken));
    }
    // The ID token on its own (its payload is base64url JSON), and a damaged keychain item.
    (void)userNameFromClaims(idTokenClaims(QString::fromUtf8(body)));
    if (const Result<TokenSet> stored = TokenSet::fromBytes(body); stored.ok())
        (void)TokenSet::fromBytes(stored->toBytes());
    return 0;
}
