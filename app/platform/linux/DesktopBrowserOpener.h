#pragma once

#include "callout/oauth/BrowserOpener.h"

namespace callout {

// On a desktop: the user's default browser through QDesktopServices; where the platform cannot
// open URLs (offscreen, minimal) it falls back to xdg-open. False when neither works: the caller
// then shows the URL.
class DesktopBrowserOpener final : public BrowserOpener
{
public:
    bool open(const QUrl &url) override;

private:
    XdgOpenBrowserOpener m_xdgOpen;
};

} // namespace callout
