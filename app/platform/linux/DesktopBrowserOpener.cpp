#include "platform/linux/DesktopBrowserOpener.h"

#include <QDesktopServices>
#include <QGuiApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace callout {

bool DesktopBrowserOpener::open(const QUrl &url, QObject *context, FailedLater failedLater)
{
    if (!QStandardPaths::findExecutable(u"xdg-open"_s).isEmpty())
        return m_xdgOpen.open(url, context, std::move(failedLater));
    const QString platform = QGuiApplication::platformName();
    const bool canOpenUrls = platform != u"offscreen"_s && platform != u"minimal"_s;
    return canOpenUrls && QDesktopServices::openUrl(url);
}

} // namespace callout
