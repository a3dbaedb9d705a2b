// OpenID Connect discovery and RFC 8414 metadata documents, as the issuer (or whoever answers in
// its place) may serve them: only the configured issuer's document is used, and only secure URLs
// are taken from it, so a completed provider is always one that validation accepts.
#include "ConfigurationSamples.h"
#include "FuzzSupport.h"
#include "callout/model/Validation.h"
#include "callout/oauth/ProviderDiscovery.h"

using namespace Qt::StringLiterals;
using namespace callout;

namespace {

// A provider that names only its issuer: discovery must find both endpoints.
AuthProvider issuerOnly(const QString &issuer)
{
    AuthProvider provider = test::provider(u"Demo"_s, u"p-1"_s);
    provider.issuer = issuer;
    provider.authorizeUrl.clear();
    provider.tokenUrl.clear();
    return provider;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray document = fuzz::bytes(data, size);
    for (const QString &issuer : {u"https://login.example.com"_s, u"https://login.example.com/tenant/v2.0"_s}) {
        const Result<AuthProvider> completed = ProviderDiscovery::apply(issuerOnly(issuer), document);
        if (!completed.ok())
            continue;
        if (!completed->hasEndpoints() || !validation::isSecureUrl(completed->tokenUrl)
            || !validation::isSecureUrl(completed->authorizeUrl))
            fuzz::fail("discovery completed a provider with missing or insecure endpoints", document);
        if (const QList<Error> problems = completed->validate(u"authProviders[0]"_s); !problems.isEmpty())
            fuzz::fail("discovery completed a provider that validation refuses", problems.first().message.toUtf8());
    }
    // The issuer itself as the user may type it.
    (void)ProviderDiscovery::metadataUrls(QString::fromUtf8(document));
    return 0;
}
