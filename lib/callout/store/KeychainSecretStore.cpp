#include "callout/store/KeychainSecretStore.h"

#include "callout/core/Logging.h"
#include "callout/store/KeychainErrors.h"
#include "callout/store/SecretServiceLabel.h"

#include <QPointer>

#include <memory>

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
    const QPointer<QObject> storeAlive(&m_labelling);
    start(job, context,
          [this, storeAlive, callback = std::move(callback), key, context](QKeychain::WritePasswordJob *j) {
              if (j->error() != QKeychain::NoError) {
                  qCWarning(lcStore) << "write of" << key << "failed:" << j->errorString();
                  callback(keychainError(j->error(), j->errorString()));
                  return;
              }
              if (!storeAlive || !m_labelFor) {
                  callback({});
                  return;
              }
              // Every write labels anew: the Secret Service item is replaced, label and all.
              const QString label = m_labelFor(key);
              m_labels.insert(key, label);
              if (label.isEmpty())
                  callback({});
              else
                  labelSecretServiceItems(m_service, key, label, context, [callback] { callback({}); });
          });
}

void KeychainSecretStore::refreshLabels(const std::function<void()> &done)
{
    auto remaining = std::make_shared<int>(1); // one for this loop, so `done` runs once, last
    auto finishOne = [remaining, done] {
        if (--*remaining == 0)
            done();
    };
    for (auto it = m_labels.begin(); m_labelFor && it != m_labels.end(); ++it) {
        const QString label = m_labelFor(it.key());
        if (label.isEmpty() || label == it.value())
            continue;
        it.value() = label;
        ++*remaining;
        labelSecretServiceItems(m_service, it.key(), label, &m_labelling, finishOne);
    }
    finishOne();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, DoneCallback callback)
{
    m_labels.remove(key);
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
