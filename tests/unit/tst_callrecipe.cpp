// The recipe the agent's `authorize` method answers with (README, "Local API"): its JSON round trip,
// and refusal of anything malformed, since it decides where a token is sent.
#include "calloutclient/CallRecipe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;

namespace {

CallRecipe sample()
{
    CallRecipe recipe;
    recipe.credential = u"Api"_s;
    recipe.baseUrl = QUrl(u"https://api.example/v1/base%20path"_s);
    recipe.headers = {{"Authorization", "Bearer at-1"}, {"X-Token", "at-1"}, {"X-Label", "caf\xc3\xa9\tx"}};
    recipe.generatesAuthorization = true;
    recipe.token = u"at-1"_s;
    recipe.expiresAt = QDateTime(QDate(2026, 11, 28), QTime(13, 0, 0, 250), Qt::UTC);
    return recipe;
}

QJsonObject with(QJsonObject json, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    return json;
}

} // namespace

class TestCallRecipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void wireFormat();
    void unknownExpiryIsNull();
    void malformedIsRefused_data();
    void malformedIsRefused();
};

void TestCallRecipe::roundTrip()
{
    const CallRecipe recipe = sample();
    const std::optional<CallRecipe> back = CallRecipe::fromJson(recipe.toJson());
    QVERIFY(back.has_value());
    QCOMPARE(back->credential, recipe.credential);
    QCOMPARE(back->baseUrl, recipe.baseUrl);
    QCOMPARE(back->headers, recipe.headers);
    QCOMPARE(back->generatesAuthorization, true);
    QCOMPARE(back->token, recipe.token);
    QCOMPARE(back->expiresAt, recipe.expiresAt);

    // Through the bytes of a line, too, and with the generated header off.
    CallRecipe own = recipe;
    own.generatesAuthorization = false;
    own.headers = {};
    const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(own.toJson()).toJson()).object();
    const std::optional<CallRecipe> again = CallRecipe::fromJson(json);
    QVERIFY(again.has_value());
    QCOMPARE(again->generatesAuthorization, false);
    QVERIFY(again->headers.isEmpty());
}

void TestCallRecipe::wireFormat()
{
    const QJsonObject json = sample().toJson();
    QCOMPARE(json.value(u"credential"_s).toString(), u"Api"_s);
    QCOMPARE(json.value(u"url"_s).toString(), u"https://api.example/v1/base%20path"_s);
    QCOMPARE(json.value(u"headers"_s).toArray().at(0).toArray(), (QJsonArray{u"Authorization"_s, u"Bearer at-1"_s}));
    QCOMPARE(json.value(u"headers"_s).toArray().at(2).toArray(), (QJsonArray{u"X-Label"_s, u"café\tx"_s}));
    QCOMPARE(json.value(u"generatesAuthorization"_s), QJsonValue(true));
    QCOMPARE(json.value(u"expiresAt"_s).toString(), u"2026-11-28T13:00:00.250Z"_s);
}

void TestCallRecipe::unknownExpiryIsNull()
{
    CallRecipe recipe = sample();
    recipe.expiresAt = {};
    const QJsonObject json = recipe.toJson();
    QVERIFY(json.value(u"expiresAt"_s).isNull());
    QVERIFY(!CallRecipe::fromJson(json)->expiresAt.isValid());
    QVERIFY(CallRecipe::fromJson(with(json, u"expiresAt"_s, QJsonValue::Undefined)).has_value());
}

void TestCallRecipe::malformedIsRefused_data()
{
    QTest::addColumn<QJsonObject>("json");
    const QJsonObject good = sample().toJson();
    const QJsonValue none = QJsonValue::Undefined;
    auto headers = [&good](const QJsonArray &extra) { return with(good, u"headers"_s, QJsonArray{extra}); };

    QTest::newRow("empty object") << QJsonObject();
    QTest::newRow("no credential") << with(good, u"credential"_s, none);
    QTest::newRow("empty credential") << with(good, u"credential"_s, u""_s);
    QTest::newRow("credential a number") << with(good, u"credential"_s, 5);
    QTest::newRow("no url") << with(good, u"url"_s, none);
    QTest::newRow("url a number") << with(good, u"url"_s, 5);
    QTest::newRow("url not absolute") << with(good, u"url"_s, u"/v1"_s);
    QTest::newRow("url ftp") << with(good, u"url"_s, u"ftp://api.example/"_s);
    QTest::newRow("url without host") << with(good, u"url"_s, u"https:///v1"_s);
    QTest::newRow("url invalid") << with(good, u"url"_s, u"https://api example/"_s);
    QTest::newRow("headers an object") << with(good, u"headers"_s, QJsonObject{{u"X"_s, u"y"_s}});
    QTest::newRow("no headers") << with(good, u"headers"_s, none);
    QTest::newRow("header a string") << with(good, u"headers"_s, QJsonArray{u"X: y"_s});
    QTest::newRow("header of one") << headers({u"X"_s});
    QTest::newRow("header of three") << headers({u"X"_s, u"y"_s, u"z"_s});
    QTest::newRow("header value a number") << headers({u"X"_s, 5});
    QTest::newRow("header name empty") << headers({u""_s, u"y"_s});
    QTest::newRow("header name with a space") << headers({u"X Y"_s, u"y"_s});
    QTest::newRow("header name with a colon") << headers({u"X:"_s, u"y"_s});
    QTest::newRow("header name not ASCII") << headers({u"Xé"_s, u"y"_s});
    QTest::newRow("header value with CR LF") << headers({u"X"_s, u"y\r\nHost: evil"_s});
    QTest::newRow("header value with LF") << headers({u"X"_s, u"y\nz"_s});
    QTest::newRow("header value with NUL") << headers({u"X"_s, QString(QChar(0))});
    QTest::newRow("header value with ESC") << headers({u"X"_s, u"a\x1b[0m"_s});
    QTest::newRow("header value with DEL") << headers({u"X"_s, u"a\x7f"_s});
    QTest::newRow("no generatesAuthorization") << with(good, u"generatesAuthorization"_s, none);
    QTest::newRow("generatesAuthorization a string") << with(good, u"generatesAuthorization"_s, u"true"_s);
    QTest::newRow("no token") << with(good, u"token"_s, none);
    QTest::newRow("token a number") << with(good, u"token"_s, 5);
    QTest::newRow("expiresAt a number") << with(good, u"expiresAt"_s, 5);
    QTest::newRow("expiresAt not a time") << with(good, u"expiresAt"_s, u"soon"_s);
}

void TestCallRecipe::malformedIsRefused()
{
    QFETCH(QJsonObject, json);
    QVERIFY(!CallRecipe::fromJson(json).has_value());
}

QTEST_GUILESS_MAIN(TestCallRecipe)
#include "tst_callrecipe.moc"
