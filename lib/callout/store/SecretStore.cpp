#include "callout/store/SecretStore.h"

using namespace Qt::StringLiterals;

namespace callout::secretkeys {

QString credentialTokens(const QString &credentialId)
{
    return u"credential/"_s + credentialId + u"/tokens"_s;
}

QString providerClientSecret(const QString &providerId)
{
    return u"provider/"_s + providerId + u"/client-secret"_s;
}

} // namespace callout::secretkeys
