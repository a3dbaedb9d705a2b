#include "callout/oauth/TokenReplyReader.h"

#include "callout/core/Logging.h"
#include "callout/core/Result.h"
#include "callout/oauth/OAuthErrors.h"

#include <QNetworkReply>

namespace callout {

TokenReplyReader::TokenReplyReader(QObject *parent)
    : QOAuthOobReplyHandler(parent)
{ }

void TokenReplyReader::networkReplyFinished(QNetworkReply *reply)
{
    // Qt 6.4 leaks the code-exchange reply; deleting later twice is harmless.
    reply->deleteLater();
    Result<QVariantMap> values = readTokenEndpointReply(reply);
    Q_EMIT tokenReplyRead();
    if (!values.ok()) {
        qCWarning(lcOAuth) << "token request failed:" << errorCodeName(values.error().code) << values.error().message;
        Q_EMIT tokenRequestFailed(values.error());
        return;
    }
    Q_EMIT tokensReceived(values.value());
}

} // namespace callout
