// The browser's request to the loopback redirect listener (RFC 8252 §7.3): any local program or
// web page can send one. Its head is parsed, and the callback's parameters are decoded as the
// listener decodes them (form encoding: '+' is a space).
#include "FuzzSupport.h"
#include "callout/oauth/FormEncoding.h"
#include "callout/oauth/LoopbackListener.h"

using namespace Qt::StringLiterals;
using namespace callout;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray head = fuzz::bytes(data, size);
    for (const QString &path : {u"/callback"_s, u"/OauthRedirect"_s}) {
        const LoopbackListener::Request request = LoopbackListener::parseRequestHead(head, path);
        if (request.status != 200) {
            if (!request.query.isEmpty())
                fuzz::fail("a refused request with a query", head);
            continue;
        }
        for (const auto &[key, value] : request.query.queryItems(QUrl::FullyEncoded)) {
            const QString decoded = formUrlDecode(value.toUtf8());
            // Decoding and encoding again must not lose anything a valid UTF-8 value carried.
            if (!decoded.contains(QChar::ReplacementCharacter) && formUrlDecode(formUrlEncode(decoded)) != decoded)
                fuzz::fail("form encoding does not round-trip", value.toUtf8());
            (void)key;
        }
    }
    (void)LoopbackListener::page(400, QString::fromUtf8(head), QString::fromLatin1(head));
    return 0;
}
