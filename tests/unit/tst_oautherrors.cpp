#include "callout/oauth/OAuthErrors.h"

#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(callout::ErrorCode)

using namespace callout;
using callout::test::failureOf;

// The one mapping of OAuth errors and token endpoint replies to Callout errors: who can fix the
// problem decides the code (docs/security-checklist.md, B5, B6, B8).
class TestOAuthErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void mapping_data();
    void mapping();
    void serverTextIsSanitized_data();
    void serverTextIsSanitized();
    void tokenEndpointResponse_data();
    void tokenEndpointResponse();
    void formEncodedValuesAreDecoded();
};

void TestOAuthErrors::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestOAuthErrors::mapping_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<ErrorCode>("code");

    // Only the user can help: sign in again.
    QTest::newRow("invalid_grant") << u"invalid_grant"_s << ErrorCode::SignInRequired;
    QTest::newRow("interaction_required") << u"interaction_required"_s << ErrorCode::SignInRequired;
    QTest::newRow("login_required") << u"login_required"_s << ErrorCode::SignInRequired;
    QTest::newRow("consent_required") << u"consent_required"_s << ErrorCode::SignInRequired;
    QTest::newRow("access_denied") << u"access_denied"_s << ErrorCode::AccessDenied;
    // The provider's configuration is wrong: prompting to sign in again would loop.
    QTest::newRow("invalid_client") << u"invalid_client"_s << ErrorCode::ClientConfiguration;
    QTest::newRow("unauthorized_client") << u"unauthorized_client"_s << ErrorCode::ClientConfiguration;
    QTest::newRow("invalid_scope") << u"invalid_scope"_s << ErrorCode::ClientConfiguration;
    QTest::newRow("invalid_request") << u"invalid_request"_s << ErrorCode::ClientConfiguration;
    QTest::newRow("unsupported_grant_type") << u"unsupported_grant_type"_s << ErrorCode::ClientConfiguration;
    // Transient: keep the refresh token, try again later.
    QTest::newRow("temporarily_unavailable") << u"temporarily_unavailable"_s << ErrorCode::ServerUnavailable;
    QTest::newRow("server_error") << u"server_error"_s << ErrorCode::ServerUnavailable;
    QTest::newRow("slow_down") << u"slow_down"_s << ErrorCode::ServerUnavailable;
    // Anything else breaks the protocol; codes are case-sensitive (RFC 6749 §5.2).
    QTest::newRow("unknown") << u"something_new"_s << ErrorCode::ProtocolError;
    QTest::newRow("empty") << QString() << ErrorCode::ProtocolError;
    QTest::newRow("upper-case INVALID_GRANT") << u"INVALID_GRANT"_s << ErrorCode::ProtocolError;
}

void TestOAuthErrors::mapping()
{
    QFETCH(QString, error);
    QFETCH(ErrorCode, code);

    const Error mapped = oauthError(error, u"The refresh token expired"_s);
    QCOMPARE(errorCodeName(mapped.code), errorCodeName(code));
    // The message names the server's error and repeats its description.
    QVERIFY2(mapped.message.contains(error), qPrintable(mapped.message));
    QVERIFY2(mapped.message.contains(u"The refresh token expired"_s), qPrintable(mapped.message));

    const Error withoutDescription = oauthError(error, {});
    QCOMPARE(errorCodeName(withoutDescription.code), errorCodeName(code));
    QVERIFY(!withoutDescription.message.isEmpty());
}

