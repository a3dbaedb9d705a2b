#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace callout {

// One credential that needs the user, as a notification shows it.
struct AttentionItem {
    QString credentialId;
    QString label;            // "Demo API"
    QString reason;           // "Demo API: the service ended your session. Sign in again to continue."
    bool firstSignIn = false; // never signed in yet: "Sign in", not "again"
    // Not ended yet: a warning that the session ends soon (SessionEndWatcher), offering Sign in now.
    bool sessionEnding = false;
};

// A way to tell the user that sign-ins need them, with a Re-authenticate button per credential and
// Later. One subclass per technology (freedesktop D-Bus notifications, the tray balloon, …).
class NotificationBackend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Whether this backend can show actionable notifications here and now.
    virtual bool isAvailable() = 0;
    // Shows (or replaces) the one notification for these items; an empty list closes it.
    virtual void show(const QList<AttentionItem> &items) = 0;
    virtual void close() = 0;

Q_SIGNALS:
    void reauthenticateRequested(const QString &credentialId);
    void laterRequested();
    // The user wants to see the details (e.g. clicked a notification about several credentials).
    void promptRequested();
    // The notification went away without a choice (expired or dismissed).
    void dismissed();
};

} // namespace callout
