#include "callout/store/LockAwareSecretStore.h"

#include "callout/core/Logging.h"

#include <QTimer>

namespace callout {

LockAwareSecretStore::LockAwareSecretStore(SecretStore &keychain, std::chrono::milliseconds patience, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_patience(patience)
{ }

void LockAwareSecretStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    run(context, [this, key, guard = QPointer<QObject>(context), callback = std::move(callback)](const Done &done) {
        m_keychain.read(key, this, [guard, callback, done](Result<QByteArray> result) {
            done();
            if (guard)
                callback(std::move(result));
        });
    });
}

void LockAwareSecretStore::write(const QString &key, const QByteArray &value, QObject *context, DoneCallback callback)
{
    run(context,
        [this, key, value, guard = QPointer<QObject>(context), callback = std::move(callback)](const Done &done) {
            m_keychain.write(key, value, this, [guard, callback, done](Result<void> result) {
                done();
                if (guard)
                    callback(std::move(result));
            });
        });
}

void LockAwareSecretStore::remove(const QString &key, QObject *context, DoneCallback callback)
{
    run(context, [this, key, guard = QPointer<QObject>(context), callback = std::move(callback)](const Done &done) {
        m_keychain.remove(key, this, [guard, callback, done](Result<void> result) {
            done();
            if (guard)
                callback(std::move(result));
        });
    });
}

void LockAwareSecretStore::run(QObject *context, Job job)
{
    if (m_waitingForUser) {
        m_held.append({context, std::move(job)});
        return;
    }
    start(job);
}

void LockAwareSecretStore::start(const Job &job)
{
    const quint64 serial = ++m_nextSerial;
    m_running.insert(serial);
    QTimer::singleShot(m_patience, this, [this, serial] {
        if (!m_running.contains(serial))
            return;
        m_overdue.insert(serial);
        setWaitingForUser(true);
    });
    job([this, serial] { finished(serial); });
}

void LockAwareSecretStore::finished(quint64 serial)
{
    m_running.remove(serial);
    m_overdue.remove(serial);
    if (!m_waitingForUser || !m_overdue.isEmpty())
        return;
    setWaitingForUser(false);
    // The keychain answers again: what still has a requester runs now, in order; the rest was
    // given up on and is dropped.
    const QList<Held> held = std::exchange(m_held, {});
    qsizetype dropped = 0;
    for (const Held &h : held) {
        if (h.context)
            run(h.context, h.job);
        else
            ++dropped;
    }
    if (dropped > 0)
        qCInfo(lcStore) << "dropped" << dropped << "keychain operation(s) given up on while the keychain was locked";
}

void LockAwareSecretStore::setWaitingForUser(bool waiting)
{
    if (m_waitingForUser == waiting)
        return;
    m_waitingForUser = waiting;
    qCInfo(lcStore) << (waiting ? "the keychain waits for the user to unlock it" : "the keychain answers again");
    Q_EMIT waitingForUserChanged(waiting);
}

} // namespace callout
