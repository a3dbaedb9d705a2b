#include "FakeServiceFixture.h"

#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "callout/model/TokenSet.h"
#include "callout/store/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace callout::test {

FakeServiceFixture::FakeServiceFixture()
    : api([](const FakeHttpServer::Request &) { return FakeHttpServer::json(404, "{}"); })
    , m_server(std::make_unique<FakeHttpServer>([this](const FakeHttpServer::Request &request) {
        if (request.target == "/token")
            return FakeHttpServer::json(
                200,
                u"{\"access_token\":\"at-%1\",\"token_type\":\"Bearer\",\"expires_in\":3600}"_s.arg(++m_issued)
                    .toUtf8());
        return api(request);
    }))
{ }

bool FakeServiceFixture::setUp()
{
    const QJsonObject provider{{u"name"_s, u"Demo"_s},
                               {u"authorizeUrl"_s, m_server->url(u"/auth"_s).toString()},
                               {u"tokenUrl"_s, m_server->url(u"/token"_s).toString()},
                               {u"clientId"_s, u"desktop"_s}};
    const QJsonObject credential{{u"name"_s, u"DemoApi"_s},
                                 {u"label"_s, u"Demo API"_s},
                                 {u"url"_s, m_server->url(u"/api"_s).toString()},
                                 {u"authProvider"_s, u"Demo"_s}};
    const QJsonObject document{{u"authProviders"_s, QJsonArray{provider}},
                               {u"namedCredentials"_s, QJsonArray{credential}}};
    const Result<ImportPlan> imported = importAndWait(m_core.catalog(), QJsonDocument(document).toJson());
    CHECK_OR_RETURN_FALSE(imported.ok(), qPrintable(failureOf(imported)));
    return true;
}

bool FakeServiceFixture::putTokens(const QString &accessToken)
{
    const QDateTime now = m_core.clock().now();
    TokenSet tokens;
    tokens.accessToken = accessToken;
    tokens.refreshToken = u"rt-"_s + accessToken;
    tokens.issued = now;
    tokens.expiry = now.addSecs(3600);
    std::optional<Result<void>> written;
    QObject context;
    m_core.secrets().write(secretkeys::credentialTokens(id()), tokens.toBytes(), &context,
                           [&written](const Result<void> &r) { written = r; });
    CHECK_OR_RETURN_FALSE(QTest::qWaitFor([&written] { return written.has_value(); }), "the keychain never answered");
    CHECK_OR_RETURN_FALSE(written->ok(), qPrintable(failureOf(*written)));
    return true;
}

bool FakeServiceFixture::signIn(const QString &accessToken)
{
    CHECK_OR_RETURN_FALSE(m_core.setStatus(u"DemoApi"_s, AuthStatus::SigningIn), "could not start signing in");
    if (!putTokens(accessToken))
        return false;
    return m_core.changeRecord(u"DemoApi"_s, [](ExternalAuthentication &r) {
        r.status = AuthStatus::SignedIn;
        r.lastError = {};
    });
}

} // namespace callout::test
