#pragma once

#include "callout/store/SecretStore.h"

namespace callout {

// The OS keychain through QtKeychain: the Secret Service (gnome-keyring, KWallet) on Linux,
// Keychain on macOS, Credential Manager on Windows. Items are stored under service `callout`.
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr auto ServiceName = "callout";

    explicit KeychainSecretStore(QString service = QString::fromLatin1(ServiceName));

    void read(const QString &key, QObject *context, ReadCallback callback) override;
    void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback callback) override;
    void remove(const QString &key, QObject *context, DoneCallback callback) override;

private:
    QString m_service;
};

} // namespace callout
