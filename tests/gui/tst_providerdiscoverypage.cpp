// Discover on the Auth. Providers page, against the real OAuth server of tests/server: the
// endpoints are filled in from the issuer's metadata and shown, and saved; metadata that names
// another issuer is refused with the reason and fills in nothing.
#include "EditorPageFixture.h"
#include "TestServer.h"
#include "gui/AuthProvidersPage.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;
using test::TestServer;
using test::typeInto;

class TestProviderDiscoveryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void discoverFillsTheEndpoints();
    void discoverKeepsWhatTheUserEntered();
    void mismatchedIssuerIsRefused();

private:
    template<typename T> T *child(const QString &name) const { return m_page->findChild<T *>(name); }
    QString text(const QString &edit) const { return child<QLineEdit>(edit)->text(); }
    void startNewProvider();
    void discover();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<test::EditorPageFixture> m_fixture;
    std::unique_ptr<QWidget> m_window; // owns the page
    AuthProvidersPage *m_page = nullptr;
};

void TestProviderDiscoveryPage::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_fixture = std::make_unique<test::EditorPageFixture>();
    QVERIFY(m_fixture->core.load().isEmpty());
    m_page = new AuthProvidersPage(m_fixture->core);
    m_window = test::showInWindow(m_page, QSize(1000, 800));
}

void TestProviderDiscoveryPage::cleanup()
{
    m_window.reset();
    m_page = nullptr;
    m_fixture.reset();
    m_server.reset();
}

void TestProviderDiscoveryPage::startNewProvider()
{
    QTest::mouseClick(child<QPushButton>(u"newButton"_s), Qt::LeftButton);
    QVERIFY(typeInto(m_page, u"nameEdit"_s, u"Demo"_s));
    QVERIFY(typeInto(m_page, u"issuerEdit"_s, m_server->issuer()));
    QVERIFY(typeInto(m_page, u"clientIdEdit"_s, u"public-client"_s));
}

void TestProviderDiscoveryPage::discover()
{
    auto *button = child<QPushButton>(u"discoverButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // one question at a time
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
}

void TestProviderDiscoveryPage::discoverFillsTheEndpoints()
{
    startNewProvider();
    discover();
    const QString result = child<QLabel>(u"discoveryResult"_s)->text();
    QVERIFY2(result.startsWith(u"Found in the metadata of "_s + m_server->issuer()), qPrintable(result));
    QCOMPARE(text(u"authorizeUrlEdit"_s), m_server->url(u"/auth"_s).toString());
    QCOMPARE(text(u"tokenUrlEdit"_s), m_server->url(u"/token"_s).toString());
    QCOMPARE(text(u"revocationUrlEdit"_s), m_server->url(u"/token/revocation"_s).toString());
    QCOMPARE(text(u"userInfoUrlEdit"_s), m_server->url(u"/me"_s).toString());
    // What it found is shown, each endpoint once.
    for (const QString &edit : {u"authorizeUrlEdit"_s, u"tokenUrlEdit"_s, u"revocationUrlEdit"_s})
        QVERIFY2(result.contains(text(edit)), qPrintable(result));
    QVERIFY(result.contains(u"“iss”"_s));

    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_fixture->core.catalog.configuration().providerByName(u"Demo"_s));
    const AuthProvider *saved = m_fixture->core.catalog.configuration().providerByName(u"Demo"_s);
    QCOMPARE(saved->tokenUrl, m_server->url(u"/token"_s));
    QCOMPARE(saved->authorizeUrl, m_server->url(u"/auth"_s));
    QVERIFY(saved->authorizationResponseIssRequired); // the server sends iss: required from now on
    QCOMPARE(m_server->requestLog(u"discovery"_s).size(), 1);
}

void TestProviderDiscoveryPage::discoverKeepsWhatTheUserEntered()
{
    startNewProvider();
    const QString mine = m_server->url(u"/token-proxy"_s).toString();
    QVERIFY(typeInto(m_page, u"tokenUrlEdit"_s, mine));
    discover();
    QCOMPARE(text(u"tokenUrlEdit"_s), mine);
    QCOMPARE(text(u"authorizeUrlEdit"_s), m_server->url(u"/auth"_s).toString());
    const QString result = child<QLabel>(u"discoveryResult"_s)->text();
    QVERIFY2(result.contains(u"(your entry %1 is kept)"_s.arg(mine)), qPrintable(result));
}

void TestProviderDiscoveryPage::mismatchedIssuerIsRefused()
{
    QVERIFY(m_server->addFault({{u"endpoint"_s, u"discovery"_s}, {u"mode"_s, u"wrong-issuer"_s}, {u"count"_s, 2}}));
    startNewProvider();
    discover();
    const QString result = child<QLabel>(u"discoveryResult"_s)->text();
    QVERIFY2(result.startsWith(u"Discovery failed: "_s), qPrintable(result));
    QVERIFY2(result.contains(u"it was refused"_s), qPrintable(result));
    QVERIFY(result.contains(m_server->issuer()));
    for (const QString &edit : {u"authorizeUrlEdit"_s, u"tokenUrlEdit"_s, u"revocationUrlEdit"_s, u"userInfoUrlEdit"_s})
        QVERIFY2(text(edit).isEmpty(), qPrintable(edit));
}

QTEST_MAIN(TestProviderDiscoveryPage)
#include "tst_providerdiscoverypage.moc"
