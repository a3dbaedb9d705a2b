#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace callout {

// The tray icon and its menu. Owned by main(), not by any window; it only asks for things
// (settings, quit) through signals.
class TrayController : public QObject
{
    Q_OBJECT

public:
    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    // Shows the icon when the desktop has a system tray; returns whether it does.
    bool show();

    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }
    QAction *settingsAction() const { return m_settings; }
    QAction *quitAction() const { return m_quit; }

Q_SIGNALS:
    void settingsRequested();
    void quitRequested();

private:
    QMenu *m_menu;
    QSystemTrayIcon *m_tray;
    QAction *m_settings;
    QAction *m_quit;
};

} // namespace callout
