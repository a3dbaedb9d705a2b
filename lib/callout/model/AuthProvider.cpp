#include "callout/model/AuthProvider.h"

#include "callout/model/Validation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace callout {

using namespace validation;

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::AuthProvider)
};

// Parameters the flow owns: set by Callout on every authorization request, or able to change where
// the code goes (response_mode, redirect_uri) or what is asked (request, request_uri: a request
// object overrides the query). Compared without regard to case: servers differ in that.
bool isReservedAuthorizeParameter(const QString &name)
{
    static const QStringList names{u"state"_s,        u"code_challenge"_s, u"code_challenge_method"_s,
                                   u"redirect_uri"_s, u"client_id"_s,      u"response_type"_s,
                                   u"scope"_s,        u"response_mode"_s,  u"request"_s,
                                   u"request_uri"_s,  u"nonce"_s,          u"client_secret"_s,
                                   u"code"_s,         u"code_verifier"_s,  u"iss"_s};
    return names.contains(name, Qt::CaseInsensitive);
}

const QStringList &knownKeys()
{
    static const QStringList keys{u"id"_s,
                                  u"name"_s,
                                  u"issuer"_s,
                                  u"authorizeUrl"_s,
                                  u"tokenUrl"_s,
                                  u"revocationUrl"_s,
                                  u"userInfoUrl"_s,
                                  u"clientId"_s,
                                  u"clientAuthentication"_s,
                                  u"defaultScopes"_s,
                                  u"redirectUri"_s,
                                  u"extraAuthorizeParameters"_s,
                                  u"authorizationResponseIssRequired"_s};
    return keys;
}

std::optional<ClientAuthentication> parseClientAuthentication(const QString &text)
{
    if (text.isEmpty() || text == u"none"_s)
        return ClientAuthentication::None;
    if (text == u"post"_s)
        return ClientAuthentication::Post;
    if (text == u"basic"_s)
        return ClientAuthentication::Basic;
    return std::nullopt;
}

void checkRedirectUri(QList<Error> *problems, const QString &path, const QUrl &uri)
{
    if (uri.isEmpty())
        return;
    if (!uri.isValid() || uri.scheme() != u"http"_s || !isLoopbackHost(uri.host()))
        problem(problems, path,
                Tr::tr("must be a loopback http URL such as http://localhost:1717/OauthRedirect "
                       "(host 127.0.0.1, ::1 or localhost)"));
    else if (uri.port() <= 0)
        problem(problems, path, Tr::tr("must name a port; leave it empty to use an ephemeral 127.0.0.1 port"));
    else if (uri.hasQuery() || uri.hasFragment())
        problem(problems, path, Tr::tr("must not contain a query or fragment"));
}

// scheme://host[:port] for a message.
QString server(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toDisplayString();
}

} // namespace

QString clientAuthenticationName(ClientAuthentication method)
{
    switch (method) {
    case ClientAuthentication::None: return u"none"_s;
    case ClientAuthentication::Post: return u"post"_s;
    case ClientAuthentication::Basic: return u"basic"_s;
    }
    return u"none"_s;
}

AuthProvider AuthProvider::fromJson(const QJsonObject &json, const QString &path, QList<Error> *problems)
{
    AuthProvider p;
    if (json.contains(u"clientSecret"_s))
        problem(problems, join(path, u"clientSecret"_s),
                Tr::tr("must not be stored in the configuration file; import it so it goes to the keychain"));
    checkKnownKeys(json, knownKeys() + QStringList{u"clientSecret"_s}, path, problems);
    p.id = readString(json, u"id"_s, path, problems);
    p.name = readString(json, u"name"_s, path, problems);
    p.issuer = readString(json, u"issuer"_s, path, problems);
    p.authorizeUrl = readUrl(json, u"authorizeUrl"_s, path, problems);
    p.tokenUrl = readUrl(json, u"tokenUrl"_s, path, problems);
    p.revocationUrl = readUrl(json, u"revocationUrl"_s, path, problems);
    p.userInfoUrl = readUrl(json, u"userInfoUrl"_s, path, problems);
    p.clientId = readString(json, u"clientId"_s, path, problems);
    const QString method = readString(json, u"clientAuthentication"_s, path, problems);
    if (const auto parsed = parseClientAuthentication(method))
        p.clientAuthentication = *parsed;
    else
        problem(problems, join(path, u"clientAuthentication"_s), Tr::tr("must be none, post or basic"));
    p.defaultScopes = readString(json, u"defaultScopes"_s, path, problems).simplified();
    p.redirectUri = readUrl(json, u"redirectUri"_s, path, problems);
    p.extraAuthorizeParameters = readStringMap(json, u"extraAuthorizeParameters"_s, path, problems);
    p.authorizationResponseIssRequired = readBool(json, u"authorizationResponseIssRequired"_s, false, path, problems);
    return p;
}

