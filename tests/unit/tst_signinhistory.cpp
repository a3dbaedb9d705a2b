// The sign-in history of a record (the Details panel, `status --json`): written in one place, the
// catalog's updateExternalAuthentication, from the status change; discarded tokens keep it; capped;
// persisted in state.json, where a malformed entry is skipped; errors get their time.
#include "callout/store/CredentialCatalog.h"

#include "Awaited.h"
#include "ConfigurationSamples.h"
#include "MemorySecretStore.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace callout;
using callout::test::readFile;
using callout::test::StoreFixture;
using callout::test::writeFile;

Q_DECLARE_METATYPE(callout::AuthStatus)

namespace {

using S = AuthStatus;

QByteArray config()
{
    Configuration c;
    c.authProviders = {test::provider(u"Acme"_s, u"p-acme"_s)};
    c.namedCredentials = {test::credential(u"Api"_s, u"Acme"_s, u"c-api"_s)};
    return QJsonDocument(c.toJson()).toJson();
}

// A step: the status to go to, and the error it carries (empty: success).
struct Step {
    AuthStatus status;
    QString error;
};

} // namespace

Q_DECLARE_METATYPE(QList<Step>)

class TestSignInHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void eventsFromStatusChanges_data();
    void eventsFromStatusChanges();
    void callersCannotWriteHistory();
    void cappedOldestDropped();
    void discardedTokensKeepHistory();
    void survivesRestart();
    void malformedEntriesSkipped();
    void lastErrorGetsItsTime();

private:
    void go(AuthStatus status, const QString &error = {});
    QStringList events() const;

    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<StoreFixture> m_files;
    CredentialCatalog *m_catalog = nullptr;
};

void TestSignInHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSignInHistory::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_files = std::make_unique<StoreFixture>();
    QVERIFY(m_files->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    writeFile(m_files->configPath(), config());
    m_catalog = &m_files->open(*m_secrets);
    QVERIFY(m_catalog->load().isEmpty());
}

void TestSignInHistory::cleanup()
{
    m_catalog = nullptr;
    m_files.reset();
    m_secrets.reset();
}

void TestSignInHistory::go(AuthStatus status, const QString &error)
{
    m_files->clock().advance(60);
    ExternalAuthentication record = m_catalog->externalAuthentication(u"c-api"_s);
    record.status = status;
    record.lastError = error.isEmpty() ? Error() : Error(ErrorCode::SignInRequired, error);
    const Result<void> updated = m_catalog->updateExternalAuthentication(record);
    QVERIFY2(updated.ok(), qPrintable(updated.error().message));
}

QStringList TestSignInHistory::events() const
{
    QStringList names;
    for (const AuthEvent &event : m_catalog->externalAuthentication(u"c-api"_s).history)
        names.append(authEventName(event.kind));
    return names;
}

void TestSignInHistory::eventsFromStatusChanges_data()
{
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<QStringList>("events");

    const QList<Step> signIn{{S::SigningIn, {}}, {S::SignedIn, {}}};
    QTest::newRow("first sign-in") << signIn << QStringList{u"signed-in"_s};
    QTest::newRow("first sign-in failed")
        << QList<Step>{{S::SigningIn, {}}, {S::SignedOut, u"denied"_s}} << QStringList{};
    QTest::newRow("refresh") << signIn + QList<Step>{{S::Refreshing, {}}, {S::SignedIn, {}}}
                             << QStringList{u"signed-in"_s, u"refreshed"_s};
    QTest::newRow("refused, then re-authenticated") << signIn
            + QList<Step>{{S::Refreshing, {}},
                          {S::SignInRequired, u"invalid_grant"_s},
                          {S::SigningIn, {}},
                          {S::SignedIn, {}}} << QStringList{u"signed-in"_s, u"refused"_s, u"re-authenticated"_s};
    QTest::newRow("re-authenticated while signed in")
        << signIn + signIn << QStringList{u"signed-in"_s, u"re-authenticated"_s};
    QTest::newRow("re-authentication cancelled: back, nothing added")
        << signIn + QList<Step>{{S::SigningIn, {}}, {S::SignedIn, u"cancelled"_s}} << QStringList{u"signed-in"_s};
    QTest::newRow("signed out, then a first sign-in again") << signIn + QList<Step>{{S::SignedOut, {}}}
            + signIn << QStringList{u"signed-in"_s, u"signed-out"_s, u"signed-in"_s};
}

void TestSignInHistory::eventsFromStatusChanges()
{
    QFETCH(QList<Step>, steps);
    QFETCH(QStringList, events);
    for (const Step &step : steps)
        go(step.status, step.error);
    QCOMPARE(this->events(), events);
    const QList<AuthEvent> history = m_catalog->externalAuthentication(u"c-api"_s).history;
    for (const AuthEvent &event : history) {
        QVERIFY(event.time.isValid());
        QVERIFY(event.time <= m_files->clock().now());
        if (event.kind == AuthEvent::Kind::Refused)
            QCOMPARE(event.detail, u"invalid_grant"_s); // the server's words, from lastError
    }
}

