// callout:NAME/PATH?QUERY from any program, and the proxy's paths (issue 13): reading an address
// and resolving its target must never crash, and whatever resolves stays under the credential's
// URL: same scheme, host and port, and a path that starts with the base's path.
#include "FuzzSupport.h"
#include "calloutclient/CalloutAddress.h"

using namespace Qt::StringLiterals;
using namespace callout;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    return 0;
}

namespace {

void checkUnder(const QUrl &base, const QString &target)
{
    QString error;
    const QUrl url = resolveCallTarget(base, target, &error);
    if (!url.isValid()) {
        if (error.isEmpty())
            fuzz::fail("a refused target without a reason", target.toUtf8());
        return;
    }
    QString basePath = base.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    const QString path = url.path(QUrl::FullyEncoded);
    if (url.scheme() != base.scheme() || url.host() != base.host() || url.port() != base.port()
        || url.userInfo() != base.userInfo())
        fuzz::fail("a target that leaves the credential's host", target.toUtf8() + " -> " + url.toEncoded());
    if (!path.startsWith(basePath + u'/') && path != basePath && !(basePath.isEmpty() && path.isEmpty()))
        fuzz::fail("a target that leaves the credential's path", target.toUtf8() + " -> " + url.toEncoded());
    for (const QString &segment : path.split(u'/')) {
        if (segment == u"."_s || segment == u".."_s)
            fuzz::fail("a dot segment in a resolved path", target.toUtf8() + " -> " + url.toEncoded());
    }
    // What QUrl makes of the URL when it is parsed again (as the network layer does) stays under, too.
    const QUrl reparsed = QUrl::fromEncoded(url.toEncoded(), QUrl::TolerantMode);
    if (!reparsed.isValid() || reparsed.host() != base.host() || reparsed.port() != base.port()
        || !(reparsed.path(QUrl::FullyEncoded).startsWith(basePath + u'/')
             || reparsed.path(QUrl::FullyEncoded) == basePath || basePath.isEmpty()))
        fuzz::fail("a resolved URL that reads differently", target.toUtf8() + " -> " + url.toEncoded());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<QUrl> bases
        = {QUrl(u"https://api.example.com/v1"_s), QUrl(u"https://api.example.com"_s),
           QUrl(u"http://127.0.0.1:8080/a/b/"_s), QUrl(u"https://api.example.com/v1?key=k"_s)};
    const QByteArray input = fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(input);

    for (const QUrl &base : bases)
        checkUnder(base, text);

    QString error;
    if (const auto address = CalloutAddress::parse(u"callout:"_s + text, &error)) {
        for (const QUrl &base : bases)
            checkUnder(base, address->target);
    } else if (error.isEmpty()) {
        fuzz::fail("a refused address without a reason", input);
    }
    // As a Qt program hands it over: through QUrl.
    const QUrl url = QUrl::fromEncoded("callout:" + input, QUrl::TolerantMode);
    if (const auto address = CalloutAddress::fromUrl(url, &error)) {
        if (address->credential.isEmpty())
            fuzz::fail("an address without a credential", input);
        checkUnder(bases.first(), address->target);
    }
    return 0;
}
