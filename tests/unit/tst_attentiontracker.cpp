// When the user is asked to sign in again: once per episode, all together, snoozed by Later.
#include "ManualClock.h"
#include "callout/AttentionTracker.h"
#include "callout/ConfigStore.h"
#include "callout/CredentialCatalog.h"
#include "callout/MemorySecretStore.h"
#include "callout/StateStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
    void setStatus(const QString &name, AuthStatus status);
    QString id(const QString &name) const { return m_catalog->configuration().credentialByName(name)->id; }

    std::unique_ptr<QTemporaryDir> m_dir;
    test::ManualClock m_clock;
    MemorySecretStore m_secrets;
    std::unique_ptr<ConfigStore> m_configStore;
    std::unique_ptr<StateStore> m_stateStore;
    std::unique_ptr<CredentialCatalog> m_catalog;
    std::unique_ptr<AttentionTracker> m_tracker;
};

void TestAttentionTracker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_configStore = std::make_unique<ConfigStore>(m_dir->filePath(u"callout.json"_qs), m_clock);
    m_stateStore = std::make_unique<StateStore>(m_dir->filePath(u"state.json"_qs), m_clock);
    m_catalog = std::make_unique<CredentialCatalog>(*m_configStore, *m_stateStore, m_secrets);
    QVERIFY(m_catalog->load().isEmpty());
    QJsonArray credentials;
    for (const QString &name : {u"Alpha"_qs, u"Beta"_qs})
        credentials.append(QJsonObject{{u"name"_qs, name}, {u"url"_qs, u"https://api.example/"_qs + name},
                                       {u"authProvider"_qs, u"Demo"_qs}});
    const QJsonObject document{
        {u"authProviders"_qs, QJsonArray{QJsonObject{{u"name"_qs, u"Demo"_qs},
                                                     {u"authorizeUrl"_qs, u"https://a.example/auth"_qs},
                                                     {u"tokenUrl"_qs, u"https://a.example/token"_qs},
                                                     {u"clientId"_qs, u"c"_qs}}}},
        {u"namedCredentials"_qs, credentials}};
    bool done = false;
    m_catalog->importDocument(QJsonDocument(document).toJson(), false, [&done](Result<ImportPlan> r) {
        QVERIFY(r.ok());
        done = true;
    });
    QTRY_VERIFY(done);
    m_tracker = std::make_unique<AttentionTracker>(*m_catalog, m_clock);
    m_tracker->setOnlineCheck([] { return true; });
    setStatus(u"Alpha"_qs, AuthStatus::SigningIn);
    setStatus(u"Alpha"_qs, AuthStatus::SignedIn);
    setStatus(u"Beta"_qs, AuthStatus::SigningIn);
    setStatus(u"Beta"_qs, AuthStatus::SignedIn);
}

void TestAttentionTracker::cleanup()
{
    m_tracker.reset();
    m_catalog.reset();
    m_stateStore.reset();
    m_configStore.reset();
    m_dir.reset();
}

void TestAttentionTracker::setStatus(const QString &name, AuthStatus status)
{
    ExternalAuthentication record = m_catalog->externalAuthentication(id(name));
    record.status = status;
    if (status == AuthStatus::SignInRequired)
        record.lastError = Error(ErrorCode::SignInRequired, u"The service ended the session."_qs);
    QVERIFY2(m_catalog->updateExternalAuthentication(record).ok(), qPrintable(authStatusName(status)));
}

void TestAttentionTracker::onePromptPerEpisode()
{
    QSignalSpy prompts(m_tracker.get(), &AttentionTracker::promptRequested);
    setStatus(u"Alpha"_qs, AuthStatus::SignInRequired);
    QCOMPARE(prompts.count(), 1);
    QCOMPARE(prompts.last().first().toStringList(), QStringList{id(u"Alpha"_qs)});
    // Other changes within the episode (another caller refused, a failed re-authentication) do not prompt again.
    setStatus(u"Alpha"_qs, AuthStatus::SigningIn);
    const int afterSigningIn = int(prompts.count());
    setStatus(u"Alpha"_qs, AuthStatus::SignInRequired);
    QCOMPARE(prompts.count(), afterSigningIn);
    // Signed in again: the episode is over; the next refusal is a new episode.
    setStatus(u"Alpha"_qs, AuthStatus::SigningIn);
    setStatus(u"Alpha"_qs, AuthStatus::SignedIn);
    prompts.clear();
    setStatus(u"Alpha"_qs, AuthStatus::SignInRequired);
    QCOMPARE(prompts.count(), 1);
}