void TestSignInHistory::callersCannotWriteHistory()
{
    go(S::SigningIn);
    ExternalAuthentication record = m_catalog->externalAuthentication(u"c-api"_s);
    record.status = S::SignedIn;
    record.history = {{AuthEvent::Kind::Refused, m_files->clock().now(), u"forged"_s}};
    QVERIFY(m_catalog->updateExternalAuthentication(record).ok());
    QCOMPARE(events(), QStringList{u"signed-in"_s});
}

void TestSignInHistory::cappedOldestDropped()
{
    go(S::SigningIn);
    go(S::SignedIn);
    const QDateTime firstRefresh = m_files->clock().now().addSecs(120);
    for (int i = 0; i < ExternalAuthentication::HistoryLength + 5; ++i) {
        go(S::Refreshing);
        go(S::SignedIn);
    }
    const QList<AuthEvent> history = m_catalog->externalAuthentication(u"c-api"_s).history;
    QCOMPARE(history.size(), ExternalAuthentication::HistoryLength);
    QCOMPARE(events().count(u"signed-in"_s), 0); // the oldest went
    QCOMPARE(history.constLast().time, m_files->clock().now());
    QVERIFY(history.constFirst().time > firstRefresh);
}

void TestSignInHistory::discardedTokensKeepHistory()
{
    go(S::SigningIn);
    go(S::SignedIn);
    NamedCredential moved = *m_catalog->configuration().credentialById(u"c-api"_s);
    moved.url = QUrl(u"https://elsewhere.test/api"_s);
    test::Awaited<void> done;
    m_catalog->applyEdit(configedit::saveCredential(m_catalog->configuration(), moved), done.callback());
    QVERIFY(done.wait().ok());

    const ExternalAuthentication record = m_catalog->externalAuthentication(u"c-api"_s);
    QCOMPARE(record.status, S::SignedOut);
    QCOMPARE(events(), (QStringList{u"signed-in"_s, u"tokens-discarded"_s}));
    QCOMPARE(record.history.constLast().detail, record.notice);
    QVERIFY(record.notice.contains(u"elsewhere.test"_s));
}

void TestSignInHistory::survivesRestart()
{
    go(S::SigningIn);
    go(S::SignedIn);
    go(S::Refreshing);
    go(S::SignInRequired, u"refresh token expired"_s);
    const QList<AuthEvent> before = m_catalog->externalAuthentication(u"c-api"_s).history;
    QCOMPARE(before.size(), 2);

    m_catalog = &m_files->open(*m_secrets); // a restart
    QVERIFY(m_catalog->load().isEmpty());
    QCOMPARE(m_catalog->externalAuthentication(u"c-api"_s).history, before);
    QVERIFY(readFile(m_files->statePath()).contains("refresh token expired"));
}

void TestSignInHistory::malformedEntriesSkipped()
{
    const QJsonArray history{
        QJsonObject{{u"event"_s, u"signed-in"_s}, {u"time"_s, u"2026-11-28T10:00:00.000Z"_s}},
        QJsonObject{{u"event"_s, u"exploded"_s}, {u"time"_s, u"2026-11-28T10:01:00.000Z"_s}},
        QJsonObject{{u"event"_s, u"refreshed"_s}, {u"time"_s, u"yesterday"_s}}, u"not an object"_s,
        QJsonObject{{u"event"_s, u"refused"_s}, {u"time"_s, u"2026-11-28T10:02:00.000Z"_s}, {u"detail"_s, u"no"_s}}};
    const QJsonObject record{{u"status"_s, u"sign-in-required"_s}, {u"history"_s, history}};
    writeFile(
        m_files->statePath(),
        QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"externalAuthentications"_s, QJsonObject{{u"c-api"_s, record}}}})
            .toJson());
    m_catalog = &m_files->open(*m_secrets);
    QVERIFY(m_catalog->load().isEmpty());
    QCOMPARE(events(), (QStringList{u"signed-in"_s, u"refused"_s}));
    QCOMPARE(m_catalog->externalAuthentication(u"c-api"_s).history.constLast().detail, u"no"_s);
    QCOMPARE(m_catalog->externalAuthentication(u"c-api"_s).status, S::SignInRequired);
}

void TestSignInHistory::lastErrorGetsItsTime()
{
    go(S::SigningIn);
    go(S::SignedOut, u"access denied"_s);
    const QDateTime failedAt = m_files->clock().now();
    QCOMPARE(m_catalog->externalAuthentication(u"c-api"_s).lastErrorTime, failedAt);
    go(S::SignedOut, u"access denied"_s); // the same error: its time stays
    QCOMPARE(m_catalog->externalAuthentication(u"c-api"_s).lastErrorTime, failedAt);

    m_catalog = &m_files->open(*m_secrets);
    QVERIFY(m_catalog->load().isEmpty());
    QCOMPARE(m_catalog->externalAuthentication(u"c-api"_s).lastErrorTime, failedAt);

    go(S::SigningIn);
    go(S::SignedIn);
    QVERIFY(!m_catalog->externalAuthentication(u"c-api"_s).lastErrorTime.isValid());
}

QTEST_GUILESS_MAIN(TestSignInHistory)
#include "tst_signinhistory.moc"
