#include "callout/oauth/OAuthErrors.h"

#include "callout/core/ServerText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::OAuthErrors)
};

// Server-controlled text shown to the user and logged: printable, and short.
QString withDescription(const QString &error, const QString &description)
{
    const QString e = sanitizedServerText(error);
    const QString d = sanitizedServerText(description);
    return d.isEmpty() ? e : e + u" — "_s + d;
}

// A JSON object, or a form-encoded body (GitHub's default), or nothing.
std::optional<QVariantMap> parseBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && json.isObject())
        return json.object().toVariantMap();
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty() || trimmed.contains('<') || trimmed.contains('{') || !trimmed.contains('='))
        return std::nullopt;
    QVariantMap values;
    QByteArray normalized = trimmed;
    normalized.replace('+', ' ');
    const QUrlQuery query(QString::fromUtf8(normalized));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        values.insert(key, value);
    return values;
}

} // namespace

Error oauthError(const QString &error, const QString &description)
{
    static const QStringList needsUser{u"invalid_grant"_s, u"interaction_required"_s, u"login_required"_s,
                                       u"consent_required"_s, u"account_selection_required"_s};
    static const QStringList configuration{
        u"invalid_client"_s,         u"unauthorized_client"_s,       u"invalid_scope"_s,
        u"unsupported_grant_type"_s, u"unsupported_response_type"_s, u"invalid_request"_s,
        u"invalid_redirect_uri"_s};
    static const QStringList transient{u"temporarily_unavailable"_s, u"server_error"_s, u"slow_down"_s};
    const QString detail = withDescription(error, description);
    if (needsUser.contains(error))
        return Error(ErrorCode::SignInRequired,
                     Tr::tr("The service ended the session (%1). Sign in again.").arg(detail));
    if (error == u"access_denied"_s)
        return Error(ErrorCode::AccessDenied, Tr::tr("Access was denied (%1).").arg(detail));
    if (configuration.contains(error)) {
        // The field to fix, relative to the provider or credential (the caller adds which one).
        const QString field = error == u"invalid_scope"_s                         ? u"scopes"_s
            : error == u"invalid_request"_s || error == u"invalid_redirect_uri"_s ? QString()
                                                                                  : u"clientId"_s;
        return Error(ErrorCode::ClientConfiguration,
                     Tr::tr("The authorization server refused the client (%1): check the auth provider's client id, "
                            "secret, client authentication, scopes and redirect URI.")
                         .arg(detail),
                     field);
    }
    if (transient.contains(error))
        return Error(ErrorCode::ServerUnavailable,
                     Tr::tr("The authorization server is temporarily unavailable (%1).").arg(detail));
    return Error(ErrorCode::ProtocolError, Tr::tr("The authorization server answered with an error (%1).").arg(detail));
}

Result<QVariantMap> readTokenEndpointResponse(int httpStatus, const QByteArray &body, int networkError,
                                              const QString &networkErrorText)
{
    if (httpStatus == 0)
        return Error(ErrorCode::NetworkError,
                     Tr::tr("Could not reach the token endpoint: %1")
                         .arg(networkError ? sanitizedServerText(networkErrorText) : Tr::tr("no answer")));
    if (httpStatus >= 300 && httpStatus < 400)
        return Error(
            ErrorCode::ProtocolError,
            Tr::tr("The token endpoint answered with a redirect (HTTP %1). Callout never follows a redirect with "
                   "credentials; check the auth provider's token URL.")
                .arg(httpStatus));
    const std::optional<QVariantMap> values = parseBody(body);
    if (values && values->contains(u"error"_s))
        return oauthError(values->value(u"error"_s).toString(), values->value(u"error_description"_s).toString());
    if (httpStatus >= 500 || httpStatus == 429)
        return Error(ErrorCode::ServerUnavailable,
                     Tr::tr("The token endpoint is unavailable (HTTP %1). Callout will try again.").arg(httpStatus));
    if (httpStatus == 401)
        return Error(ErrorCode::ClientConfiguration,
                     Tr::tr("The token endpoint refused the client's credentials (HTTP 401): check the auth provider's "
                            "client id, secret and client authentication."));
    if (httpStatus >= 400)
        return Error(ErrorCode::ProtocolError,
                     Tr::tr("The token endpoint refused the request (HTTP %1).").arg(httpStatus));
    if (!values)
        return Error(ErrorCode::ProtocolError, Tr::tr("The token endpoint's answer is neither JSON nor form-encoded."));
    if (values->value(u"access_token"_s).toString().isEmpty())
        return Error(ErrorCode::ProtocolError, Tr::tr("The token endpoint's answer has no access token."));
    return *values;
}

Result<QVariantMap> readTokenEndpointReply(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A reply aborted by the transfer timeout is closed: reading it only logs "device not open".
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    return readTokenEndpointResponse(status, body, reply->error(), reply->errorString());
}

} // namespace callout
