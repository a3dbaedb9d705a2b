#pragma once

#include <QUrl>

#include <functional>

class QObject;

namespace callout {

// Opens the sign-in page in the user's browser (never an embedded web view: RFC 8252 §8.12).
// Injected, so the agent can choose the desktop's way or xdg-open, and tests can script the user
// through $BROWSER with the real xdg-open.
class BrowserOpener
{
public:
    using FailedLater = std::function<void()>;

    virtual ~BrowserOpener() = default;
    // False when no browser could be started: the caller then shows the URL to the user. True when
    // the page was handed on; a launch can still fail after that (xdg-open finds no browser and
    // exits with an error): then `failedLater` runs, later, unless `context` is gone by then.
    virtual bool open(const QUrl &url, QObject *context, FailedLater failedLater) = 0;
};

// Runs `xdg-open URL` (which runs $BROWSER outside a desktop session) and watches its exit status:
// xdg-open returns once it handed the page to a browser, with an error when none could take it.
class XdgOpenBrowserOpener final : public BrowserOpener
{
public:
    bool open(const QUrl &url, QObject *context, FailedLater failedLater) override;
};

} // namespace callout
