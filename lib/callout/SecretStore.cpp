#include "callout/SecretStore.h"

namespace callout::secretkeys {

QString credentialTokens(const QString &credentialId)
{
    return u"credential/"_qs + credentialId + u"/tokens"_qs;
}

QString providerClientSecret(const QString &providerId)
{
    return u"provider/"_qs + providerId + u"/client-secret"_qs;
}

} // namespace callout::secretkeys