void TestAttentionTracker::severalCredentialsShareOnePrompt()
{
    QSignalSpy prompts(m_tracker.get(), &AttentionTracker::promptRequested);
    setStatus(u"Alpha"_qs, AuthStatus::SignInRequired);
    setStatus(u"Beta"_qs, AuthStatus::SignInRequired);
    QCOMPARE(prompts.last().first().toStringList(), (QStringList{id(u"Alpha"_qs), id(u"Beta"_qs)}));
    QCOMPARE(m_tracker->needingAttention().size(), 2);
}

void TestAttentionTracker::resolvedCredentialLeavesThePrompt()
{
    setStatus(u"Alpha"_qs, AuthStatus::SignInRequired);
    setStatus(u"Beta"_qs, AuthStatus::SignInRequired);
    QSignalSpy prompts(m_tracker.get(), &AttentionTracker::promptRequested);
    setStatus(u"Alpha"_qs, AuthStatus::SigningIn);
    setStatus(u"Alpha"_qs, AuthStatus::SignedIn);
    QCOMPARE(prompts.last().first().toStringList(), QStringList{id(u"Beta"_qs)});
    setStatus(u"Beta"_qs, AuthStatus::SigningIn);
    QCOMPARE(prompts.last().first().toStringList(), QStringList()); // nothing left: close
}

void TestAttentionTracker::laterSnoozesThenReminds()
{
    setStatus(u"Alpha"_qs, AuthStatus::SignInRequired);
    QSignalSpy prompts(m_tracker.get(), &AttentionTracker::promptRequested);
    m_tracker->later();
    QCOMPARE(prompts.count(), 1);
    QVERIFY(prompts.last().first().toStringList().isEmpty()); // hidden
    QCOMPARE(m_tracker->reminderAt(), m_clock.now().addSecs(15 * 60));
    m_clock.advance(14 * 60);
    m_tracker->remindIfDue();
    QCOMPARE(prompts.count(), 1);
    m_clock.advance(60);
    m_tracker->remindIfDue();
    QCOMPARE(prompts.count(), 2);
    QCOMPARE(prompts.last().first().toStringList(), QStringList{id(u"Alpha"_qs)});
}

void TestAttentionTracker::noReminderWhileOffline()
{
    bool online = false;
    m_tracker->setOnlineCheck([&online] { return online; });
    setStatus(u"Alpha"_qs, AuthStatus::SignInRequired);
    QSignalSpy prompts(m_tracker.get(), &AttentionTracker::promptRequested);
    m_tracker->later();
    m_clock.advance(16 * 60);
    m_tracker->remindIfDue();
    QCOMPARE(prompts.count(), 1); // only the Later
    online = true;
    m_clock.advance(16 * 60);
    m_tracker->remindIfDue();
    QCOMPARE(prompts.count(), 2);
}

void TestAttentionTracker::newEpisodeInterruptsTheSnooze()
{
    setStatus(u"Alpha"_qs, AuthStatus::SignInRequired);
    m_tracker->later();
    QSignalSpy prompts(m_tracker.get(), &AttentionTracker::promptRequested);
    setStatus(u"Beta"_qs, AuthStatus::SignInRequired);
    QCOMPARE(prompts.count(), 1);
    QCOMPARE(prompts.last().first().toStringList(), (QStringList{id(u"Alpha"_qs), id(u"Beta"_qs)}));
}

void TestAttentionTracker::busyWhileSigningIn()
{
    QVERIFY(!m_tracker->isBusy());
    setStatus(u"Alpha"_qs, AuthStatus::Refreshing);
    QVERIFY(m_tracker->isBusy());
}

QTEST_GUILESS_MAIN(TestAttentionTracker)
#include "tst_attentiontracker.moc"
