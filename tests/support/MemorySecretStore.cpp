#include "MemorySecretStore.h"

#include <QMetaObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

template<typename Callback, typename Value> void deliver(QObject *context, Callback callback, Value value)
{
    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), value = std::move(value)]() { callback(value); },
        Qt::QueuedConnection);
}

} // namespace

void MemorySecretStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    Result<QByteArray> result = m_failure ? Result<QByteArray>(*m_failure)
        : m_items.contains(key)           ? Result<QByteArray>(m_items.value(key))
                                          : Result<QByteArray>(Error(ErrorCode::SecretNotFound, u"no such item"_s));
    deliver(context, std::move(callback), std::move(result));
}

void MemorySecretStore::write(const QString &key, const QByteArray &value, QObject *context, DoneCallback callback)
{
    Result<void> result;
    if (m_failure)
        result = *m_failure;
    else
        m_items.insert(key, value);
    deliver(context, std::move(callback), std::move(result));
}

void MemorySecretStore::remove(const QString &key, QObject *context, DoneCallback callback)
{
    Result<void> result;
    if (m_failure)
        result = *m_failure;
    else
        m_items.remove(key);
    deliver(context, std::move(callback), std::move(result));
}

} // namespace callout
