#include "callout/oauth/TokenResponse.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;

// Reading a successful token endpoint response (RFC 6749 §5.1) and the ID token's claims.
class TestTokenResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fromValuesCopiesTheTokens();
    void fromValuesWithoutOptionalFields();
    void expiresIn_data();
    void expiresIn();
    void refreshExpiresIn_data();
    void refreshExpiresIn();
    void idTokenClaims();
    void idTokenClaimsOfMalformedTokens_data();
    void idTokenClaimsOfMalformedTokens();
    void userNameFromClaims_data();
    void userNameFromClaims();

private:
    static QByteArray base64Url(const QByteArray &data);
    static QString jwt(const QByteArray &header, const QByteArray &payload, const QByteArray &signature);
};

void TestTokenResponse::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

QByteArray TestTokenResponse::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString TestTokenResponse::jwt(const QByteArray &header, const QByteArray &payload, const QByteArray &signature)
{
    return QString::fromLatin1(base64Url(header) + '.' + base64Url(payload) + '.' + signature);
}

void TestTokenResponse::fromValuesCopiesTheTokens()
{
    // As the token endpoint's JSON reaches Callout: numbers are doubles.
    const QVariantMap values = QJsonDocument::fromJson(R"({"access_token":"at-1","token_type":"Bearer",
        "refresh_token":"rt-1","scope":"openid api","id_token":"h.p.s","expires_in":3600})")
                                   .toVariant()
                                   .toMap();
    QVERIFY(!values.isEmpty());

    const TokenResponse r = TokenResponse::fromValues(values);
    QCOMPARE(r.accessToken, u"at-1"_s);
    QCOMPARE(r.refreshToken, u"rt-1"_s);
    QCOMPARE(r.scope, u"openid api"_s);
    QCOMPARE(r.idToken, u"h.p.s"_s);
    QVERIFY(r.expiresIn.has_value());
    QCOMPARE(*r.expiresIn, qint64(3600));
}

void TestTokenResponse::fromValuesWithoutOptionalFields()
{
    const TokenResponse r = TokenResponse::fromValues({{u"access_token"_s, u"at-2"_s}});
    QCOMPARE(r.accessToken, u"at-2"_s);
    QVERIFY(r.refreshToken.isEmpty()); // none issued: the caller keeps the old one
    QVERIFY(r.scope.isEmpty());
    QVERIFY(r.idToken.isEmpty());
    QVERIFY(!r.expiresIn.has_value());
}

void TestTokenResponse::expiresIn_data()
{
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<bool>("known");
    QTest::addColumn<qint64>("seconds");

    const QString key = u"expires_in"_s;
    QTest::newRow("number (int)") << QVariantMap{{key, 3600}} << true << qint64(3600);
    QTest::newRow("number (JSON double)") << QVariantMap{{key, 3600.0}} << true << qint64(3600);
    QTest::newRow("number (qint64)") << QVariantMap{{key, qint64(86400) * 400}} << true << qint64(34560000);
    QTest::newRow("numeric string") << QVariantMap{{key, u"3600"_s}} << true << qint64(3600);
    QTest::newRow("numeric string with spaces") << QVariantMap{{key, u" 120 "_s}} << true << qint64(120);
    QTest::newRow("zero") << QVariantMap{{key, 0}} << true << qint64(0);
    QTest::newRow("zero as string") << QVariantMap{{key, u"0"_s}} << true << qint64(0);
    QTest::newRow("absent") << QVariantMap{{u"access_token"_s, u"a"_s}} << false << qint64(0);
    QTest::newRow("JSON null") << QVariantMap{{key, QVariant::fromValue(nullptr)}} << false << qint64(0);
    QTest::newRow("invalid variant") << QVariantMap{{key, QVariant()}} << false << qint64(0);
    QTest::newRow("garbage string") << QVariantMap{{key, u"soon"_s}} << false << qint64(0);
    QTest::newRow("number then garbage") << QVariantMap{{key, u"3600s"_s}} << false << qint64(0);
    QTest::newRow("empty string") << QVariantMap{{key, QString()}} << false << qint64(0);
    QTest::newRow("object") << QVariantMap{{key, QVariantMap{{u"s"_s, 1}}}} << false << qint64(0);
    QTest::newRow("list") << QVariantMap{{key, QVariantList{3600}}} << false << qint64(0);
}

void TestTokenResponse::expiresIn()
{
    QFETCH(QVariantMap, values);
    QFETCH(bool, known);
    QFETCH(qint64, seconds);

    const TokenResponse r = TokenResponse::fromValues(values);
    QCOMPARE(r.expiresIn.has_value(), known);
    if (known)
        QCOMPARE(*r.expiresIn, seconds);
}

void TestTokenResponse::refreshExpiresIn_data()
{
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<bool>("known");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("GitHub, Microsoft") << QVariantMap{{u"refresh_token_expires_in"_s, 15897600.0}} << true
                                       << qint64(15897600);
    QTest::newRow("Keycloak") << QVariantMap{{u"refresh_expires_in"_s, 1800}} << true << qint64(1800);
    QTest::newRow("numeric string") << QVariantMap{{u"refresh_token_expires_in"_s, u"600"_s}} << true << qint64(600);
    QTest::newRow("standard name first") << QVariantMap{{u"refresh_token_expires_in"_s, 600},
                                                        {u"refresh_expires_in"_s, 900}}
                                         << true << qint64(600);
    // Keycloak's offline tokens: 0 means no limit, not "already over".
    QTest::newRow("zero: no limit") << QVariantMap{{u"refresh_expires_in"_s, 0}} << false << qint64(0);
    QTest::newRow("negative") << QVariantMap{{u"refresh_token_expires_in"_s, -5}} << false << qint64(0);
    QTest::newRow("garbage") << QVariantMap{{u"refresh_token_expires_in"_s, u"later"_s}} << false << qint64(0);
    QTest::newRow("absent") << QVariantMap{{u"expires_in"_s, 3600}} << false << qint64(0);
}

