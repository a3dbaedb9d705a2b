#include "ui/TrayController.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace callout {

TrayController::TrayController(QObject *parent)
    : QObject(parent)
    , m_menu(new QMenu)
    , m_tray(new QSystemTrayIcon(QIcon(u":/icons/callout.svg"_qs), this))
{
    m_settings = m_menu->addAction(tr("Settings…"));
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("Quit Callout"));
    connect(m_settings, &QAction::triggered, this, &TrayController::settingsRequested);
    connect(m_quit, &QAction::triggered, this, &TrayController::quitRequested);

    m_tray->setContextMenu(m_menu);
    m_tray->setToolTip(tr("Callout"));
    // A left click opens the settings, as users expect from a tray icon.
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT settingsRequested();
    });
}

TrayController::~TrayController()
{
    delete m_menu; // a context menu has no QObject parent (QSystemTrayIcon does not own it)
}

bool TrayController::show()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    m_tray->show();
    return true;
}

} // namespace callout
