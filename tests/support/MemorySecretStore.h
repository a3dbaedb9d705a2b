#pragma once

#include "callout/store/SecretStore.h"

#include <QMap>

#include <optional>

namespace callout {

// A SecretStore in memory, for fast tests and fault injection (an unavailable or locked
// keychain). Callbacks are queued, like a real keychain's, never run inline.
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString &key, QObject *context, ReadCallback callback) override;
    void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback callback) override;
    void remove(const QString &key, QObject *context, DoneCallback callback) override;

    // Every later operation fails with `error` until cleared with std::nullopt.
    void setFailure(std::optional<Error> error) { m_failure = std::move(error); }

    const QMap<QString, QByteArray> &items() const { return m_items; }

private:
    QMap<QString, QByteArray> m_items;
    std::optional<Error> m_failure;
};

} // namespace callout
