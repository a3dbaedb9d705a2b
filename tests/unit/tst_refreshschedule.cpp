// When to refresh: the lead-time rule, usability of a token, and the retry backoff.
#include "callout/session/RefreshSchedule.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;
using namespace std::chrono;

namespace {
const QDateTime T0(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

TokenSet tokens(qint64 lifetimeSeconds, bool withRefreshToken = true)
{
    TokenSet t;
    t.accessToken = u"at"_s;
    t.refreshToken = withRefreshToken ? u"rt"_s : QString();
    t.issued = T0;
    t.expiry = lifetimeSeconds >= 0 ? T0.addSecs(lifetimeSeconds) : QDateTime();
    return t;
}
} // namespace

class TestRefreshSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void leadIsTheSmallerOfConfiguredAndHalfLifetime_data();
    void leadIsTheSmallerOfConfiguredAndHalfLifetime();
    void nothingScheduledWithoutExpiryOrRefreshToken();
    void lifetimeUnderTheMinimumIntervalCountsAsUnknown_data();
    void lifetimeUnderTheMinimumIntervalCountsAsUnknown();
    void usability_data();
    void usability();
    void backoffGrowsAndIsCapped();
    void jitterScalesWithinBounds();
};

void TestRefreshSchedule::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestRefreshSchedule::leadIsTheSmallerOfConfiguredAndHalfLifetime_data()
{
    QTest::addColumn<qint64>("lifetime");
    QTest::addColumn<qint64>("lead");
    QTest::addColumn<qint64>("refreshAfter"); // seconds after issue
    QTest::newRow("1 h token, 60 s lead") << qint64(3600) << qint64(60) << qint64(3540);
    QTest::newRow("300 s token, 60 s lead") << qint64(300) << qint64(60) << qint64(240);
    QTest::newRow("100 s token: half lifetime") << qint64(100) << qint64(60) << qint64(50);
    QTest::newRow("40 s token: not before the minimum interval") << qint64(40) << qint64(60) << qint64(30);
    QTest::newRow("30 s token: at expiry, the minimum interval") << qint64(30) << qint64(60) << qint64(30);
    QTest::newRow("configured lead 5 min") << qint64(3600) << qint64(300) << qint64(3300);
}

void TestRefreshSchedule::leadIsTheSmallerOfConfiguredAndHalfLifetime()
{
    QFETCH(qint64, lifetime);
    QFETCH(qint64, lead);
    QFETCH(qint64, refreshAfter);
    const auto at = refreshschedule::refreshAt(tokens(lifetime), seconds(lead));
    QVERIFY(at.has_value());
    QCOMPARE(*at, T0.addSecs(refreshAfter));
}

void TestRefreshSchedule::nothingScheduledWithoutExpiryOrRefreshToken()
{
    QVERIFY(!refreshschedule::refreshAt(tokens(-1), seconds(60)).has_value());          // unknown expiry
    QVERIFY(!refreshschedule::refreshAt(tokens(3600, false), seconds(60)).has_value()); // no refresh token
}

void TestRefreshSchedule::lifetimeUnderTheMinimumIntervalCountsAsUnknown_data()
{
    QTest::addColumn<qint64>("lifetime");
    QTest::newRow("expires_in 1") << qint64(1);
    QTest::newRow("expires_in 8") << qint64(8);
    QTest::newRow("expires_in 29") << qint64(29);
}

// expires_in: 1 would mean a refresh every second for as long as the credential is used: a token
// living less than the minimum refresh interval is treated like one without expires_in — nothing
// scheduled, handed out until a call is refused.
void TestRefreshSchedule::lifetimeUnderTheMinimumIntervalCountsAsUnknown()
{
    QFETCH(qint64, lifetime);
    QVERIFY(!refreshschedule::refreshAt(tokens(lifetime), seconds(60)).has_value());
    QVERIFY(refreshschedule::isUsable(tokens(lifetime), T0.addSecs(lifetime + 3600)));
}

void TestRefreshSchedule::usability_data()
{
    QTest::addColumn<qint64>("lifetime");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<bool>("usable");
    QTest::newRow("fresh") << qint64(3600) << qint64(0) << true;
    QTest::newRow("11 s left") << qint64(3600) << qint64(3589) << true;
    QTest::newRow("10 s left") << qint64(3600) << qint64(3590) << false;
    QTest::newRow("expired") << qint64(3600) << qint64(4000) << false;
    QTest::newRow("unknown expiry, a day later") << qint64(-1) << qint64(86400) << true;
    QTest::newRow("40 s token, 11 s left") << qint64(40) << qint64(29) << true;
    QTest::newRow("40 s token, 10 s left") << qint64(40) << qint64(30) << false;
    QTest::newRow("30 s token, 8 s of 30 left") << qint64(30) << qint64(22) << true;
    QTest::newRow("30 s token, 7 s of 30 left") << qint64(30) << qint64(23) << false;
}

void TestRefreshSchedule::usability()
{
    QFETCH(qint64, lifetime);
    QFETCH(qint64, elapsed);
    QFETCH(bool, usable);
    QCOMPARE(refreshschedule::isUsable(tokens(lifetime), T0.addSecs(elapsed)), usable);
    TokenSet empty = tokens(lifetime);
    empty.accessToken.clear();
    QVERIFY(!refreshschedule::isUsable(empty, T0));
}

void TestRefreshSchedule::backoffGrowsAndIsCapped()
{
    const milliseconds base(2000), cap(300000);
    QCOMPARE(refreshschedule::backoff(1, base, cap, 1.0), milliseconds(2000));
    QCOMPARE(refreshschedule::backoff(2, base, cap, 1.0), milliseconds(4000));
    QCOMPARE(refreshschedule::backoff(5, base, cap, 1.0), milliseconds(32000));
    QCOMPARE(refreshschedule::backoff(9, base, cap, 1.0), cap);
    QCOMPARE(refreshschedule::backoff(1000, base, cap, 1.0), cap);
}

void TestRefreshSchedule::jitterScalesWithinBounds()
{
    const milliseconds base(2000), cap(300000);
    QCOMPARE(refreshschedule::backoff(3, base, cap, 0.5), milliseconds(4000));
    QCOMPARE(refreshschedule::backoff(3, base, cap, 0.1), milliseconds(4000)); // clamped to 0.5
    QCOMPARE(refreshschedule::backoff(3, base, cap, 7.0), milliseconds(8000)); // clamped to 1
}

QTEST_GUILESS_MAIN(TestRefreshSchedule)
#include "tst_refreshschedule.moc"
