#include "callout/store/KeychainErrors.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::KeychainErrors)
};

// QtKeychain 0.13 reports every D-Bus failure as OtherError; its text tells which one it was.
bool meansNoSecretService(const QString &detail)
{
    static const QStringList markers{u"org.freedesktop.secrets"_s,
                                     u"not provided by any .service"_s,
                                     u"ServiceUnknown"_s,
                                     u"D-Bus"_s,
                                     u"DBus"_s,
                                     u"dbus"_s,
                                     u"No such interface"_s,
                                     u"autolaunch"_s,
                                     u"Could not connect"_s};
    return std::any_of(markers.begin(), markers.end(), [&](const QString &m) { return detail.contains(m); });
}

bool meansLocked(const QString &detail)
{
    static const QStringList markers{u"locked"_s, u"Locked"_s, u"dismissed"_s, u"Object does not exist"_s,
                                     u"prompt"_s, u"Prompt"_s, u"unlock"_s};
    return std::any_of(markers.begin(), markers.end(), [&](const QString &m) { return detail.contains(m); });
}

} // namespace

Error keychainError(QKeychain::Error error, const QString &detail)
{
    const QString unavailable
        = Tr::tr("No Secret Service found: install and unlock gnome-keyring or KWallet, then try again.");
    const QString locked = Tr::tr("The keychain is locked or refused access: unlock it (for example by logging in to "
                                  "your desktop session) and try again.");
    switch (error) {
    case QKeychain::NoError: return {};
    case QKeychain::EntryNotFound: return Error(ErrorCode::SecretNotFound, Tr::tr("The keychain has no such item."));
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
    return Error(ErrorCode::KeychainError, Tr::tr("The keychain failed: %1").arg(detail));
}

} // namespace callout
