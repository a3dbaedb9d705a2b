// Finding 7 (issue 11): server text is made safe where it enters Callout, before any window,
// terminal or log line shows it.
#include "callout/core/ServerText.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;

namespace {

// Whether `text` holds a character a terminal or a text layout would act on rather than show.
QString firstUnsafeCharacter(const QString &text)
{
    for (const QChar c : text) {
        const bool unsafe = c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
        if (unsafe)
            return u"U+%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
    }
    return {};
}

} // namespace

class TestServerText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sanitizes_data();
    void sanitizes();
    void capsTheLength_data();
    void capsTheLength();
    void neverSplitsASurrogatePair();
};

void TestServerText::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestServerText::sanitizes_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("shown");

    QTest::newRow("plain") << u"invalid_grant"_s << u"invalid_grant"_s;
    QTest::newRow("non-ASCII kept") << u"Zugriff verweigert für „Jörg“ 日本"_s
                                    << u"Zugriff verweigert für „Jörg“ 日本"_s;
    QTest::newRow("emoji kept") << u"ok 🔑"_s << u"ok 🔑"_s;
    QTest::newRow("CSI sequence") << u"\x1b[2J\x1b[31mred\x1b[0m"_s << u"[2J[31mred[0m"_s;
    QTest::newRow("OSC title sequence") << u"\x1b]0;pwned\x07http://evil.example"_s << u"]0;pwnedhttp://evil.example"_s;
    QTest::newRow("C1 CSI") << u"a\u009b31mb"_s << u"a31mb"_s;
    QTest::newRow("carriage return") << u"real\rFAKE"_s << u"real FAKE"_s;
    QTest::newRow("newlines") << u"line one\n\nline two\r\n"_s << u"line one line two"_s;
    QTest::newRow("tab") << u"a\tb"_s << u"a b"_s;
    QTest::newRow("NUL") << u"a"_s + QChar(u'\0') + u"b"_s << u"ab"_s;
    QTest::newRow("DEL and backspace") << u"abc\x08\x08\x7f"_s << u"abc"_s;
    QTest::newRow("bidi override U+202E") << u"abc\u202Egpj.exe"_s << u"abcgpj.exe"_s;
    QTest::newRow("bidi isolates") << u"\u2066x\u2069\u2067y\u2068"_s << u"xy"_s;
    QTest::newRow("zero-width and BOM") << u"a\u200Bb\u200Dc\uFEFF"_s << u"abc"_s;
    QTest::newRow("line and paragraph separators") << u"a\u2028b\u2029c"_s << u"a b c"_s;
    QTest::newRow("surrounding space") << u"  \n x  \t "_s << u"x"_s;
    QTest::newRow("only controls") << u"\x1b\x07\r\n"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestServerText::sanitizes()
{
    QFETCH(QString, raw);
    QFETCH(QString, shown);

    const QString clean = sanitizedServerText(raw);
    QCOMPARE(clean, shown);
    QVERIFY2(firstUnsafeCharacter(clean).isEmpty(), qPrintable(firstUnsafeCharacter(clean)));
    QCOMPARE(sanitizedServerText(clean), clean); // sanitising twice changes nothing
}

void TestServerText::capsTheLength_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<qsizetype>("maxLength");
    QTest::addColumn<QString>("shown");

    const QString x200(200, u'x');
    QTest::newRow("exactly the cap") << x200 << ServerTextMaxLength << x200;
    QTest::newRow("one more") << x200 + u'y' << ServerTextMaxLength << x200 + u'…';
    QTest::newRow("100,000 characters") << QString(100'000, u'd') << ServerTextMaxLength << QString(200, u'd') + u'…';
    QTest::newRow("controls do not count") << QString(50'000, u'\x1b') + u"tail"_s << ServerTextMaxLength << u"tail"_s;
    QTest::newRow("50,000 newlines") << QString(50'000, u'\n') + u"tail"_s << ServerTextMaxLength << u"tail"_s;
    QTest::newRow("a smaller cap") << u"abcdef"_s << qsizetype(3) << u"abc…"_s;
}

void TestServerText::capsTheLength()
{
    QFETCH(QString, raw);
    QFETCH(qsizetype, maxLength);
    QFETCH(QString, shown);

    const QString clean = sanitizedServerText(raw, maxLength);
    QCOMPARE(clean, shown);
    QVERIFY(clean.size() <= maxLength + 1);
}

void TestServerText::neverSplitsASurrogatePair()
{
    const QString keys = QString(199, u'a') + u"🔑🔑"_s; // the first key would need characters 200 and 201
    const QString clean = sanitizedServerText(keys);
    QCOMPARE(clean, QString(199, u'a') + u'…');
    const QString lone = u"a"_s + QChar(0xD800) + u"b"_s; // a lone surrogate is not text
    QVERIFY(!sanitizedServerText(lone).contains(QChar(0xD800)));
}

QTEST_GUILESS_MAIN(TestServerText)
#include "tst_servertext.moc"