void TestOAuthErrors::serverTextIsSanitized_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("kept"); // a part of the text that must still be shown

    QTest::newRow("newlines") << u"invalid_grant"_s << u"line one\nline two\r\nFAKE: log line"_s << u"line two"_s;
    QTest::newRow("terminal escape") << u"invalid_grant"_s << u"\x1b[2J\x1b[31mred\x1b[0m"_s << u"red"_s;
    QTest::newRow("tab and NUL") << u"server_error"_s << u"a\tb"_s + QChar(u'\0') + u"c"_s << u"a b"_s;
    QTest::newRow("bidi override") << u"access_denied"_s << u"abc\u202Egpj.exe"_s << u"abc"_s;
    QTest::newRow("control characters in the error code") << u"invalid\n_grant\r"_s << u"described"_s << u"described"_s;
    QTest::newRow("very long description") << u"invalid_grant"_s << QString(100'000, u'x') << u"xxxxxxxxxx"_s;
    QTest::newRow("very long error code") << QString(100'000, u'e') << u"short"_s << u"short"_s;
    QTest::newRow("very long lines") << u"server_error"_s << QString(50'000, u'\n') + u"tail"_s << QString();
}

void TestOAuthErrors::serverTextIsSanitized()
{
    QFETCH(QString, error);
    QFETCH(QString, description);
    QFETCH(QString, kept);

    const Error mapped = oauthError(error, description);
    for (const QChar c : mapped.message)
        QVERIFY2(c.isPrint(),
                 qPrintable(u"U+%1 in: %2"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0')).arg(mapped.message)));
    QVERIFY(!mapped.message.contains(u'\n'));
    // One readable sentence, not a page of server text.
    QVERIFY2(mapped.message.size() <= 1000, qPrintable(QString::number(mapped.message.size())));
    QVERIFY2(mapped.message.contains(kept), qPrintable(mapped.message));

    // The same through a token endpoint reply.
    const QByteArray body = QJsonDocument(QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}})
                                .toJson(QJsonDocument::Compact);
    const Result<QVariantMap> read = readTokenEndpointResponse(400, body, 0, {});
    QVERIFY(!read.ok());
    QVERIFY(!read.error().message.contains(u'\n'));
    QVERIFY(!read.error().message.contains(QChar(0x1b)));
    QVERIFY(read.error().message.size() <= 1000);
}

void TestOAuthErrors::tokenEndpointResponse_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<ErrorCode>("code");   // None: success
    QTest::addColumn<QString>("expected"); // in the message, or the access token on success

    const int noError = QNetworkReply::NoError;
    const QByteArray tokens = R"({"access_token":"at-1","token_type":"Bearer","expires_in":3600})";

    // No HTTP answer at all.
    QTest::newRow("connection refused") << 0 << QByteArray() << int(QNetworkReply::ConnectionRefusedError)
                                        << ErrorCode::NetworkError << u"Connection refused"_s;
    QTest::newRow("no answer, with a body") << 0 << tokens << int(QNetworkReply::RemoteHostClosedError)
                                            << ErrorCode::NetworkError << u"Connection refused"_s;

    // A redirect is never followed with credentials, whatever its body says.
    QTest::newRow("302") << 302 << QByteArray() << noError << ErrorCode::ProtocolError << u"redirect"_s;
    QTest::newRow("307 with tokens") << 307 << tokens << noError << ErrorCode::ProtocolError << u"redirect"_s;

    // OAuth error bodies, under any status.
    QTest::newRow("400 invalid_grant") << 400 << QByteArray(R"({"error":"invalid_grant"})") << noError
                                       << ErrorCode::SignInRequired << u"invalid_grant"_s;
    QTest::newRow("400 invalid_grant with description")
        << 400 << QByteArray(R"({"error":"invalid_grant","error_description":"grant request is invalid"})") << noError
        << ErrorCode::SignInRequired << u"grant request is invalid"_s;
    QTest::newRow("401 invalid_client") << 401 << QByteArray(R"({"error":"invalid_client"})") << noError
                                        << ErrorCode::ClientConfiguration << u"invalid_client"_s;
    QTest::newRow("200 with an error body") << 200 << QByteArray(R"({"error":"invalid_grant"})") << noError
                                            << ErrorCode::SignInRequired << u"invalid_grant"_s;
    QTest::newRow("200 with an error and a token")
        << 200 << QByteArray(R"({"error":"access_denied","access_token":"at-1"})") << noError << ErrorCode::AccessDenied
        << u"access_denied"_s;
    QTest::newRow("200 form-encoded error") << 200 << QByteArray("error=invalid_scope&error_description=bad+scope")
                                            << noError << ErrorCode::ClientConfiguration << u"bad scope"_s;
    QTest::newRow("503 temporarily_unavailable")
        << 503 << QByteArray(R"({"error":"temporarily_unavailable"})") << noError << ErrorCode::ServerUnavailable
        << u"temporarily_unavailable"_s;

    // HTTP errors without an OAuth body.
    QTest::newRow("500 without body") << 500 << QByteArray() << noError << ErrorCode::ServerUnavailable << u"500"_s;
    QTest::newRow("502 HTML page") << 502 << QByteArray("<html><body>Bad Gateway</body></html>") << noError
                                   << ErrorCode::ServerUnavailable << u"502"_s;
    QTest::newRow("429 too many requests")
        << 429 << QByteArray() << noError << ErrorCode::ServerUnavailable << u"429"_s;
    QTest::newRow("401 without body") << 401 << QByteArray() << noError << ErrorCode::ClientConfiguration << u"401"_s;
    QTest::newRow("404 HTML page") << 404 << QByteArray("<html>Not found</html>") << noError << ErrorCode::ProtocolError
                                   << u"404"_s;

    // Successes: JSON or form-encoded, whatever the Content-Type was.
    QTest::newRow("200 JSON") << 200 << tokens << noError << ErrorCode::None << u"at-1"_s;
    QTest::newRow("200 JSON with whitespace")
        << 200 << QByteArray(" \n") + tokens + QByteArray("\n") << noError << ErrorCode::None << u"at-1"_s;
    QTest::newRow("200 form-encoded") << 200 << QByteArray("access_token=a%2Bb&token_type=bearer&expires_in=3600")
                                      << noError << ErrorCode::None << u"a+b"_s;
    QTest::newRow("200 form-encoded, '+' is a space")
        << 200 << QByteArray("access_token=a+b&token_type=bearer") << noError << ErrorCode::None << u"a b"_s;

    // Successes that are not.
    QTest::newRow("200 JSON without access_token") << 200 << QByteArray(R"({"token_type":"Bearer","expires_in":3600})")
                                                   << noError << ErrorCode::ProtocolError << u"access token"_s;
    QTest::newRow("200 JSON with an empty access_token")
        << 200 << QByteArray(R"({"access_token":""})") << noError << ErrorCode::ProtocolError << u"access token"_s;
    QTest::newRow("200 form without access_token") << 200 << QByteArray("token_type=bearer&expires_in=3600") << noError
                                                   << ErrorCode::ProtocolError << u"access token"_s;
    QTest::newRow("200 garbage") << 200 << QByteArray("\x01\x02garbage\xff") << noError << ErrorCode::ProtocolError
                                 << u"JSON"_s;
    QTest::newRow("200 HTML login page") << 200
                                         << QByteArray("<html><form action=\"/login?access_token=x\"></form></html>")
                                         << noError << ErrorCode::ProtocolError << u"JSON"_s;
    QTest::newRow("200 empty") << 200 << QByteArray() << noError << ErrorCode::ProtocolError << u"JSON"_s;
    QTest::newRow("200 JSON array") << 200 << QByteArray(R"([{"access_token":"at-1"}])") << noError
                                    << ErrorCode::ProtocolError << u"JSON"_s;
    QTest::newRow("200 truncated JSON") << 200 << QByteArray(R"({"access_token":"at-1")") << noError
                                        << ErrorCode::ProtocolError << u"JSON"_s;
}

void TestOAuthErrors::tokenEndpointResponse()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, networkError);
    QFETCH(ErrorCode, code);
    QFETCH(QString, expected);

    const QString networkText = u"Connection refused"_s;
    const Result<QVariantMap> result = readTokenEndpointResponse(status, body, networkError, networkText);
    if (code == ErrorCode::None) {
        QVERIFY2(result.ok(), qPrintable(failureOf(result)));
        QCOMPARE(result->value(u"access_token"_s).toString(), expected);
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(errorCodeName(result.error().code), errorCodeName(code));
    QVERIFY2(result.error().message.contains(expected, Qt::CaseInsensitive), qPrintable(result.error().message));
}

void TestOAuthErrors::formEncodedValuesAreDecoded()
{
    // GitHub answers form-encoded unless asked for JSON.
    const Result<QVariantMap> result = readTokenEndpointResponse(
        200, "access_token=gho_16C7e42F292c6912E7710c838347Ae178B4a&scope=repo%2Cgist&token_type=bearer", 0, {});
    QVERIFY(result.ok());
    QCOMPARE(result->value(u"access_token"_s).toString(), u"gho_16C7e42F292c6912E7710c838347Ae178B4a"_s);
    QCOMPARE(result->value(u"scope"_s).toString(), u"repo,gist"_s);
    QCOMPARE(result->value(u"token_type"_s).toString(), u"bearer"_s);
}

QTEST_GUILESS_MAIN(TestOAuthErrors)
#include "tst_oautherrors.moc"
