#include "callout/store/KeychainSecretStore.h"

#include "callout/core/Logging.h"
#include "callout/store/KeychainErrors.h"

#include <QPointer>

namespace callout {

namespace {

// Runs `job`, then `onFinished` unless `context` is gone. Jobs delete themselves.
template<typename Job, typename Handler> void start(Job *job, QObject *context, Handler onFinished)
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, guard, onFinished](QKeychain::Job *) {
        if (guard)
            onFinished(job);
    });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{ }

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    start(job, context, [callback = std::move(callback), key](QKeychain::ReadPasswordJob *j) {
        if (j->error() != QKeychain::NoError) {
            if (j->error() != QKeychain::EntryNotFound)
                qCWarning(lcStore) << "read of" << key << "failed:" << j->errorString();
            callback(keychainError(j->error(), j->errorString()));
            return;
        }
        callback(j->binaryData());
    });
}

void KeychainSecretStore::write(const QString &key, const QByteArray &value, QObject *context, DoneCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(value);
    start(job, context, [callback = std::move(callback), key](QKeychain::WritePasswordJob *j) {
        if (j->error() != QKeychain::NoError) {
            qCWarning(lcStore) << "write of" << key << "failed:" << j->errorString();
            callback(keychainError(j->error(), j->errorString()));
            return;
        }
        callback({});
    });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, DoneCallback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    start(job, context, [callback = std::move(callback), key](QKeychain::DeletePasswordJob *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            qCWarning(lcStore) << "delete of" << key << "failed:" << j->errorString();
            callback(keychainError(j->error(), j->errorString()));
            return;
        }
        callback({});
    });
}

} // namespace callout
