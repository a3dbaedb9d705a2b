#pragma once

#include "callout/store/SecretStore.h"

#include <QHash>

namespace callout {

// The OS keychain through QtKeychain: the Secret Service (gnome-keyring, KWallet) on Linux,
// Keychain on macOS, Credential Manager on Windows. Items are stored under service `callout`.
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr auto ServiceName = "callout";
    // The label a user sees for an item ("Callout — Test API (tokens)"); empty: leave it.
    using ItemLabel = std::function<QString(const QString &key)>;

    explicit KeychainSecretStore(QString service = QString::fromLatin1(ServiceName));

    // Labels every item written from now on (the Secret Service; QtKeychain itself labels each
    // item with the service name only). A write answers once its item is labelled.
    void setItemLabels(ItemLabel labelFor) { m_labelFor = std::move(labelFor); }
    // Labels again the items written in this run whose label changed (a renamed credential, or a
    // client secret written before its provider was saved); `done` runs when all are.
    void refreshLabels(const std::function<void()> &done = [] {});

    void read(const QString &key, QObject *context, ReadCallback callback) override;
    void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback callback) override;
    void remove(const QString &key, QObject *context, DoneCallback callback) override;

private:
    QString m_service;
    ItemLabel m_labelFor;
    QHash<QString, QString> m_labels; // key → label given, for the items written in this run
    QObject m_labelling;              // the context of label requests: they end with the store
};

} // namespace callout
