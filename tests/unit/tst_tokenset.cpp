#include "callout/model/TokenSet.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(callout::TokenSet)

using namespace callout;

namespace {

TokenSet full()
{
    TokenSet tokens;
    tokens.accessToken = u"eyJhbGciOiJSUzI1NiJ9.payload.signature"_s;
    tokens.refreshToken = u"rt-5f2c9a"_s;
    tokens.expiry = QDateTime(QDate(2026, 11, 28), QTime(13, 0, 0, 123), Qt::UTC);
    tokens.grantedScope = u"openid api offline_access"_s;
    return tokens;
}

} // namespace

class TestTokenSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip_data();
    void roundTrip();
    void unknownExpiryIsNotWritten();
    void unreadableExpiryIsUnknown_data();
    void unreadableExpiryIsUnknown();
    void garbageIsAnError_data();
    void garbageIsAnError();
};

void TestTokenSet::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestTokenSet::roundTrip_data()
{
    QTest::addColumn<TokenSet>("tokens");

    QTest::newRow("every field") << full();
    TokenSet noRefresh = full();
    noRefresh.refreshToken.clear();
    QTest::newRow("no refresh token") << noRefresh;
    TokenSet unknownExpiry = full();
    unknownExpiry.expiry = QDateTime();
    QTest::newRow("unknown expiry") << unknownExpiry;
    TokenSet offset = full();
    offset.expiry = QDateTime(QDate(2026, 11, 28), QTime(14, 30, 15, 999), Qt::OffsetFromUTC, -5 * 3600);
    QTest::newRow("expiry in another offset") << offset;
    TokenSet unicode = full();
    unicode.accessToken = u"tøkén \"quoted\" \\ back"_s;
    QTest::newRow("characters JSON must escape") << unicode;
    QTest::newRow("empty") << TokenSet();
}

void TestTokenSet::roundTrip()
{
    QFETCH(TokenSet, tokens);

    const Result<TokenSet> back = TokenSet::fromBytes(tokens.toBytes());
    QVERIFY(back.ok());
    QCOMPARE(back->accessToken, tokens.accessToken);
    QCOMPARE(back->refreshToken, tokens.refreshToken);
    QCOMPARE(back->grantedScope, tokens.grantedScope);
    QCOMPARE(back->expiry.isValid(), tokens.expiry.isValid());
    if (tokens.expiry.isValid())
        QCOMPARE(back->expiry.toMSecsSinceEpoch(), tokens.expiry.toMSecsSinceEpoch());
    QVERIFY(*back == tokens);
}

void TestTokenSet::unknownExpiryIsNotWritten()
{
    TokenSet tokens = full();
    tokens.expiry = QDateTime();
    const QJsonObject json = QJsonDocument::fromJson(tokens.toBytes()).object();
    QVERIFY(!json.contains(u"expiry"_s));
    QCOMPARE(json.value(u"accessToken"_s).toString(), tokens.accessToken);

    const QJsonObject withExpiry = QJsonDocument::fromJson(full().toBytes()).object();
    QCOMPARE(withExpiry.value(u"expiry"_s).toString(), u"2026-11-28T13:00:00.123Z"_s);
}

void TestTokenSet::unreadableExpiryIsUnknown_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not a date") << QByteArray(R"({"accessToken": "a", "expiry": "tomorrow"})");
    QTest::newRow("a number") << QByteArray(R"({"accessToken": "a", "expiry": 3600})");
    QTest::newRow("null") << QByteArray(R"({"accessToken": "a", "expiry": null})");
}

void TestTokenSet::unreadableExpiryIsUnknown()
{
    QFETCH(QByteArray, bytes);
    const Result<TokenSet> tokens = TokenSet::fromBytes(bytes);
    QVERIFY(tokens.ok());
    QCOMPARE(tokens->accessToken, u"a"_s);
    QVERIFY(!tokens->expiry.isValid());
}

void TestTokenSet::garbageIsAnError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("plain token") << QByteArray("eyJhbGciOiJSUzI1NiJ9.payload.signature");
    QTest::newRow("truncated JSON") << full().toBytes().chopped(3);
    QTest::newRow("array") << QByteArray(R"(["a", "b"])");
    QTest::newRow("string") << QByteArray(R"("access")");
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4);
}

void TestTokenSet::garbageIsAnError()
{
    QFETCH(QByteArray, bytes);
    const Result<TokenSet> tokens = TokenSet::fromBytes(bytes);
    QVERIFY(!tokens.ok());
    QCOMPARE(tokens.error().code, ErrorCode::KeychainError);
    QVERIFY(!tokens.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenSet)
#include "tst_tokenset.moc"
