#include "callout/store/SecretServiceLabel.h"

#include "callout/core/Logging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

const QString SecretsService = u"org.freedesktop.secrets"_s;
const QString ItemInterface = u"org.freedesktop.Secret.Item"_s;

using Done = std::function<void()>;

// Runs `done` once the last of `pending` has answered.
void setLabels(const QList<QDBusObjectPath> &items, const QString &label, QObject *context, const Done &done)
{
    auto remaining = std::make_shared<qsizetype>(items.size());
    QPointer<QObject> guard(context);
    for (const QDBusObjectPath &item : items) {
        QDBusMessage set = QDBusMessage::createMethodCall(SecretsService, item.path(),
                                                          u"org.freedesktop.DBus.Properties"_s, u"Set"_s);
        set << ItemInterface << u"Label"_s << QVariant::fromValue(QDBusVariant(label));
        auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(set), context);
        QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                         [watcher, remaining, guard, done](QDBusPendingCallWatcher *) {
                             watcher->deleteLater();
                             if (watcher->isError())
                                 qCDebug(lcStore) << "could not label a keychain item:" << watcher->error().message();
                             if (--*remaining == 0 && guard)
                                 done();
                         });
    }
}

} // namespace

void labelSecretServiceItems(const QString &service, const QString &key, const QString &label, QObject *context,
                             std::function<void()> done)
{
    qDBusRegisterMetaType<QMap<QString, QString>>();
    qDBusRegisterMetaType<QList<QDBusObjectPath>>();
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done();
        return;
    }
    // The attributes QtKeychain's libsecret schema (org.qt.keychain) gives each item.
    QDBusMessage search = QDBusMessage::createMethodCall(SecretsService, u"/org/freedesktop/secrets"_s,
                                                         u"org.freedesktop.Secret.Service"_s, u"SearchItems"_s);
    search << QVariant::fromValue(QMap<QString, QString>{{u"server"_s, service}, {u"user"_s, key}});
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(search), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, label, context, done = std::move(done)](QDBusPendingCallWatcher *) {
                         watcher->deleteLater();
                         const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> found = *watcher;
                         if (found.isError() || found.argumentAt<0>().isEmpty()) {
                             if (found.isError())
                                 qCDebug(lcStore)
                                     << "could not find a keychain item to label:" << found.error().message();
                             done();
                             return;
                         }
                         setLabels(found.argumentAt<0>(), label, context, done); // only unlocked ones
                     });
}

} // namespace callout
