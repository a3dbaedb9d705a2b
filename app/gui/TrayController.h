#pragma once

#include "callout/session/SignInOverview.h"

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace callout {

class CredentialCatalog;

// The tray icon and its menu. Owned by main(), not by any window; it shows the sign-in state of
// every named credential (icon: all signed in / attention / busy, as SignInOverview decides) and
// asks for things through signals.
class TrayController : public QObject
{
    Q_OBJECT

public:
    using State = SignInOverview::State;

    explicit TrayController(const CredentialCatalog &catalog, QObject *parent = nullptr);
    ~TrayController() override;

    // Shows the icon when the desktop has a system tray; returns whether it does.
    bool show();

    State state() const { return m_state; }
    // No named credential at all (valid or not): a distinct icon and tooltip, not "all signed in".
    bool isUnconfigured() const;
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void signInRequested(const QString &credentialId); // also Re-authenticate
    void signOutRequested(const QString &credentialId);
    void promptRequested();
    void settingsRequested();
    void quitRequested();

private:
    void rebuild();
    void addCredentialMenu(const QString &credentialId);

    const CredentialCatalog &m_catalog;
    QMenu *m_menu;
    QSystemTrayIcon *m_tray;
    State m_state = State::SignedIn;
};

} // namespace callout
