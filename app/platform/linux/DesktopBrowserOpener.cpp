#include "platform/linux/DesktopBrowserOpener.h"

#include <QDesktopServices>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace callout {

bool DesktopBrowserOpener::open(const QUrl &url)
{
    const QString platform = QGuiApplication::platformName();
    const bool canOpenUrls = platform != u"offscreen"_s && platform != u"minimal"_s;
    if (canOpenUrls && QDesktopServices::openUrl(url))
        return true;
    return m_xdgOpen.open(url);
}

} // namespace callout
