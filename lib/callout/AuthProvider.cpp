#include "callout/AuthProvider.h"

#include "callout/Validation.h"

#include <QCoreApplication>

namespace callout {

using namespace validation;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("callout::AuthProvider", text);
}

// Parameters Callout sets itself on every authorization request.
const QStringList &reservedAuthorizeParameters()
{
    static const QStringList names{u"state"_qs,        u"code_challenge"_qs, u"code_challenge_method"_qs,
                                   u"redirect_uri"_qs, u"client_id"_qs,      u"response_type"_qs,
                                   u"scope"_qs};
    return names;
}

const QStringList &knownKeys()
{
    static const QStringList keys{u"id"_qs,
                                  u"name"_qs,
                                  u"issuer"_qs,
                                  u"authorizeUrl"_qs,
                                  u"tokenUrl"_qs,
                                  u"revocationUrl"_qs,
                                  u"userInfoUrl"_qs,
                                  u"clientId"_qs,
                                  u"clientAuthentication"_qs,
                                  u"defaultScopes"_qs,
                                  u"redirectUri"_qs,
                                  u"extraAuthorizeParameters"_qs,
                                  u"authorizationResponseIssRequired"_qs};
    return keys;
}

std::optional<ClientAuthentication> parseClientAuthentication(const QString &text)
{
    if (text.isEmpty() || text == u"none"_qs)
        return ClientAuthentication::None;
    if (text == u"post"_qs)
        return ClientAuthentication::Post;
    if (text == u"basic"_qs)
        return ClientAuthentication::Basic;
    return std::nullopt;
}

void checkRedirectUri(QList<Error> *problems, const QString &path, const QUrl &uri)
{
    if (uri.isEmpty())
        return;
    if (!uri.isValid() || uri.scheme() != u"http"_qs || !isLoopbackHost(uri.host()))
        problem(problems, path,
                tr("must be a loopback http URL such as http://localhost:1717/OauthRedirect "
                   "(host 127.0.0.1, ::1 or localhost)"));
    else if (uri.port() <= 0)
        problem(problems, path, tr("must name a port; leave it empty to use an ephemeral 127.0.0.1 port"));
    else if (uri.hasQuery() || uri.hasFragment())
        problem(problems, path, tr("must not contain a query or fragment"));
}

} // namespace

QString clientAuthenticationName(ClientAuthentication method)
{
    switch (method) {
    case ClientAuthentication::None: return u"none"_qs;
    case ClientAuthentication::Post: return u"post"_qs;
    case ClientAuthentication::Basic: return u"basic"_qs;
    }
    return u"none"_qs;
}

AuthProvider AuthProvider::fromJson(const QJsonObject &json, const QString &path, QList<Error> *problems)
{
    AuthProvider p;
    if (json.contains(u"clientSecret"_qs))
        problem(problems, join(path, u"clientSecret"_qs),
                tr("must not be stored in the configuration file; import it so it goes to the keychain"));
    checkKnownKeys(json, knownKeys() + QStringList{u"clientSecret"_qs}, path, problems);
    p.id = readString(json, u"id"_qs, path, problems);
    p.name = readString(json, u"name"_qs, path, problems);
    p.issuer = readString(json, u"issuer"_qs, path, problems);
    p.authorizeUrl = readUrl(json, u"authorizeUrl"_qs, path, problems);
    p.tokenUrl = readUrl(json, u"tokenUrl"_qs, path, problems);
    p.revocationUrl = readUrl(json, u"revocationUrl"_qs, path, problems);
    p.userInfoUrl = readUrl(json, u"userInfoUrl"_qs, path, problems);
    p.clientId = readString(json, u"clientId"_qs, path, problems);
    const QString method = readString(json, u"clientAuthentication"_qs, path, problems);
    if (const auto parsed = parseClientAuthentication(method))
        p.clientAuthentication = *parsed;
    else
        problem(problems, join(path, u"clientAuthentication"_qs), tr("must be none, post or basic"));
    p.defaultScopes = readString(json, u"defaultScopes"_qs, path, problems).simplified();
    p.redirectUri = readUrl(json, u"redirectUri"_qs, path, problems);
    p.extraAuthorizeParameters = readStringMap(json, u"extraAuthorizeParameters"_qs, path, problems);
    p.authorizationResponseIssRequired = readBool(json, u"authorizationResponseIssRequired"_qs, false, path, problems);
    return p;
}

