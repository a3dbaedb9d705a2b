// When the user is asked to sign in again: once per episode, all together, snoozed by Later.
#include "CatalogFixture.h"
#include "callout/session/AttentionTracker.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;

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

private:
    void setStatus(const QString &name, AuthStatus status) { QVERIFY(m_fixture->setStatus(name, status)); }
    QString id(const QString &name) const { return m_fixture->id(name); }

    std::unique_ptr<test::CatalogFixture> m_fixture;
    std::unique_ptr<AttentionTracker> m_tracker;
};

void TestAttentionTracker::init()
{
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

QTEST_GUILESS_MAIN(TestAttentionTracker)
#include "tst_attentiontracker.moc"
