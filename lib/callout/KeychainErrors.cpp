#include "callout/KeychainErrors.h"

#include <QCoreApplication>

namespace callout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("callout", text);
}

// QtKeychain 0.13 reports every D-Bus failure as OtherError; its text tells which one it was.
bool meansNoSecretService(const QString &detail)
{
    static const QStringList markers{u"org.freedesktop.secrets"_qs,
                                     u"not provided by any .service"_qs,
                                     u"ServiceUnknown"_qs,
                                     u"D-Bus"_qs,
                                     u"DBus"_qs,
                                     u"dbus"_qs,
                                     u"No such interface"_qs,
                                     u"autolaunch"_qs,
                                     u"Could not connect"_qs};
    return std::any_of(markers.begin(), markers.end(), [&](const QString &m) { return detail.contains(m); });
}

bool meansLocked(const QString &detail)
{
    static const QStringList markers{u"locked"_qs, u"Locked"_qs, u"dismissed"_qs, u"Object does not exist"_qs,
                                     u"prompt"_qs, u"Prompt"_qs, u"unlock"_qs};
    return std::any_of(markers.begin(), markers.end(), [&](const QString &m) { return detail.contains(m); });
}

} // namespace

Error keychainError(QKeychain::Error error, const QString &detail)
{
    const QString unavailable
        = tr("No Secret Service found: install and unlock gnome-keyring or KWallet, then try again.");
    const QString locked = tr("The keychain is locked or refused access: unlock it (for example by logging in to "
                              "your desktop session) and try again.");
    switch (error) {
    case QKeychain::NoError: return {};
    case QKeychain::EntryNotFound: return Error(ErrorCode::SecretNotFound, tr("The keychain has no such item."));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return Error(ErrorCode::KeychainUnavailable, unavailable);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return Error(ErrorCode::KeychainLocked, locked);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: break;
    }
    if (meansLocked(detail))
        return Error(ErrorCode::KeychainLocked, locked);
    if (meansNoSecretService(detail))
        return Error(ErrorCode::KeychainUnavailable, unavailable);
    return Error(ErrorCode::KeychainError, tr("The keychain failed: %1").arg(detail));
}

} // namespace callout
