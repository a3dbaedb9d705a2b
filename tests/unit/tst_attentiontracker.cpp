// When the user is asked to sign in again: once per episode, all together, snoozed by Later.
#include "CatalogFixture.h"
#include "callout/session/AttentionTracker.h"
#include "callout/session/SignInOverview.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;

Q_DECLARE_METATYPE(callout::AuthStatus)
Q_DECLARE_METATYPE(callout::SignInOverview::State)

class TestAttentionTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void onePromptPerEpisode();
    void severalCredentialsShareOnePrompt();
    void resolvedCredentialLeavesThePrompt();
    void laterSnoozesThenReminds();
    void noReminderWhileOffline();
    void newEpisodeInterruptsTheSnooze();
    void busyWhileSigningIn();
    void overviewOfAllCredentials_data();
    void overviewOfAllCredentials();

private:
    void setStatus(const QString &name, AuthStatus status) { QVERIFY(m_fixture->setStatus(name, status)); }
    QString id(const QString &name) const { return m_fixture->id(name); }

    std::unique_ptr<test::CatalogFixture> m_fixture;
    std::unique_ptr<AttentionTracker> m_tracker;
};

void TestAttentionTracker::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_fixture = std::make_unique<test::CatalogFixture>();
    QVERIFY(m_fixture->importCredentials({u"Alpha"_s, u"Beta"_s}));
    m_tracker = std::make_unique<AttentionTracker>(m_fixture->catalog(), m_fixture->clock());
    m_tracker->setOnlineCheck([] { return true; });
    setStatus(u"Alpha"_s, AuthStatus::SignedIn);
    setStatus(u"Beta"_s, AuthStatus::SignedIn);
}

void TestAttentionTracker::cleanup()
{
    m_tracker.reset();
    m_fixture.reset();
}

void TestAttentionTracker::onePromptPerEpisode()
{
    QSignalSpy prompts(m_tracker.get(), &AttentionTracker::promptRequested);
    setStatus(u"Alpha"_s, AuthStatus::SignInRequired);
    QCOMPARE(prompts.count(), 1);
    QCOMPARE(prompts.last().first().toStringList(), QStringList{id(u"Alpha"_s)});
    // Other changes within the episode (another caller refused, a failed re-authentication) do not prompt again.
    setStatus(u"Alpha"_s, AuthStatus::SigningIn);
    const int afterSigningIn = int(prompts.count());
    setStatus(u"Alpha"_s, AuthStatus::SignInRequired);
    QCOMPARE(prompts.count(), afterSigningIn);
    // Signed in again: the episode is over; the next refusal is a new episode.
    setStatus(u"Alpha"_s, AuthStatus::SigningIn);
    setStatus(u"Alpha"_s, AuthStatus::SignedIn);
    prompts.clear();
    setStatus(u"Alpha"_s, AuthStatus::SignInRequired);
    QCOMPARE(prompts.count(), 1);
}

void TestAttentionTracker::severalCredentialsShareOnePrompt()
{
    QSignalSpy prompts(m_tracker.get(), &AttentionTracker::promptRequested);
    setStatus(u"Alpha"_s, AuthStatus::SignInRequired);
    setStatus(u"Beta"_s, AuthStatus::SignInRequired);
    QCOMPARE(prompts.last().first().toStringList(), (QStringList{id(u"Alpha"_s), id(u"Beta"_s)}));
    QCOMPARE(m_tracker->needingAttention().size(), 2);
}

void TestAttentionTracker::resolvedCredentialLeavesThePrompt()
{
    setStatus(u"Alpha"_s, AuthStatus::SignInRequired);
    setStatus(u"Beta"_s, AuthStatus::SignInRequired);
    QSignalSpy prompts(m_tracker.get(), &AttentionTracker::promptRequested);
    setStatus(u"Alpha"_s, AuthStatus::SigningIn);
    setStatus(u"Alpha"_s, AuthStatus::SignedIn);
    QCOMPARE(prompts.last().first().toStringList(), QStringList{id(u"Beta"_s)});
    setStatus(u"Beta"_s, AuthStatus::SigningIn);
    QCOMPARE(prompts.last().first().toStringList(), QStringList()); // nothing left: close
}

