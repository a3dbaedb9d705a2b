// The warn-ahead policy before a forced sign-in (issue 18), with an injected clock: from the lead
// before the end, once per hour at most, none in quiet hours or for an idle credential, a new
// sign-in starts over.
#include "callout/session/SessionEndWarnings.h"

#include "ManualClock.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using namespace callout;
using callout::test::ManualClock;

namespace {

const QString Id = u"c-api"_s;

} // namespace

class TestSessionEndWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void dueFromTheLead();
    void oncePerHour();
    void laterPutsOffTheHour();
    void newSignInStartsOver();
    void resetForgets();
    void idleCredentialGetsNone();
    void quietHours_data();
    void quietHours();
    void noneInQuietHours();
    void unknownEndNeverDue();
    void nextDueCheckIsWhenItCanFallDue();

private:
    bool due(const QDateTime &started, const QDateTime &end) const
    {
        return m_warnings.isDue(Id, started, end, m_lastUsed);
    }

    ManualClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::LocalTime)};
    SessionEndWarnings m_warnings{m_clock};
    QDateTime m_started;
    QDateTime m_end;
    QDateTime m_lastUsed;
};

void TestSessionEndWarnings::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_clock.set(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::LocalTime));
    m_warnings.reset(Id);
    m_warnings.setSettings({});
    m_started = m_clock.now();
    m_end = m_started.addSecs(8 * 3600);
    m_lastUsed = m_started;
}

void TestSessionEndWarnings::dueFromTheLead()
{
    QCOMPARE(m_warnings.settings().lead, 30min); // the default
    m_clock.set(m_end.addSecs(-31 * 60));
    m_lastUsed = m_clock.now();
    QVERIFY(!due(m_started, m_end));
    m_clock.set(m_end.addSecs(-30 * 60));
    QVERIFY(due(m_started, m_end));
    m_clock.set(m_end);
    QVERIFY2(!due(m_started, m_end), "over: the sign-in prompt takes over");

    m_warnings.setSettings({2h, {}, {}});
    m_clock.set(m_end.addSecs(-2 * 3600));
    QVERIFY(due(m_started, m_end));
}

void TestSessionEndWarnings::oncePerHour()
{
    m_warnings.setSettings({90min, {}, {}});
    m_clock.set(m_end.addSecs(-90 * 60));
    QVERIFY(due(m_started, m_end));
    m_warnings.warned(Id, m_started);
    for (int minute = 1; minute < 60; ++minute) {
        m_clock.advance(60);
        QVERIFY2(!due(m_started, m_end), qPrintable(u"%1 minutes later"_s.arg(minute)));
    }
    m_clock.advance(60); // an hour after the first
    QVERIFY(due(m_started, m_end));
}

void TestSessionEndWarnings::laterPutsOffTheHour()
{
    m_clock.set(m_end.addSecs(-30 * 60));
    QVERIFY(due(m_started, m_end));
    m_warnings.warned(Id, m_started); // Later
    m_clock.advance(29 * 60);
    QVERIFY(!due(m_started, m_end));
    QVERIFY2(m_warnings.isDue(u"c-other"_s, m_started, m_end, m_lastUsed), "per credential");
}

void TestSessionEndWarnings::newSignInStartsOver()
{
    m_clock.set(m_end.addSecs(-30 * 60));
    m_warnings.warned(Id, m_started);
    // Sign in now: a new session with a new end, far away.
    const QDateTime started = m_clock.now();
    const QDateTime end = started.addSecs(8 * 3600);
    QVERIFY(!due(started, end));
    // Its own warning comes at its own lead, even within the hour of the old one.
    m_clock.set(end.addSecs(-30 * 60));
    m_lastUsed = m_clock.now();
    QVERIFY(due(started, end));
    // A session of two minutes is warned about although the last warning is a minute old.
    m_warnings.warned(Id, started);
    m_clock.advance(60);
    const QDateTime again = m_clock.now();
    QVERIFY(due(again, again.addSecs(120)));
}

void TestSessionEndWarnings::resetForgets()
{
    m_clock.set(m_end.addSecs(-30 * 60));
    m_warnings.warned(Id, m_started);
    QVERIFY(!due(m_started, m_end));
    m_warnings.reset(Id);
    QVERIFY(due(m_started, m_end));
}

void TestSessionEndWarnings::idleCredentialGetsNone()
{
    m_clock.set(m_end.addSecs(-10 * 60));
    m_lastUsed = {};
    QVERIFY2(!due(m_started, m_end), "never used");
    m_lastUsed = m_clock.now().addSecs(-24 * 3600);
    QVERIFY2(!due(m_started, m_end), "used a day ago");
    m_lastUsed = m_clock.now().addSecs(-24 * 3600 + 60);
    QVERIFY(due(m_started, m_end));
}

