// The one application/x-www-form-urlencoded encoder (RFC 6749 Appendix B, WHATWG URL standard):
// the exact bytes for tricky values, the same as JavaScript's URLSearchParams produces.
#include "callout/oauth/FormEncoding.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;

class TestFormEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void encodesExactly_data();
    void encodesExactly();
    void decodesWhatItEncodes_data() { encodesExactly_data(); }
    void decodesWhatItEncodes();
    void decodes_data();
    void decodes();
};

void TestFormEncoding::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestFormEncoding::encodesExactly_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("letters and digits") << u"abcXYZ019"_s << QByteArray("abcXYZ019");
    QTest::newRow("kept punctuation") << u"-._*"_s << QByteArray("-._*");
    QTest::newRow("tilde") << u"~"_s << QByteArray("%7E");
    QTest::newRow("plus") << u"a+b"_s << QByteArray("a%2Bb");
    QTest::newRow("space") << u"a b"_s << QByteArray("a+b");
    QTest::newRow("percent") << u"100%"_s << QByteArray("100%25");
    QTest::newRow("already encoded") << u"a%2Fb"_s << QByteArray("a%252Fb");
    QTest::newRow("colon") << u"id:secret"_s << QByteArray("id%3Asecret");
    QTest::newRow("slash") << u"4/0A"_s << QByteArray("4%2F0A");
    QTest::newRow("equals and ampersand") << u"x=y&z"_s << QByteArray("x%3Dy%26z");
    QTest::newRow("non-ASCII") << u"café"_s << QByteArray("caf%C3%A9");
    QTest::newRow("outside the BMP") << u"😀"_s << QByteArray("%F0%9F%98%80");
    QTest::newRow("control characters") << u"\n\t"_s << QByteArray("%0A%09");
    QTest::newRow("other reserved") << u"\"'<>?#[]@!$(),;"_s
                                    << QByteArray("%22%27%3C%3E%3F%23%5B%5D%40%21%24%28%29%2C%3B");
    QTest::newRow("google-style code") << u"4/0AY0e-g7+xyz/abc"_s << QByteArray("4%2F0AY0e-g7%2Bxyz%2Fabc");
    QTest::newRow("secret with everything") << u"a:b+c%/é= "_s << QByteArray("a%3Ab%2Bc%25%2F%C3%A9%3D+");
    QTest::newRow("redirect URI") << u"http://127.0.0.1:4711/callback"_s
                                  << QByteArray("http%3A%2F%2F127.0.0.1%3A4711%2Fcallback");
}

void TestFormEncoding::encodesExactly()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, encoded);
    QCOMPARE(formUrlEncode(value), encoded);
}

void TestFormEncoding::decodesWhatItEncodes()
{
    QFETCH(QString, value);
    QCOMPARE(formUrlDecode(formUrlEncode(value)), value);
}

void TestFormEncoding::decodes_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QString>("value");

    QTest::newRow("plus is a space") << QByteArray("a+b") << u"a b"_s;
    QTest::newRow("encoded plus") << QByteArray("a%2Bb") << u"a+b"_s;
    QTest::newRow("space as %20") << QByteArray("a%20b") << u"a b"_s;
    QTest::newRow("lower-case hex") << QByteArray("4%2f0A") << u"4/0A"_s;
    QTest::newRow("unencoded reserved") << QByteArray("4/0A-b_c.d~e:f") << u"4/0A-b_c.d~e:f"_s;
    QTest::newRow("encoded percent") << QByteArray("4%2F0A%252Fc") << u"4/0A%2Fc"_s;
    QTest::newRow("UTF-8") << QByteArray("caf%C3%A9") << u"café"_s;
}

void TestFormEncoding::decodes()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QString, value);
    QCOMPARE(formUrlDecode(encoded), value);
}

QTEST_GUILESS_MAIN(TestFormEncoding)
#include "tst_formencoding.moc"
