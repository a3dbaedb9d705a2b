#pragma once

#include "callout/store/SecretStore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>

namespace callout {

// Wraps the keychain so that a locked one is told apart from a dead one, and nothing queues up
// behind its unlock dialog. The Secret Service answers in milliseconds unless it waits for the user
// to unlock the keychain: a job without an answer after `patience` means "locked, waiting for the
// user" (waitingForUserChanged). Until that job ends, new jobs are held, not started; a held job
// whose requester (`context`) left meanwhile is dropped, never run later. A job's answer reaches
// its caller only while the requester is there, as with every SecretStore.
class LockAwareSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultPatience{1000};

    explicit LockAwareSecretStore(SecretStore &keychain, std::chrono::milliseconds patience = DefaultPatience,
                                  QObject *parent = nullptr);

    void read(const QString &key, QObject *context, ReadCallback callback) override;
    void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback callback) override;
    void remove(const QString &key, QObject *context, DoneCallback callback) override;

    bool isWaitingForUser() const { return m_waitingForUser; }

Q_SIGNALS:
    void waitingForUserChanged(bool waiting);

private:
    using Done = std::function<void()>;
    using Job = std::function<void(const Done &done)>; // starts one keychain operation; calls done at its end
    struct Held {
        QPointer<QObject> context;
        Job job;
    };

    void run(QObject *context, Job job);
    void start(const Job &job);
    void finished(quint64 serial);
    void setWaitingForUser(bool waiting);

    SecretStore &m_keychain;
    std::chrono::milliseconds m_patience;
    quint64 m_nextSerial = 0;
    QSet<quint64> m_running;
    QSet<quint64> m_overdue; // running longer than m_patience
    QList<Held> m_held;
    bool m_waitingForUser = false;
};

} // namespace callout
