#pragma once

#include "callout/core/Error.h"
#include "callout/core/Result.h"

#include <QByteArray>
#include <QVariantMap>

class QNetworkReply;

namespace callout {

// The one place where OAuth error codes (RFC 6749 §4.1.2.1, §5.2, OIDC) become Callout errors,
// classified by who can fix them: the user (SignInRequired, AccessDenied), the configuration
// (ClientConfiguration), or time (ServerUnavailable, NetworkError).
Error oauthError(const QString &error, const QString &description);

// Reads a token endpoint reply, whatever Qt 6.4 would have made of it: an HTTP error status with
// or without an OAuth error body, a 200 with an `error` body, a redirect (never followed: it is an
// error), JSON or form-encoded bodies under any Content-Type. Returns the response's values.
Result<QVariantMap> readTokenEndpointReply(QNetworkReply *reply);

// The same for the parts that are already known, for unit tests.
Result<QVariantMap> readTokenEndpointResponse(int httpStatus, const QByteArray &body, int networkError,
                                              const QString &networkErrorText);

} // namespace callout
