#pragma once

#include <QUrl>

namespace callout {

// Opens the sign-in page in the user's browser (never an embedded web view: RFC 8252 §8.12).
// Injected, so the agent can choose the desktop's way or xdg-open, and tests can script the user
// through $BROWSER with the real xdg-open.
class BrowserOpener
{
public:
    virtual ~BrowserOpener() = default;
    // False when no browser could be started: the caller then shows the URL to the user.
    virtual bool open(const QUrl &url) = 0;
};

// Runs `xdg-open URL` (which runs $BROWSER outside a desktop session), detached.
class XdgOpenBrowserOpener final : public BrowserOpener
{
public:
    bool open(const QUrl &url) override;
};

} // namespace callout