void TestSessionEndWarnings::quietHours_data()
{
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<QTime>("at");
    QTest::addColumn<bool>("quiet");

    QTest::newRow("none") << QTime() << QTime() << QTime(3, 0) << false;
    QTest::newRow("start == end: none") << QTime(9, 0) << QTime(9, 0) << QTime(9, 0) << false;
    QTest::newRow("lunch: inside") << QTime(12, 0) << QTime(13, 0) << QTime(12, 30) << true;
    QTest::newRow("lunch: at the start") << QTime(12, 0) << QTime(13, 0) << QTime(12, 0) << true;
    QTest::newRow("lunch: at the end") << QTime(12, 0) << QTime(13, 0) << QTime(13, 0) << false;
    QTest::newRow("lunch: before") << QTime(12, 0) << QTime(13, 0) << QTime(11, 59) << false;
    QTest::newRow("night: late") << QTime(22, 0) << QTime(7, 0) << QTime(23, 30) << true;
    QTest::newRow("night: early") << QTime(22, 0) << QTime(7, 0) << QTime(6, 59) << true;
    QTest::newRow("night: day") << QTime(22, 0) << QTime(7, 0) << QTime(7, 0) << false;
}

void TestSessionEndWarnings::quietHours()
{
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    QFETCH(QTime, at);
    QFETCH(bool, quiet);
    m_warnings.setSettings({30min, start, end});
    QCOMPARE(m_warnings.isQuiet(QDateTime(QDate(2026, 11, 30), at, Qt::LocalTime)), quiet);
    // Judged in local time whatever the clock's zone.
    QCOMPARE(m_warnings.isQuiet(QDateTime(QDate(2026, 11, 30), at, Qt::LocalTime).toUTC()), quiet);
}

void TestSessionEndWarnings::noneInQuietHours()
{
    m_warnings.setSettings({30min, QTime(16, 0), QTime(16, 45)});
    m_clock.set(m_end.addSecs(-30 * 60)); // 16:30
    m_lastUsed = m_clock.now();
    QVERIFY(!due(m_started, m_end));
    m_clock.set(m_end.addSecs(-15 * 60)); // 16:45: quiet hours over, the session not yet
    QVERIFY(due(m_started, m_end));
}

void TestSessionEndWarnings::unknownEndNeverDue()
{
    QVERIFY(!due(m_started, {}));
}

QTEST_GUILESS_MAIN(TestSessionEndWarnings)
// The watcher sleeps until this moment (issue 17: an idle agent does not wake for nothing): it must
// be exactly when isDue() can turn true, never later, and nothing while only a use can change it.
void TestSessionEndWarnings::nextDueCheckIsWhenItCanFallDue()
{
    const auto next = [this] { return m_warnings.nextDueCheck(Id, m_started, m_end, m_lastUsed); };
    const QDateTime lead = m_end.addSecs(-30 * 60);
    m_lastUsed = m_end.addSecs(-3600); // a use to come: the caller asks again when the record changes
    QCOMPARE(next(), lead);
    m_clock.set(lead.addSecs(-1));
    QVERIFY(!due(m_started, m_end));
    m_clock.set(lead);
    QVERIFY(due(m_started, m_end));
    QCOMPARE(next(), lead); // due now

    // Shown: the next reminder an hour on, which is past the end here, so none.
    m_warnings.warned(Id, m_started);
    QCOMPARE(next(), QDateTime());
    m_warnings.setSettings({2h, {}, {}}); // a longer lead: shown at 15:00, again at 16:00
    m_clock.set(m_end.addSecs(-2 * 3600));
    m_warnings.warned(Id, m_started);
    QCOMPARE(next(), m_end.addSecs(-3600));

    // Idle by the time it could fall due: nothing to wake for.
    m_warnings.reset(Id);
    m_clock.set(m_started);
    m_lastUsed = m_started.addSecs(-25 * 3600);
    QCOMPARE(next(), QDateTime());

    // The lead (15:00) in the quiet hours (14:00 to 15:30): when they are over.
    m_lastUsed = m_started;
    m_warnings.setSettings({2h, QTime(14, 0), QTime(15, 30)});
    QCOMPARE(next(), QDateTime(m_end.date(), QTime(15, 30), Qt::LocalTime));
    m_clock.set(QDateTime(m_end.date(), QTime(15, 30), Qt::LocalTime));
    QVERIFY(due(m_started, m_end));

    // Over: none.
    m_clock.set(m_end);
    QCOMPARE(next(), QDateTime());
}

#include "tst_sessionendwarnings.moc"