QJsonObject AuthProvider::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"name"_s, name},
                     {u"clientId"_s, clientId},
                     {u"clientAuthentication"_s, clientAuthenticationName(clientAuthentication)}};
    auto putIfSet = [&json](const QString &key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    putIfSet(u"issuer"_s, issuer);
    putIfSet(u"authorizeUrl"_s, authorizeUrl.toString(QUrl::FullyEncoded));
    putIfSet(u"tokenUrl"_s, tokenUrl.toString(QUrl::FullyEncoded));
    putIfSet(u"revocationUrl"_s, revocationUrl.toString(QUrl::FullyEncoded));
    putIfSet(u"userInfoUrl"_s, userInfoUrl.toString(QUrl::FullyEncoded));
    putIfSet(u"defaultScopes"_s, defaultScopes);
    putIfSet(u"redirectUri"_s, redirectUri.toString(QUrl::FullyEncoded));
    if (!extraAuthorizeParameters.isEmpty())
        json.insert(u"extraAuthorizeParameters"_s, stringMapToJson(extraAuthorizeParameters));
    if (authorizationResponseIssRequired)
        json.insert(u"authorizationResponseIssRequired"_s, true);
    return json;
}

QList<Error> AuthProvider::validate(const QString &path) const
{
    QList<Error> problems;
    checkName(&problems, join(path, u"name"_s), name);
    if (!issuer.isEmpty())
        checkUrl(&problems, join(path, u"issuer"_s), QUrl(issuer, QUrl::StrictMode), true);
    // Endpoints may be left out only when an issuer allows discovering them.
    const bool discoverable = !issuer.isEmpty();
    checkUrl(&problems, join(path, u"authorizeUrl"_s), authorizeUrl, !discoverable);
    checkUrl(&problems, join(path, u"tokenUrl"_s), tokenUrl, !discoverable);
    checkUrl(&problems, join(path, u"revocationUrl"_s), revocationUrl, false);
    checkUrl(&problems, join(path, u"userInfoUrl"_s), userInfoUrl, false);
    if (clientId.isEmpty())
        problem(&problems, join(path, u"clientId"_s), Tr::tr("is required"));
    if (authorizationResponseIssRequired && issuer.isEmpty())
        problem(&problems, join(path, u"authorizationResponseIssRequired"_s),
                Tr::tr("needs an issuer to compare with"));
    checkRedirectUri(&problems, join(path, u"redirectUri"_s), redirectUri);
    for (auto it = extraAuthorizeParameters.begin(); it != extraAuthorizeParameters.end(); ++it) {
        const QString keyPath = join(join(path, u"extraAuthorizeParameters"_s), it.key());
        if (isReservedAuthorizeParameter(it.key()))
            problem(&problems, keyPath, Tr::tr("is set by Callout itself and cannot be overridden"));
        else if (it.key().isEmpty())
            problem(&problems, keyPath, Tr::tr("parameter names must not be empty"));
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

bool AuthProvider::invalidatesClientSecretOf(const AuthProvider &before, ChangeSource source) const
{
    if (clientId != before.clientId || issuer != before.issuer)
        return true;
    // Empty now: nothing receives the secret, or discovery fills it in later from the same issuer.
    auto movedTo = [source](const QUrl &now, const QUrl &was) {
        return !now.isEmpty() && now != was && (!was.isEmpty() || source == ChangeSource::Edit);
    };
    return movedTo(tokenUrl, before.tokenUrl) || movedTo(revocationUrl, before.revocationUrl);
}

QList<Error> AuthProvider::warnings(const QString &path) const
{
    QList<Error> found;
    if (!issuer.isEmpty() && !tokenUrl.isEmpty() && origin(tokenUrl) != origin(QUrl(issuer)))
        problem(&found, join(path, u"tokenUrl"_s),
                Tr::tr("is on another server (%1) than the issuer (%2); the client secret and the codes go there: "
                       "check that it is right")
                    .arg(server(tokenUrl), server(QUrl(issuer))));
    return found;
}

} // namespace callout
