// The Qt client library's benchmark program, run by tests/bench/client-library.sh (which starts the
// test server and an agent and signs in); not a test. Two commands:
//
//   callout_bench throughput CALLOUT_URL DIRECT_URL REQUESTS   (the access token on stdin)
//       the same GETs through CalloutNetworkAccessManager (CALLOUT_URL) and through a plain
//       QNetworkAccessManager with "Authorization: Bearer <token>" set by hand (DIRECT_URL), one at a
//       time and 8 at a time, best of three rounds each; prints a table with requests/s and the ratio.
//   callout_bench calls CALLOUT_URL COUNT
//       COUNT GETs at once; prints "<milliseconds> <ok> <failed>" when all are done.
//   callout_bench plain DIRECT_URL COUNT   (the access token on stdin)
//       the same through a plain QNetworkAccessManager with the header set by hand.
#include <CalloutClient/CalloutNetworkAccessManager.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

struct Batch {
    qint64 elapsedMs = 0;
    int ok = 0;
    int failed = 0;
    QString firstError;
};

// `total` GETs of `request`, at most `concurrency` in flight; a 200 is ok, anything else failed.
Batch runBatch(QNetworkAccessManager &network, const QNetworkRequest &request, int total, int concurrency)
{
    Batch batch;
    int started = 0;
    QEventLoop loop;
    QElapsedTimer timer;
    std::function<void()> startOne = [&] {
        ++started;
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->readAll();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                ++batch.ok;
            } else {
                if (batch.failed++ == 0)
                    batch.firstError = reply->errorString();
            }
            reply->deleteLater();
            if (started < total)
                startOne();
            else if (batch.ok + batch.failed == total)
                loop.quit();
        });
    };
    timer.start();
    for (int i = 0; i < std::min(concurrency, total); ++i)
        startOne();
    loop.exec();
    batch.elapsedMs = std::max<qint64>(1, timer.elapsed());
    return batch;
}

double perSecond(const Batch &batch, int total)
{
    return total * 1000.0 / double(batch.elapsedMs);
}

int throughput(const QStringList &args)
{
    const QUrl calloutUrl(args.at(0));
    const QUrl directUrl(args.at(1));
    const int total = args.at(2).toInt();
    const QByteArray token = QTextStream(stdin).readLine().trimmed().toUtf8();

    callout::CalloutNetworkAccessManager callout;
    QNetworkAccessManager plain;
    QNetworkRequest viaCallout(calloutUrl);
    QNetworkRequest direct(directUrl);
    direct.setRawHeader("Authorization", "Bearer " + token);
    // As the engine sends them: identity, and no redirects followed.
    direct.setRawHeader("Accept-Encoding", "identity");
    direct.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    for (auto *network : {static_cast<QNetworkAccessManager *>(&callout), &plain}) { // warm up
        const Batch warm = runBatch(*network, network == &plain ? direct : viaCallout, 50, 8);
        if (warm.failed) {
            QTextStream(stderr) << "callout_bench: warm-up failed: " << warm.firstError << '\n';
            return 1;
        }
    }

    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("concurrency"), -12)
               .arg(QStringLiteral("requests"), 9)
               .arg(QStringLiteral("plain req/s"), 12)
               .arg(QStringLiteral("callout req/s"), 14)
               .arg(QStringLiteral("ratio (target >= 0.90)"), 23);
    int failures = 0;
    for (const int concurrency : {1, 8}) {
        double bestPlain = 0;
        double bestCallout = 0;
        for (int round = 0; round < 3; ++round) { // alternating, so that drift hits both alike
            const Batch p = runBatch(plain, direct, total, concurrency);
            const Batch c = runBatch(callout, viaCallout, total, concurrency);
            failures += p.failed + c.failed;
            if (c.failed)
                QTextStream(stderr) << "callout_bench: " << c.failed << " failed: " << c.firstError << '\n';
            bestPlain = std::max(bestPlain, perSecond(p, total));
            bestCallout = std::max(bestCallout, perSecond(c, total));
        }
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(concurrency, -12)
                   .arg(total, 9)
                   .arg(bestPlain, 12, 'f', 0)
                   .arg(bestCallout, 14, 'f', 0)
                   .arg(bestCallout / bestPlain, 23, 'f', 2);
    }
    return failures == 0 ? 0 : 1;
}

int calls(const QStringList &args)
{
    const int total = args.at(1).toInt();
    callout::CalloutNetworkAccessManager network;
    const Batch batch = runBatch(network, QNetworkRequest(QUrl(args.at(0))), total, total);
    QTextStream(stdout) << batch.elapsedMs << ' ' << batch.ok << ' ' << batch.failed << '\n';
    if (batch.failed)
        QTextStream(stderr) << "callout_bench: first failure: " << batch.firstError << '\n';
    return batch.failed == 0 ? 0 : 1;
}

// COUNT GETs at once through a plain QNetworkAccessManager with the token (stdin) set by hand.
int plain(const QStringList &args)
{
    const int total = args.at(1).toInt();
    const QByteArray token = QTextStream(stdin).readLine().trimmed().toUtf8();
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(args.at(0))};
    request.setRawHeader("Authorization", "Bearer " + token);
    const Batch batch = runBatch(network, request, total, total);
    QTextStream(stdout) << batch.elapsedMs << ' ' << batch.ok << ' ' << batch.failed << '\n';
    return batch.failed == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == QLatin1String("throughput") && args.size() == 3)
        return throughput(args);
    if (command == QLatin1String("calls") && args.size() == 2)
        return calls(args);
    if (command == QLatin1String("plain") && args.size() == 2)
        return plain(args);
    std::fputs("usage: callout_bench throughput CALLOUT_URL DIRECT_URL REQUESTS  (token on stdin)\n"
               "       callout_bench calls CALLOUT_URL COUNT\n"
               "       callout_bench plain DIRECT_URL COUNT  (token on stdin)\n",
               stderr);
    return 2;
}
