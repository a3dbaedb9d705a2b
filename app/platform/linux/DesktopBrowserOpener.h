#pragma once

#include "callout/oauth/BrowserOpener.h"

namespace callout {

// On a desktop: xdg-open, whose exit status says whether a browser took the page (Qt's
// QDesktopServices runs the same xdg-open, detached, and cannot tell). Where xdg-open is missing,
// QDesktopServices (a portal or the desktop's own handler), unless the platform cannot open URLs
// (offscreen, minimal). False when nothing could: the caller then shows the URL.
class DesktopBrowserOpener final : public BrowserOpener
{
public:
    bool open(const QUrl &url, QObject *context, FailedLater failedLater) override;

private:
    XdgOpenBrowserOpener m_xdgOpen;
};

} // namespace callout
