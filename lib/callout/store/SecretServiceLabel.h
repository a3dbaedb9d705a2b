#pragma once

#include <QString>

#include <functional>

class QObject;

namespace callout {

// Sets the label of the Secret Service items that QtKeychain stored for (service, key): QtKeychain
// 0.13 labels every item with the service name alone ("callout"), which tells a user browsing
// Seahorse or KWallet nothing. Best effort: without a Secret Service, or for a locked item, nothing
// changes. `done` runs afterwards in every case (unless `context` is gone).
void labelSecretServiceItems(const QString &service, const QString &key, const QString &label, QObject *context,
                             std::function<void()> done);

} // namespace callout
