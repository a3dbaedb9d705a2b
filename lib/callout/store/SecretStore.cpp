#include "callout/store/SecretStore.h"

#include "callout/model/Configuration.h"

#include <QCoreApplication>

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

QString itemLabel(const Configuration &configuration, const QString &key)
{
    for (const NamedCredential &credential : configuration.namedCredentials) {
        if (key == credentialTokens(credential.id))
            return QCoreApplication::translate("SecretStore", "Callout — %1 (tokens)").arg(credential.displayLabel());
    }
    for (const AuthProvider &provider : configuration.authProviders) {
        if (key == providerClientSecret(provider.id))
            return QCoreApplication::translate("SecretStore", "Callout — %1 (client secret)").arg(provider.name);
    }
    return {};
}

} // namespace callout::secretkeys
