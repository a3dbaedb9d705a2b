#include "callout/oauth/BrowserOpener.h"

#include "callout/core/Logging.h"

#include <QPointer>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace callout {

bool XdgOpenBrowserOpener::open(const QUrl &url, QObject *context, FailedLater failedLater)
{
    const QString xdgOpen = QStandardPaths::findExecutable(u"xdg-open"_s);
    if (xdgOpen.isEmpty()) {
        qCWarning(lcOAuth) << "xdg-open is not installed; the sign-in URL must be opened by hand";
        return false;
    }
    // Not detached: its exit status is the only word on whether a browser took the page. The
    // process belongs to `context`, so it never outlives the one who waits for the answer.
    auto *process = new QProcess(context);
    process->setProgram(xdgOpen);
    process->setArguments({url.toString(QUrl::FullyEncoded)});
    process->setStandardInputFile(QProcess::nullDevice());
    process->setStandardOutputFile(QProcess::nullDevice());
    process->setStandardErrorFile(QProcess::nullDevice());
    QObject::connect(process, &QProcess::finished, process,
                     [process, failedLater](int exitCode, QProcess::ExitStatus exitStatus) {
                         process->deleteLater();
                         if (exitStatus == QProcess::NormalExit && exitCode == 0)
                             return;
                         qCWarning(lcOAuth) << "xdg-open could not open a browser; exit code" << exitCode;
                         failedLater();
                     });
    QObject::connect(process, &QProcess::errorOccurred, process, [process, failedLater](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // a crash is reported by finished()
        process->deleteLater();
        qCWarning(lcOAuth) << "xdg-open could not be started:" << process->errorString();
        failedLater();
    });
    // The context goes first (the agent quits): xdg-open goes quietly, its browser stays.
    QObject::connect(context, &QObject::destroyed, process, [process] {
        process->disconnect();
        process->kill();
        process->waitForFinished(1000);
    });
    process->start();
    return true;
}

} // namespace callout