QJsonObject AuthProvider::toJson() const
{
    QJsonObject json{{u"id"_qs, id},
                     {u"name"_qs, name},
                     {u"clientId"_qs, clientId},
                     {u"clientAuthentication"_qs, clientAuthenticationName(clientAuthentication)}};
    auto putIfSet = [&json](const QString &key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    putIfSet(u"issuer"_qs, issuer);
    putIfSet(u"authorizeUrl"_qs, authorizeUrl.toString(QUrl::FullyEncoded));
    putIfSet(u"tokenUrl"_qs, tokenUrl.toString(QUrl::FullyEncoded));
    putIfSet(u"revocationUrl"_qs, revocationUrl.toString(QUrl::FullyEncoded));
    putIfSet(u"userInfoUrl"_qs, userInfoUrl.toString(QUrl::FullyEncoded));
    putIfSet(u"defaultScopes"_qs, defaultScopes);
    putIfSet(u"redirectUri"_qs, redirectUri.toString(QUrl::FullyEncoded));
    if (!extraAuthorizeParameters.isEmpty())
        json.insert(u"extraAuthorizeParameters"_qs, stringMapToJson(extraAuthorizeParameters));
    if (authorizationResponseIssRequired)
        json.insert(u"authorizationResponseIssRequired"_qs, true);
    return json;
}

QList<Error> AuthProvider::validate(const QString &path) const
{
    QList<Error> problems;
    checkName(&problems, join(path, u"name"_qs), name);
    if (!issuer.isEmpty())
        checkUrl(&problems, join(path, u"issuer"_qs), QUrl(issuer, QUrl::StrictMode), true);
    // Endpoints may be left out only when an issuer allows discovering them.
    const bool discoverable = !issuer.isEmpty();
    checkUrl(&problems, join(path, u"authorizeUrl"_qs), authorizeUrl, !discoverable);
    checkUrl(&problems, join(path, u"tokenUrl"_qs), tokenUrl, !discoverable);
    checkUrl(&problems, join(path, u"revocationUrl"_qs), revocationUrl, false);
    checkUrl(&problems, join(path, u"userInfoUrl"_qs), userInfoUrl, false);
    if (clientId.isEmpty())
        problem(&problems, join(path, u"clientId"_qs), tr("is required"));
    if (authorizationResponseIssRequired && issuer.isEmpty())
        problem(&problems, join(path, u"authorizationResponseIssRequired"_qs), tr("needs an issuer to compare with"));
    checkRedirectUri(&problems, join(path, u"redirectUri"_qs), redirectUri);
    for (auto it = extraAuthorizeParameters.begin(); it != extraAuthorizeParameters.end(); ++it) {
        const QString keyPath = join(join(path, u"extraAuthorizeParameters"_qs), it.key());
        if (reservedAuthorizeParameters().contains(it.key()))
            problem(&problems, keyPath, tr("is set by Callout itself and cannot be overridden"));
        else if (it.key().isEmpty())
            problem(&problems, keyPath, tr("parameter names must not be empty"));
    }
    return problems;
}

bool AuthProvider::invalidatesTokensOf(const AuthProvider &before) const
{
    // Endpoints that receive tokens: a new one must never get tokens issued for the old setup.
    auto movedTo = [](const QUrl &now, const QUrl &was) { return !now.isEmpty() && now != was; };
    return tokenUrl != before.tokenUrl || clientId != before.clientId
        || clientAuthentication != before.clientAuthentication || issuer != before.issuer
        || movedTo(revocationUrl, before.revocationUrl) || movedTo(userInfoUrl, before.userInfoUrl);
}

} // namespace callout
