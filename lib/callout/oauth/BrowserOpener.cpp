#include "callout/oauth/BrowserOpener.h"

#include "callout/core/Logging.h"

#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace callout {

bool XdgOpenBrowserOpener::open(const QUrl &url)
{
    const QString xdgOpen = QStandardPaths::findExecutable(u"xdg-open"_s);
    if (xdgOpen.isEmpty()) {
        qCWarning(lcOAuth) << "xdg-open is not installed; the sign-in URL must be opened by hand";
        return false;
    }
    QProcess process;
    process.setProgram(xdgOpen);
    process.setArguments({url.toString(QUrl::FullyEncoded)});
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    return process.startDetached();
}

} // namespace callout
