// callout:NAME/PATH?QUERY and the rules that keep a call under its credential's URL (issue 13):
// the exact URL a target becomes, and every spelling of a way out refused with a sentence.
#include "calloutclient/CalloutAddress.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;

class TestCalloutAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void parses_data();
    void parses();
    void refusesAddress_data();
    void refusesAddress();
    void fromUrl_data();
    void fromUrl();
    void resolves_data();
    void resolves();
    void refusesEscape_data();
    void refusesEscape();
    void refusesBadBase_data();
    void refusesBadBase();
};

void TestCalloutAddress::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestCalloutAddress::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("target");

    QTest::newRow("name only") << u"callout:My_Api"_s << u"My_Api"_s << QString();
    QTest::newRow("root") << u"callout:My_Api/"_s << u"My_Api"_s << u"/"_s;
    QTest::newRow("path and query") << u"callout:My_Api/v1/items?a=1&b=%20x"_s << u"My_Api"_s
                                    << u"/v1/items?a=1&b=%20x"_s;
    QTest::newRow("query only") << u"callout:Api?q=1"_s << u"Api"_s << u"?q=1"_s;
    QTest::newRow("authority form") << u"callout://Api2/x"_s << u"Api2"_s << u"/x"_s;
    QTest::newRow("scheme in capitals") << u"CALLOUT:Api/x"_s << u"Api"_s << u"/x"_s;
    QTest::newRow("encoding kept") << u"callout:A/a%20b+c%25d"_s << u"A"_s << u"/a%20b+c%25d"_s;
    QTest::newRow("80 characters") << u"callout:"_s + u"N"_s.repeated(80) + u"/x"_s << u"N"_s.repeated(80) << u"/x"_s;
    QTest::newRow("dots inside names") << u"callout:A/v1.2/..x/x../.well-known"_s << u"A"_s
                                       << u"/v1.2/..x/x../.well-known"_s;
    QTest::newRow("dots in the query") << u"callout:A/p?path=../../etc&s=%2F"_s << u"A"_s
                                       << u"/p?path=../../etc&s=%2F"_s;
}

void TestCalloutAddress::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, credential);
    QFETCH(QString, target);

    QString error;
    const auto address = CalloutAddress::parse(text, &error);
    QVERIFY2(address.has_value(), qPrintable(error));
    QCOMPARE(address->credential, credential);
    QCOMPARE(address->target, target);
}

void TestCalloutAddress::refusesAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("another scheme") << u"https://example.com/x"_s << u"starts with \"callout:\""_s;
    QTest::newRow("no name") << u"callout:/x"_s << u"names no credential"_s;
    QTest::newRow("empty") << u"callout:"_s << u"names no credential"_s;
    QTest::newRow("name starts with a digit") << u"callout:1Api/x"_s << u"starts with a letter"_s;
    QTest::newRow("name with a dash") << u"callout:My-Api/x"_s << u"starts with a letter"_s;
    QTest::newRow("81 characters") << u"callout:"_s + u"N"_s.repeated(81) << u"at most 80"_s;
    QTest::newRow("user info") << u"callout://user@Api/x"_s << u"starts with a letter"_s;
    QTest::newRow("port") << u"callout://Api:443/x"_s << u"starts with a letter"_s;
    QTest::newRow("dot-dot") << u"callout:Api/../x"_s << u"\"..\""_s;
    QTest::newRow("fragment") << u"callout:Api/x#y"_s << u"fragment"_s;
    QTest::newRow("name with a fragment") << u"callout:Api#x"_s << u"starts with a letter"_s;
}

void TestCalloutAddress::refusesAddress()
{
    QFETCH(QString, text);
    QFETCH(QString, errorPart);

    QString error;
    QVERIFY(!CalloutAddress::parse(text, &error).has_value());
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY(error.endsWith(u'.'));
}

void TestCalloutAddress::fromUrl_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("target"); // empty credential: refused

    QTest::newRow("path") << QUrl(u"callout:My_Api/a/b?x=1"_s) << u"My_Api"_s << u"/a/b?x=1"_s;
    QTest::newRow("encoding kept") << QUrl(u"callout:Api/a%20b+c%25d?q=%2B"_s) << u"Api"_s << u"/a%20b+c%25d?q=%2B"_s;
    QTest::newRow("encoded dots") << QUrl(u"callout:Api/%2e%2E/x"_s) << QString() << QString();
    QTest::newRow("encoded slash") << QUrl(u"callout:Api/a%2fb"_s) << QString() << QString();
    QTest::newRow("backslash") << QUrl(u"callout:Api/a\\b"_s) << QString() << QString();
    QTest::newRow("fragment") << QUrl(u"callout:Api/a#f"_s) << QString() << QString();
    QTest::newRow("https") << QUrl(u"https://example.com/a"_s) << QString() << QString();
}

