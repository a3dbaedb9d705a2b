// TokenReplyReader: every token endpoint reply read and reported, errors included (Qt 6.4's
// QOAuthOobReplyHandler swallows HTTP errors, only logs a 200 with `error`, and stalls on text/plain
// or a missing Content-Type). Real replies from a fake token endpoint.
#include "callout/oauth/TokenReplyReader.h"

#include "FakeHttpServer.h"
#include "TestEnvironment.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(callout::ErrorCode)

using namespace callout;
using callout::test::FakeHttpServer;

class TestTokenReplyReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void outcomes_data();
    void outcomes();
    void unreachable();
    void repliesAreDeleted();
};

void TestTokenReplyReader::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestTokenReplyReader::outcomes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArrayList>("headers"); // name, value, name, value, …
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorCode>("code"); // None: tokensReceived
    QTest::addColumn<QString>("accessToken");

    const QByteArrayList json{"Content-Type", "application/json"};
    const QByteArray tokens
        = R"({"access_token":"at-json","token_type":"Bearer","expires_in":3600,"refresh_token":"rt-1","scope":"openid"})";

    QTest::newRow("400 invalid_grant") << 400 << json
                                       << QByteArray(R"({"error":"invalid_grant","error_description":"expired"})")
                                       << ErrorCode::SignInRequired << QString();
    QTest::newRow("401 invalid_client") << 401 << json << QByteArray(R"({"error":"invalid_client"})")
                                        << ErrorCode::ClientConfiguration << QString();
    QTest::newRow("200 with error") << 200 << json << QByteArray(R"({"error":"invalid_grant"})")
                                    << ErrorCode::SignInRequired << QString();
    QTest::newRow("500 without body") << 500 << QByteArrayList{} << QByteArray() << ErrorCode::ServerUnavailable
                                      << QString();
    QTest::newRow("503 temporarily_unavailable") << 503 << json << QByteArray(R"({"error":"temporarily_unavailable"})")
                                                 << ErrorCode::ServerUnavailable << QString();
    QTest::newRow("302 to another host") << 302 << QByteArrayList{"Location", "https://evil.example/token"}
                                         << QByteArray() << ErrorCode::ProtocolError << QString();
    QTest::newRow("200 HTML") << 200 << QByteArrayList{"Content-Type", "text/html"}
                              << QByteArray("<html><body>Sign in</body></html>") << ErrorCode::ProtocolError
                              << QString();
    // Successes, whatever the Content-Type (Qt 6.4 stalls on text/plain and a missing one).
    QTest::newRow("200 application/json") << 200 << json << tokens << ErrorCode::None << u"at-json"_s;
    QTest::newRow("200 text/plain with JSON")
        << 200 << QByteArrayList{"Content-Type", "text/plain"} << QByteArray(R"({"access_token":"at-plain"})")
        << ErrorCode::None << u"at-plain"_s;
    QTest::newRow("200 no Content-Type, form")
        << 200 << QByteArrayList{} << QByteArray("access_token=at%2Bform&token_type=bearer") << ErrorCode::None
        << u"at+form"_s;
}

void TestTokenReplyReader::outcomes()
{
    QFETCH(int, status);
    QFETCH(QByteArrayList, headers);
    QFETCH(QByteArray, body);
    QFETCH(ErrorCode, code);
    QFETCH(QString, accessToken);

    FakeHttpServer server([&](const FakeHttpServer::Request &) {
        FakeHttpServer::Response response{status, {}, body};
        for (qsizetype i = 0; i + 1 < headers.size(); i += 2)
            response.headers.append({headers.at(i), headers.at(i + 1)});
        return response;
    });

    TokenReplyReader reader;
    QSignalSpy tokensSpy(&reader, &QAbstractOAuthReplyHandler::tokensReceived);
    QSignalSpy failedSpy(&reader, &TokenReplyReader::tokenRequestFailed);
    QSignalSpy readSpy(&reader, &TokenReplyReader::tokenReplyRead);

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QNetworkRequest request(server.url(u"/token"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    QNetworkReply *reply = network.post(request, "grant_type=authorization_code&code=c-1");
    connect(reply, &QNetworkReply::finished, &reader, [&reader, reply] { reader.networkReplyFinished(reply); });
    if (code != ErrorCode::None)
        test::expectTokenRequestFailure(code);

    QTRY_COMPARE(readSpy.count(), 1);
    QCOMPARE(server.requests().size(), 1);
    if (code == ErrorCode::None) {
        QCOMPARE(failedSpy.count(), 0);
        QCOMPARE(tokensSpy.count(), 1);
        const QVariantMap values = tokensSpy.at(0).at(0).toMap();
        QCOMPARE(values.value(u"access_token"_s).toString(), accessToken);
        if (accessToken == u"at-json"_s) {
            QCOMPARE(values.value(u"refresh_token"_s).toString(), u"rt-1"_s);
            QCOMPARE(values.value(u"expires_in"_s).toInt(), 3600);
            QCOMPARE(values.value(u"scope"_s).toString(), u"openid"_s);
            QCOMPARE(values.value(u"token_type"_s).toString(), u"Bearer"_s);
        }
        return;
    }
    QCOMPARE(tokensSpy.count(), 0);
    QCOMPARE(failedSpy.count(), 1);
    QCOMPARE(errorCodeName(failedSpy.at(0).at(0).value<Error>().code), errorCodeName(code));
}

void TestTokenReplyReader::unreachable()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    TokenReplyReader reader;
    QSignalSpy tokensSpy(&reader, &QAbstractOAuthReplyHandler::tokensReceived);
    QSignalSpy failedSpy(&reader, &TokenReplyReader::tokenRequestFailed);

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/token"_s.arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    QNetworkReply *reply = network.post(request, QByteArray("grant_type=x"));
    connect(reply, &QNetworkReply::finished, &reader, [&reader, reply] { reader.networkReplyFinished(reply); });
    test::expectTokenRequestFailure(ErrorCode::NetworkError);

    QTRY_COMPARE(failedSpy.count(), 1);
    QCOMPARE(errorCodeName(failedSpy.at(0).at(0).value<Error>().code), errorCodeName(ErrorCode::NetworkError));
    QCOMPARE(tokensSpy.count(), 0);
}

void TestTokenReplyReader::repliesAreDeleted()
{
    FakeHttpServer server([](const FakeHttpServer::Request &) {
        return FakeHttpServer::json(200, R"({"access_token":"at","token_type":"Bearer"})");
    });
    TokenReplyReader reader;
    QSignalSpy readSpy(&reader, &TokenReplyReader::tokenReplyRead);
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(server.url(u"/token"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    QNetworkReply *reply = network.post(request, QByteArray("grant_type=x"));
    const QPointer<QNetworkReply> watched(reply);
    connect(reply, &QNetworkReply::finished, &reader, [&reader, reply] { reader.networkReplyFinished(reply); });
    QTRY_COMPARE(readSpy.count(), 1);
    QTRY_VERIFY(watched.isNull()); // Qt 6.4's flow never deletes the code-exchange reply itself
}

QTEST_GUILESS_MAIN(TestTokenReplyReader)
#include "tst_tokenreplyreader.moc"
