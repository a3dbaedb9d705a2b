// When a session ends whatever the refreshes (issue 18): from the named credential's setting, the
// server's refresh-token lifetime, the preset's documented limit or two observed sessions, in that
// order; only while signed in; observations kept per provider in state.json.
#include "callout/session/SessionEnd.h"

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

namespace {

using S = AuthStatus;
using Source = SessionEnd::Source;
const QDateTime Start(QDate(2026, 11, 28), QTime(8, 0), Qt::UTC);

} // namespace

Q_DECLARE_METATYPE(callout::SessionEnd::Facts)
Q_DECLARE_METATYPE(std::optional<callout::SessionEnd>)

class TestSessionEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void precedence_data();
    void precedence();
    void sourceNames();
    void onlyWhileSignedIn();
    void settingOfTheCredential();
    void presetOfTheService();
    void presetNeedsTheSameTokenUrl();
    void observedAfterTwoEpisodes();
    void observedSurvivesRestart();
    void oldRecordsUseTheLastSignIn();

private:
    void open(int sessionHours = 0, const QString &tokenUrl = {});
    void go(AuthStatus status, const QString &error = {});
    void signIn();

    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<StoreFixture> m_files;
    CredentialCatalog *m_catalog = nullptr;
};

void TestSessionEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSessionEnd::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_files = std::make_unique<StoreFixture>();
    QVERIFY(m_files->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TestSessionEnd::cleanup()
{
    m_catalog = nullptr;
    m_files.reset();
    m_secrets.reset();
}

void TestSessionEnd::open(int sessionHours, const QString &tokenUrl)
{
    Configuration c;
    AuthProvider provider = test::provider(u"Acme"_s, u"p-acme"_s);
    if (!tokenUrl.isEmpty())
        provider.tokenUrl = QUrl(tokenUrl);
    NamedCredential credential = test::credential(u"Api"_s, u"Acme"_s, u"c-api"_s);
    credential.sessionHours = sessionHours;
    c.authProviders = {provider};
    c.namedCredentials = {credential};
    writeFile(m_files->configPath(), QJsonDocument(c.toJson()).toJson());
    m_files->clock().set(Start);
    m_catalog = &m_files->open(*m_secrets);
    QVERIFY(m_catalog->load().isEmpty());
}

void TestSessionEnd::go(AuthStatus status, const QString &error)
{
    ExternalAuthentication record = m_catalog->externalAuthentication(u"c-api"_s);
    record.status = status;
    record.lastError = error.isEmpty() ? Error() : Error(ErrorCode::SignInRequired, error);
    const Result<void> updated = m_catalog->updateExternalAuthentication(record);
    QVERIFY2(updated.ok(), qPrintable(updated.error().message));
}

void TestSessionEnd::signIn()
{
    go(S::SigningIn);
    go(S::SignedIn);
}

void TestSessionEnd::precedence_data()
{
    QTest::addColumn<SessionEnd::Facts>("facts");
    QTest::addColumn<std::optional<SessionEnd>>("expected");

    const QDateTime server = Start.addDays(3);
    const QList<qint64> twice{8 * 3600, 7 * 3600};
    QTest::newRow("nothing known") << SessionEnd::Facts{Start, 0, {}, 0, {}} << std::optional<SessionEnd>();
    QTest::newRow("setting beats all") << SessionEnd::Facts{Start, 5, server, 9, twice}
                                       << std::optional(SessionEnd{Start.addSecs(5 * 3600), Source::Setting, {}});
    QTest::newRow("server beats preset and observed")
        << SessionEnd::Facts{Start, 0, server, 9, twice} << std::optional(SessionEnd{server, Source::Server, {}});
    QTest::newRow("preset beats observed") << SessionEnd::Facts{Start, 0, {}, 9, twice}
                                           << std::optional(SessionEnd{Start.addSecs(9 * 3600), Source::Preset, {}});
    QTest::newRow("observed twice: the shorter")
        << SessionEnd::Facts{Start, 0, {}, 0, twice}
        << std::optional(SessionEnd{Start.addSecs(7 * 3600), Source::Observed, {}});
    QTest::newRow("observed once: not yet")
        << SessionEnd::Facts{Start, 0, {}, 0, {8 * 3600}} << std::optional<SessionEnd>();
    QTest::newRow("observed: the last two count")
        << SessionEnd::Facts{Start, 0, {}, 0, {3600, 8 * 3600, 9 * 3600}}
        << std::optional(SessionEnd{Start.addSecs(8 * 3600), Source::Observed, {}});
    QTest::newRow("start unknown: only the server's end")
        << SessionEnd::Facts{{}, 5, server, 9, twice} << std::optional(SessionEnd{server, Source::Server, {}});
    QTest::newRow("start unknown, no server end")
        << SessionEnd::Facts{{}, 5, {}, 9, twice} << std::optional<SessionEnd>();
}

void TestSessionEnd::precedence()
{
    QFETCH(SessionEnd::Facts, facts);
    QFETCH(std::optional<SessionEnd>, expected);
    const std::optional<SessionEnd> end = SessionEnd::from(facts);
    QCOMPARE(end.has_value(), expected.has_value());
    if (expected) {
        QCOMPARE(end->at, expected->at);
        QCOMPARE(SessionEnd::sourceName(end->source), SessionEnd::sourceName(expected->source));
    }
}

void TestSessionEnd::sourceNames()
{
    QCOMPARE(SessionEnd::sourceName(Source::Setting), u"setting"_s);
    QCOMPARE(SessionEnd::sourceName(Source::Server), u"server"_s);
    QCOMPARE(SessionEnd::sourceName(Source::Preset), u"preset"_s);
    QCOMPARE(SessionEnd::sourceName(Source::Observed), u"observed"_s);
}

void TestSessionEnd::onlyWhileSignedIn()
{
    open(4);
    QVERIFY(!SessionEnd::of(*m_catalog, u"c-api"_s)); // signed out
    signIn();
    QVERIFY(SessionEnd::of(*m_catalog, u"c-api"_s));
    go(S::Refreshing);
    QVERIFY(SessionEnd::of(*m_catalog, u"c-api"_s));
    go(S::SignInRequired, u"invalid_grant"_s);
    QVERIFY(!SessionEnd::of(*m_catalog, u"c-api"_s));
    QVERIFY(!SessionEnd::of(*m_catalog, u"c-unknown"_s));
}

void TestSessionEnd::settingOfTheCredential()
{
    open(4);
    m_files->clock().advance(600);
    signIn();
    const auto end = SessionEnd::of(*m_catalog, u"c-api"_s);
    QVERIFY(end);
    QCOMPARE(end->source, Source::Setting);
    QCOMPARE(end->at, Start.addSecs(600 + 4 * 3600)); // from the sign-in
    QCOMPARE(m_catalog->externalAuthentication(u"c-api"_s).sessionStarted, Start.addSecs(600));

    // Signing in again starts a new session.
    m_files->clock().advance(3600);
    signIn();
    QCOMPARE(SessionEnd::of(*m_catalog, u"c-api"_s)->at, Start.addSecs(600 + 3600 + 4 * 3600));
}

void TestSessionEnd::presetOfTheService()
{
    open(0, u"https://auth.atlassian.com/oauth/token"_s); // Atlassian: 365 days absolute
    signIn();
    const auto end = SessionEnd::of(*m_catalog, u"c-api"_s);
    QVERIFY(end);
    QCOMPARE(end->source, Source::Preset);
    QCOMPARE(end->at, Start.addDays(365));
}

void TestSessionEnd::presetNeedsTheSameTokenUrl()
{
    open(0, u"https://auth.atlassian.com.evil.test/oauth/token"_s);
    signIn();
    QVERIFY(!SessionEnd::of(*m_catalog, u"c-api"_s));
}

void TestSessionEnd::observedAfterTwoEpisodes()
{
    open();
    signIn();
    m_files->clock().advance(8 * 3600);
    go(S::Refreshing);
    go(S::SignInRequired, u"session expired"_s);
    QCOMPARE(m_catalog->observedSessions(u"p-acme"_s), QList<qint64>{8 * 3600});
    signIn();
    QVERIFY2(!SessionEnd::of(*m_catalog, u"c-api"_s), "seen once: not yet used");

    m_files->clock().advance(8 * 3600 + 1200); // noticed 20 minutes late: the refusal came at the next use
    go(S::SignInRequired, u"session expired"_s);
    QCOMPARE(m_catalog->observedSessions(u"p-acme"_s), (QList<qint64>{8 * 3600, 8 * 3600 + 1200}));
    m_files->clock().advance(600);
    signIn();
    const auto end = SessionEnd::of(*m_catalog, u"c-api"_s);
    QVERIFY(end);
    QCOMPARE(end->source, Source::Observed);
    QCOMPARE(end->at, m_files->clock().now().addSecs(8 * 3600)); // the shorter
}

void TestSessionEnd::observedSurvivesRestart()
{
    open();
    for (int episode = 0; episode < 3; ++episode) {
        signIn();
        m_files->clock().advance((6 + episode) * 3600);
        go(S::SignInRequired, u"session expired"_s);
    }
    QCOMPARE(m_catalog->observedSessions(u"p-acme"_s), (QList<qint64>{7 * 3600, 8 * 3600})); // the last two
    QVERIFY(readFile(m_files->statePath()).contains("observedSessions"));

    m_catalog = &m_files->open(*m_secrets); // a restart
    QVERIFY(m_catalog->load().isEmpty());
    QCOMPARE(m_catalog->observedSessions(u"p-acme"_s), (QList<qint64>{7 * 3600, 8 * 3600}));
}

void TestSessionEnd::oldRecordsUseTheLastSignIn()
{
    open(2);
    // state.json from before sessionStarted was kept: the history's last sign-in stands in.
    QJsonArray history;
    history.append(QJsonObject{{u"event"_s, u"signed-in"_s}, {u"time"_s, u"2026-11-28T07:00:00.000Z"_s}});
    history.append(QJsonObject{{u"event"_s, u"refreshed"_s}, {u"time"_s, u"2026-11-28T07:30:00.000Z"_s}});
    const QJsonObject record{{u"status"_s, u"signed-in"_s}, {u"history"_s, history}};
    m_files->close();
    writeFile(
        m_files->statePath(),
        QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"externalAuthentications"_s, QJsonObject{{u"c-api"_s, record}}}})
            .toJson());
    m_catalog = &m_files->open(*m_secrets);
    QVERIFY(m_catalog->load().isEmpty());
    const auto end = SessionEnd::of(*m_catalog, u"c-api"_s);
    QVERIFY(end);
    QCOMPARE(end->at, QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
}

QTEST_GUILESS_MAIN(TestSessionEnd)
#include "tst_sessionend.moc"