void TestCalloutAddress::fromUrl()
{
    QFETCH(QUrl, url);
    QFETCH(QString, credential);
    QFETCH(QString, target);

    QString error;
    const auto address = CalloutAddress::fromUrl(url, &error);
    if (credential.isEmpty()) {
        QVERIFY(!address.has_value());
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(address.has_value(), qPrintable(error));
    QCOMPARE(address->credential, credential);
    QCOMPARE(address->target, target);
}

void TestCalloutAddress::resolves_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("url");

    QTest::newRow("base itself") << u"https://api.example.com/v1"_s << QString()
                                 << QByteArray("https://api.example.com/v1");
    QTest::newRow("base's root") << u"https://api.example.com"_s << u"/"_s << QByteArray("https://api.example.com/");
    QTest::newRow("path") << u"https://api.example.com/v1"_s << u"/items/7"_s
                          << QByteArray("https://api.example.com/v1/items/7");
    QTest::newRow("no doubled slash") << u"https://api.example.com/v1/"_s << u"/items"_s
                                      << QByteArray("https://api.example.com/v1/items");
    QTest::newRow("trailing slash kept") << u"https://api.example.com/v1"_s << u"/items/"_s
                                         << QByteArray("https://api.example.com/v1/items/");
    QTest::newRow("query") << u"https://api.example.com/v1"_s << u"/items?a=1&b=two"_s
                           << QByteArray("https://api.example.com/v1/items?a=1&b=two");
    QTest::newRow("query on the base") << u"https://api.example.com/v1"_s << u"?a=1"_s
                                       << QByteArray("https://api.example.com/v1?a=1");
    QTest::newRow("base's query joined") << u"https://api.example.com/v1?key=k"_s << u"/x?a=1"_s
                                         << QByteArray("https://api.example.com/v1/x?key=k&a=1");
    QTest::newRow("port") << u"http://127.0.0.1:8080/api"_s << u"/x"_s << QByteArray("http://127.0.0.1:8080/api/x");
    QTest::newRow("percent-encoding survives")
        << u"https://h.example/api"_s << u"/a%20b+c%25d"_s << QByteArray("https://h.example/api/a%20b+c%25d");
    QTest::newRow("query encoding survives") << u"https://h.example/api"_s << u"/s?q=a%20b+c%25&x=%2F%26"_s
                                             << QByteArray("https://h.example/api/s?q=a%20b+c%25&x=%2F%26");
    QTest::newRow("space encoded") << u"https://h.example"_s << u"/a b"_s << QByteArray("https://h.example/a%20b");
    QTest::newRow("UTF-8 encoded") << u"https://h.example"_s << u"/caf\u00e9"_s
                                   << QByteArray("https://h.example/caf%C3%A9");
    QTest::newRow("dots inside names") << u"https://h.example/api"_s << u"/v1.2/..x/x../.well-known"_s
                                       << QByteArray("https://h.example/api/v1.2/..x/x../.well-known");
    QTest::newRow("dots in the query") << u"https://h.example/api"_s << u"/p?f=../../etc%2fpasswd"_s
                                       << QByteArray(
                                              "https://h.example/api/p?f=../../etc%2Fpasswd"); // hex digits in capitals
    QTest::newRow("inner empty segment") << u"https://h.example/api"_s << u"/a//b"_s
                                         << QByteArray("https://h.example/api/a//b");
    QTest::newRow("a scheme-like segment") << u"https://h.example/api"_s << u"/http://evil.example/x"_s
                                           << QByteArray("https://h.example/api/http://evil.example/x");
    QTest::newRow("base fragment dropped")
        << u"https://h.example/api#top"_s << u"/x"_s << QByteArray("https://h.example/api/x");
}

void TestCalloutAddress::resolves()
{
    QFETCH(QString, base);
    QFETCH(QString, target);
    QFETCH(QByteArray, url);

    QString error;
    const QUrl resolved = resolveCallTarget(QUrl(base), target, &error);
    QVERIFY2(resolved.isValid(), qPrintable(error));
    QCOMPARE(resolved.toEncoded(), url);
    QVERIFY(error.isEmpty());
}