void TestAttentionTracker::laterSnoozesThenReminds()
{
    setStatus(u"Alpha"_s, AuthStatus::SignInRequired);
    QSignalSpy prompts(m_tracker.get(), &AttentionTracker::promptRequested);
    m_tracker->later();
    QCOMPARE(prompts.count(), 1);
    QVERIFY(prompts.last().first().toStringList().isEmpty()); // hidden
    QCOMPARE(m_tracker->reminderAt(), m_fixture->clock().now().addSecs(15 * 60));
    m_fixture->clock().advance(14 * 60);
    m_tracker->remindIfDue();
    QCOMPARE(prompts.count(), 1);
    m_fixture->clock().advance(60);
    m_tracker->remindIfDue();
    QCOMPARE(prompts.count(), 2);
    QCOMPARE(prompts.last().first().toStringList(), QStringList{id(u"Alpha"_s)});
}

void TestAttentionTracker::noReminderWhileOffline()
{
    bool online = false;
    m_tracker->setOnlineCheck([&online] { return online; });
    setStatus(u"Alpha"_s, AuthStatus::SignInRequired);
    QSignalSpy prompts(m_tracker.get(), &AttentionTracker::promptRequested);
    m_tracker->later();
    m_fixture->clock().advance(16 * 60);
    m_tracker->remindIfDue();
    QCOMPARE(prompts.count(), 1); // only the Later
    online = true;
    m_fixture->clock().advance(16 * 60);
    m_tracker->remindIfDue();
    QCOMPARE(prompts.count(), 2);
}

void TestAttentionTracker::newEpisodeInterruptsTheSnooze()
{
    setStatus(u"Alpha"_s, AuthStatus::SignInRequired);
    m_tracker->later();
    QSignalSpy prompts(m_tracker.get(), &AttentionTracker::promptRequested);
    setStatus(u"Beta"_s, AuthStatus::SignInRequired);
    QCOMPARE(prompts.count(), 1);
    QCOMPARE(prompts.last().first().toStringList(), (QStringList{id(u"Alpha"_s), id(u"Beta"_s)}));
}

void TestAttentionTracker::busyWhileSigningIn()
{
    QVERIFY(!m_tracker->isBusy());
    setStatus(u"Alpha"_s, AuthStatus::Refreshing);
    QVERIFY(m_tracker->isBusy());
}

void TestAttentionTracker::overviewOfAllCredentials_data()
{
    using S = AuthStatus;
    using State = SignInOverview::State;
    QTest::addColumn<AuthStatus>("alpha");
    QTest::addColumn<AuthStatus>("beta");
    QTest::addColumn<State>("state");
    QTest::addColumn<QStringList>("needingUser"); // names
    QTest::addColumn<bool>("busy");

    QTest::newRow("all signed in") << S::SignedIn << S::SignedIn << State::SignedIn << QStringList() << false;
    QTest::newRow("signed out, error") << S::SignedOut << S::Error << State::SignedIn << QStringList() << false;
    QTest::newRow("signing in") << S::SigningIn << S::SignedIn << State::Busy << QStringList() << true;
    QTest::newRow("refreshing") << S::SignedIn << S::Refreshing << State::Busy << QStringList() << true;
    QTest::newRow("sign-in required") << S::SignedIn << S::SignInRequired << State::Attention << QStringList{u"Beta"_s}
                                      << false;
    QTest::newRow("attention wins over busy")
        << S::SignInRequired << S::Refreshing << State::Attention << QStringList{u"Alpha"_s} << true;
    QTest::newRow("both, in configuration order")
        << S::SignInRequired << S::SignInRequired << State::Attention << QStringList{u"Alpha"_s, u"Beta"_s} << false;
}

void TestAttentionTracker::overviewOfAllCredentials()
{
    QFETCH(AuthStatus, alpha);
    QFETCH(AuthStatus, beta);
    QFETCH(SignInOverview::State, state);
    QFETCH(QStringList, needingUser);
    QFETCH(bool, busy);
    setStatus(u"Alpha"_s, alpha);
    setStatus(u"Beta"_s, beta);
    QStringList ids;
    for (const QString &name : std::as_const(needingUser))
        ids.append(id(name));
    const SignInOverview overview = SignInOverview::of(m_fixture->catalog());
    QCOMPARE(overview.state(), state);
    QCOMPARE(overview.needingUser(), ids);
    QCOMPARE(overview.isBusy(), busy);
    // The tracker answers from the same place.
    QCOMPARE(m_tracker->needingAttention(), ids);
    QCOMPARE(m_tracker->isBusy(), busy);
}

QTEST_GUILESS_MAIN(TestAttentionTracker)
#include "tst_attentiontracker.moc"
