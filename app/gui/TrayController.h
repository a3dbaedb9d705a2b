#pragma once

#include "callout/session/SignInOverview.h"

#include <QHash>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace callout {

class CredentialCatalog;
class NamedCredential;

// The tray icon and its menu. Owned by main(), not by any window; it shows the sign-in state of
// every named credential (icon: all signed in / attention / busy, as SignInOverview decides) and
// asks for things through signals.
class TrayController : public QObject
{
    Q_OBJECT

public:
    using State = SignInOverview::State;
    // Credentials with a submenu of their own; the rest are in the settings window. Thousands of
    // submenus help no one, and they cost seconds at every change (issue 17). Those needing the
    // user are listed below the submenus anyway.
    static constexpr int MaxCredentialMenus = 25;

    explicit TrayController(const CredentialCatalog &catalog, QObject *parent = nullptr);
    ~TrayController() override;

    // Shows the icon when the desktop has a system tray; returns whether it does.
    bool show();

    State state() const { return m_state; }
    // No named credential at all (valid or not): a distinct icon and tooltip, not "all signed in".
    bool isUnconfigured() const;
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // Sessions that end soon (SessionEndWatcher), by credential id, with what to tell the user: the
    // icon turns to attention and each gets a menu entry that signs in now. Empty: none.
    void setSessionWarnings(const QHash<QString, QString> &textById);
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void signInRequested(const QString &credentialId); // also Re-authenticate
    void signOutRequested(const QString &credentialId);
    void promptRequested();
    void settingsRequested();
    void quitRequested();

private:
    void rebuild();
    void addCredentialMenu(const NamedCredential &credential);
    QStringList sessionWarningIds() const; // in configuration order

    const CredentialCatalog &m_catalog;
    QMenu *m_menu;
    QSystemTrayIcon *m_tray;
    State m_state = State::SignedIn;
    QHash<QString, QString> m_sessionWarnings;
};

} // namespace callout