void TestCalloutAddress::refusesEscape_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("errorPart");

    const QString dots = u"\"..\" segments"_s;
    const QString slash = u"encoded slash"_s;
    QTest::newRow("..") << u"/../x"_s << dots;
    QTest::newRow(".. at the end") << u"/a/.."_s << dots;
    QTest::newRow(".") << u"/./x"_s << dots;
    QTest::newRow(". at the end") << u"/a/."_s << dots;
    QTest::newRow(".. before the query") << u"/a/..?x=1"_s << dots;
    QTest::newRow("%2e%2e") << u"/%2e%2e/x"_s << dots;
    QTest::newRow("%2E%2E") << u"/%2E%2E/x"_s << dots;
    QTest::newRow(".%2E") << u"/.%2E/x"_s << dots;
    QTest::newRow("%2e.") << u"/%2e./x"_s << dots;
    QTest::newRow("%2e") << u"/%2e/x"_s << dots;
    QTest::newRow("double-encoded %252e%252e") << u"/%252e%252e/x"_s << dots;
    QTest::newRow("path parameter ..;") << u"/..;x=1/y"_s << dots;
    QTest::newRow("fullwidth dots") << u"/\uff0e\uff0e/x"_s << dots;
    QTest::newRow("encoded fullwidth dots") << u"/%EF%BC%8E%EF%BC%8E/x"_s << dots;
    QTest::newRow("%2f") << u"/a%2fb"_s << slash;
    QTest::newRow("%2F") << u"/a%2Fb"_s << slash;
    QTest::newRow("..%2F") << u"/..%2Fx"_s << slash;
    QTest::newRow("%5c") << u"/a%5cb"_s << slash;
    QTest::newRow("%5C") << u"/a%5Cb"_s << slash;
    QTest::newRow("double-encoded %252f") << u"/a%252fb"_s << slash;
    QTest::newRow("backslash") << u"/a\\b"_s << u"backslash"_s;
    QTest::newRow("backslash dots") << u"/..\\x"_s << u"backslash"_s;
    QTest::newRow("//host") << u"//evil.example/x"_s << u"another host"_s;
    QTest::newRow("/\\host") << u"/\\evil.example/x"_s << u"another host"_s;
    QTest::newRow("absolute URL") << u"https://evil.example/x"_s << u"absolute URL"_s;
    QTest::newRow("other scheme") << u"javascript:alert(1)"_s << u"absolute URL"_s;
    QTest::newRow("relative path") << u"x/y"_s << u"start with \"/\""_s;
    QTest::newRow("host-like") << u"evil.example/x"_s << u"start with \"/\""_s;
    QTest::newRow("fragment") << u"/x#frag"_s << u"fragment"_s;
    QTest::newRow("fragment in the query") << u"/x?a=1#frag"_s << u"fragment"_s;
    QTest::newRow("NUL") << u"/a\u0000b"_s << u"control characters"_s;
    QTest::newRow("newline") << u"/a\nb"_s << u"control characters"_s;
    QTest::newRow("CR LF in the query") << u"/a?x=1\r\nHost: evil"_s << u"control characters"_s;
    QTest::newRow("tab") << u"/a\tb"_s << u"control characters"_s;
    QTest::newRow("DEL") << u"/a\u007fb"_s << u"control characters"_s;
    QTest::newRow("%00") << u"/a%00b"_s << u"control characters"_s;
    QTest::newRow("%0d%0a") << u"/a%0d%0aHost:%20evil"_s << u"control characters"_s;
    QTest::newRow("%00 in the query") << u"/a?x=%00"_s << u"NUL"_s;
}

void TestCalloutAddress::refusesEscape()
{
    QFETCH(QString, target);
    QFETCH(QString, errorPart);

    for (const QString &base : {u"https://api.example.com/v1"_s, u"https://api.example.com"_s}) {
        QString error;
        const QUrl resolved = resolveCallTarget(QUrl(base), target, &error);
        QVERIFY2(!resolved.isValid(), resolved.toEncoded().constData());
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY(error.endsWith(u'.'));
    }
    // The same rules when the address is read.
    if (!target.startsWith(u'/'))
        return;
    QString error;
    QVERIFY(!CalloutAddress::parse(u"callout:Api"_s + target, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestCalloutAddress::refusesBadBase_data()
{
    QTest::addColumn<QUrl>("base");

    QTest::newRow("empty") << QUrl();
    QTest::newRow("no host") << QUrl(u"https:///x"_s);
    QTest::newRow("ftp") << QUrl(u"ftp://h.example/x"_s);
    QTest::newRow("file") << QUrl(u"file:///etc"_s);
}

void TestCalloutAddress::refusesBadBase()
{
    QFETCH(QUrl, base);
    QString error;
    QVERIFY(!resolveCallTarget(base, u"/x"_s, &error).isValid());
    QVERIFY(error.contains(u"credential's URL"_s));
}

QTEST_GUILESS_MAIN(TestCalloutAddress)
#include "tst_calloutaddress.moc"
