// callout_bench_baretray: the reference for the agent's idle memory (tests/bench/scale.sh): a bare
// Qt Widgets tray app with what every such agent links: QtNetworkAuth's authorization code flow
// and a QtKeychain job, constructed but unused. Runs until SIGTERM.
#include <QApplication>
#include <QIcon>
#include <QOAuth2AuthorizationCodeFlow>
#include <QPixmap>
#include <QSystemTrayIcon>

#include <qt6keychain/keychain.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    QPixmap pixmap(22, 22);
    pixmap.fill(Qt::darkCyan);
    QSystemTrayIcon tray{QIcon(pixmap)};
    tray.show();
    QOAuth2AuthorizationCodeFlow flow;
    flow.setAuthorizationUrl(QUrl(QStringLiteral("https://auth.bench.example/authorize")));
    QKeychain::ReadPasswordJob job(QStringLiteral("callout-bench"));
    job.setAutoDelete(false);
    std::printf("TRAY-SHOWN\t%s\n", QSystemTrayIcon::isSystemTrayAvailable() ? "yes" : "no");
    std::fflush(stdout);
    std::signal(SIGTERM, [](int) { std::_Exit(0); });
    return QApplication::exec();
}