void TestTokenResponse::refreshExpiresIn()
{
    QFETCH(QVariantMap, values);
    QFETCH(bool, known);
    QFETCH(qint64, seconds);

    const TokenResponse r = TokenResponse::fromValues(values);
    QCOMPARE(r.refreshExpiresIn.has_value(), known);
    if (known)
        QCOMPARE(*r.refreshExpiresIn, seconds);
}

void TestTokenResponse::idTokenClaims()
{
    // A hand-made ID token; its payload's base64url uses '_' and '-' (standard base64 would not
    // decode it), and it carries a non-ASCII claim.
    const QByteArray payload
        = R"({"sub":"248289761001","preferred_username":"jürgen","email":"j@example.com","name":"?~?~?~","n":3})";
    QVERIFY(base64Url(payload).contains('_') && base64Url(payload).contains('-'));
    const QString token = jwt(R"({"alg":"RS256","typ":"JWT","kid":"k1"})", payload, "c2lnbmF0dXJl");

    const QJsonObject claims = callout::idTokenClaims(token);
    QCOMPARE(claims.value(u"sub"_s).toString(), u"248289761001"_s);
    QCOMPARE(claims.value(u"preferred_username"_s).toString(), u"jürgen"_s);
    QCOMPARE(claims.value(u"email"_s).toString(), u"j@example.com"_s);
    QCOMPARE(claims.value(u"name"_s).toString(), u"?~?~?~"_s);
    QCOMPARE(claims.value(u"n"_s).toInt(), 3);
    QVERIFY(!claims.contains(u"alg"_s)); // the payload, not the header

    // An unsigned token (alg "none") has an empty third part.
    const QString unsignedToken = jwt(R"({"alg":"none"})", R"({"sub":"u-1"})", {});
    QVERIFY(unsignedToken.endsWith(u'.'));
    QCOMPARE(callout::idTokenClaims(unsignedToken).value(u"sub"_s).toString(), u"u-1"_s);
}

void TestTokenResponse::idTokenClaimsOfMalformedTokens_data()
{
    QTest::addColumn<QString>("token");

    const QByteArray header = base64Url(R"({"alg":"none"})");
    const QByteArray claims = base64Url(R"({"sub":"x"})");
    auto join = [](const QList<QByteArray> &parts) { return QString::fromLatin1(parts.join('.')); };

    QTest::newRow("empty") << QString();
    QTest::newRow("opaque access token") << u"2YotnFZFEjr1zCsicMWpAA"_s;
    QTest::newRow("two parts") << join({header, claims});
    QTest::newRow("four parts") << join({header, claims, "sig", "more"});
    QTest::newRow("JWE, five parts") << join({header, "key", "iv", claims, "tag"});
    QTest::newRow("empty payload") << join({header, {}, "sig"});
    QTest::newRow("payload not base64") << join({header, "!!!***", "sig"});
    QTest::newRow("payload not JSON") << join({header, base64Url("not json at all"), "sig"});
    QTest::newRow("payload truncated JSON") << join({header, base64Url(R"({"sub":"x")"), "sig"});
    QTest::newRow("payload a JSON array") << join({header, base64Url(R"(["sub","x"])"), "sig"});
    QTest::newRow("payload a JSON string") << join({header, base64Url(R"("sub")"), "sig"});
    QTest::newRow("only dots") << u".."_s;
}

void TestTokenResponse::idTokenClaimsOfMalformedTokens()
{
    QFETCH(QString, token);
    QVERIFY(callout::idTokenClaims(token).isEmpty());
}

void TestTokenResponse::userNameFromClaims_data()
{
    QTest::addColumn<QByteArray>("claims");
    QTest::addColumn<QString>("name");

    QTest::newRow("all three: preferred_username")
        << QByteArray(R"({"sub":"s-1","email":"e@example.com","preferred_username":"pat"})") << u"pat"_s;
    QTest::newRow("email and sub: email")
        << QByteArray(R"({"sub":"s-1","email":"e@example.com"})") << u"e@example.com"_s;
    QTest::newRow("preferred_username and sub")
        << QByteArray(R"({"sub":"s-1","preferred_username":"pat"})") << u"pat"_s;
    QTest::newRow("sub only") << QByteArray(R"({"sub":"s-1"})") << u"s-1"_s;
    QTest::newRow("empty preferred_username falls through")
        << QByteArray(R"({"sub":"s-1","email":"e@example.com","preferred_username":""})") << u"e@example.com"_s;
    QTest::newRow("non-string preferred_username falls through")
        << QByteArray(R"({"sub":"s-1","preferred_username":42})") << u"s-1"_s;
    QTest::newRow("other claims only") << QByteArray(R"({"name":"Pat","given_name":"P"})") << QString();
    QTest::newRow("no claims") << QByteArray("{}") << QString();
}

void TestTokenResponse::userNameFromClaims()
{
    QFETCH(QByteArray, claims);
    QFETCH(QString, name);

    const QJsonDocument document = QJsonDocument::fromJson(claims);
    QVERIFY(document.isObject());
    QCOMPARE(callout::userNameFromClaims(document.object()), name);
}

QTEST_GUILESS_MAIN(TestTokenResponse)
#include "tst_tokenresponse.moc"
