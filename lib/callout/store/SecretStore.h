#pragma once

#include "callout/core/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace callout {

class Configuration;

// Where secrets live: tokens and client secrets. Asynchronous, like every real keychain. A callback
// runs later on the caller's thread, and not at all if `context` was destroyed meanwhile.
// There is no plaintext fallback: an implementation that cannot store a secret fails.
class SecretStore
{
public:
    using ReadCallback = std::function<void(Result<QByteArray>)>; // SecretNotFound when missing
    using DoneCallback = std::function<void(Result<void>)>;

    virtual ~SecretStore() = default;

    virtual void read(const QString &key, QObject *context, ReadCallback callback) = 0;
    virtual void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback callback) = 0;
    // Removing a missing item succeeds.
    virtual void remove(const QString &key, QObject *context, DoneCallback callback) = 0;
};

// Keys of the items Callout keeps: secrets are keyed by stable ids, never by names.
namespace secretkeys {
QString credentialTokens(const QString &credentialId);
QString providerClientSecret(const QString &providerId);
// What a user browsing the keychain sees for `key`: "Callout — <credential label> (tokens)",
// "Callout — <provider name> (client secret)"; empty for a key of nothing in `configuration`.
QString itemLabel(const Configuration &configuration, const QString &key);
} // namespace secretkeys

} // namespace callout
