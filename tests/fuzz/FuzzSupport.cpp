#include "FuzzSupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace callout::fuzz {

namespace {

void dropMessage(QtMsgType type, const QMessageLogContext & /*context*/, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "fatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

void startQt(int *argc, char ***argv)
{
    static int qtArgc = 1;
    static char *qtArgv[] = {(*argc > 0) ? (*argv)[0] : nullptr, nullptr};
    qInstallMessageHandler(dropMessage);
    // Lives as long as the process, like a program's application object.
    static auto *application = new QCoreApplication(qtArgc, qtArgv);
    Q_UNUSED(application);
}

void fail(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "invariant broken: %s\n%.*s\n", what, int(detail.size()), detail.constData());
    std::abort();
}

} // namespace callout::fuzz
