// The Qt client library's benchmark program, run by tests/bench/run.sh (which starts the test
// server and an agent and signs in); not a test. Three commands:
//
//   callout_bench throughput CALLOUT_URL DIRECT_URL REQUESTS [ROUNDS]   (the access token on stdin)
//       the same GETs through CalloutNetworkAccessManager (CALLOUT_URL) and through a plain
//       QNetworkAccessManager with "Authorization: Bearer <token>" set by hand (DIRECT_URL), one at a
//       time and 8 at a time, ROUNDS (5) alternating rounds each; prints per concurrency
//       "<concurrency> <plain req/s> <callout req/s> <rounds>", the medians over the rounds.
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
#include <vector>

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

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int throughput(const QStringList &args)
{
    const QUrl calloutUrl(args.at(0));
    const QUrl directUrl(args.at(1));
    const int total = args.at(2).toInt();
    const int rounds = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 5;
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
    int failures = 0;
    for (const int concurrency : {1, 8}) {
        std::vector<double> plainRates;
        std::vector<double> calloutRates;
        for (int round = 0; round < rounds; ++round) { // alternating, so that drift hits both alike
            const Batch p = runBatch(plain, direct, total, concurrency);
            const Batch c = runBatch(callout, viaCallout, total, concurrency);
            failures += p.failed + c.failed;
            if (c.failed)
                QTextStream(stderr) << "callout_bench: " << c.failed << " failed: " << c.firstError << '\n';
            plainRates.push_back(perSecond(p, total));
            calloutRates.push_back(perSecond(c, total));
        }
        out << concurrency << ' ' << qRound(median(plainRates)) << ' ' << qRound(median(calloutRates)) << ' ' << rounds
            << '\n';
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
    if (command == QLatin1String("throughput") && (args.size() == 3 || args.size() == 4))
        return throughput(args);
    if (command == QLatin1String("calls") && args.size() == 2)
        return calls(args);
    if (command == QLatin1String("plain") && args.size() == 2)
        return plain(args);
    std::fputs("usage: callout_bench throughput CALLOUT_URL DIRECT_URL REQUESTS [ROUNDS]  (token on stdin)\n"
               "       callout_bench calls CALLOUT_URL COUNT\n"
               "       callout_bench plain DIRECT_URL COUNT  (token on stdin)\n",
               stderr);
    return 2;
}
