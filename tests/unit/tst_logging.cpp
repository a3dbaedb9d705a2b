#include "callout/core/Logging.h"

#include "TestEnvironment.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void redactHidesTheSecret_data();
    void redactHidesTheSecret();
    void redactedLogLines();
    void categories_data();
    void categories();
};

void TestLogging::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestLogging::redactHidesTheSecret_data()
{
    QTest::addColumn<QString>("secret");

    QTest::newRow("access token") << u"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl"_s;
    QTest::newRow("refresh token") << u"rt-1"_s;
    QTest::newRow("one character") << u"x"_s;
    QTest::newRow("digits only") << u"123456"_s; // the length is 6, not part of the secret
    QTest::newRow("non-ASCII") << u"pässwörd"_s;
    QTest::newRow("long") << QString(4096, u'k');
}

void TestLogging::redactHidesTheSecret()
{
    QFETCH(QString, secret);

    const QString shown = redact(secret);
    QVERIFY(!shown.isEmpty());
    QVERIFY2(!shown.contains(secret), qPrintable(shown));
    QVERIFY2(shown.contains(QString::number(secret.size())), qPrintable(shown));
    // Nothing of the secret shows, not even its first or last characters.
    if (secret.size() > 3) {
        QVERIFY(!shown.contains(secret.left(3)));
        QVERIFY(!shown.contains(secret.right(3)));
    }
    // The same length gives the same text: only the length can leak.
    QCOMPARE(redact(QString(secret.size(), u'?')), shown);
}

void TestLogging::redactedLogLines()
{
    const QString secret = u"s3cr3t-refresh-token-Zq8"_s;
    const callout::test::LogCapture capture;
    qCInfo(lcOAuth) << "refresh token received:" << redact(secret);
    qCDebug(lcRefresh).noquote() << "refreshing with" << redact(secret);
    QVERIFY(capture.contains(u"callout.oauth"_s));
    QVERIFY(capture.contains(u"callout.refresh"_s));
    QVERIFY(!capture.contains(secret));
    QVERIFY(capture.contains(QString::number(secret.size())));
    QVERIFY(!redact(QString()).isEmpty());
}

void TestLogging::categories_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::newRow("config") << QString::fromLatin1(lcConfig().categoryName()) << u"callout.config"_s;
    QTest::newRow("store") << QString::fromLatin1(lcStore().categoryName()) << u"callout.store"_s;
    QTest::newRow("oauth") << QString::fromLatin1(lcOAuth().categoryName()) << u"callout.oauth"_s;
    QTest::newRow("refresh") << QString::fromLatin1(lcRefresh().categoryName()) << u"callout.refresh"_s;
    QTest::newRow("api") << QString::fromLatin1(lcApi().categoryName()) << u"callout.api"_s;
}

void TestLogging::categories()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
