#include "ui/DesktopBrowserOpener.h"

#include <QDesktopServices>
#include <QGuiApplication>

namespace callout {

bool DesktopBrowserOpener::open(const QUrl &url)
{
    const QString platform = QGuiApplication::platformName();
    const bool canOpenUrls = platform != u"offscreen"_qs && platform != u"minimal"_qs;
    if (canOpenUrls && QDesktopServices::openUrl(url))
        return true;
    return m_xdgOpen.open(url);
}

} // namespace callout
