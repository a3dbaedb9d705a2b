#pragma once

#include "callout/core/Error.h"

#include <QOAuthOobReplyHandler>

namespace callout {

// The reply handler of one AuthorizationCodeFlow: reads every token endpoint reply (code exchange
// and refresh), which QOAuth2AuthorizationCodeFlow hands to its reply handler.
//
// Qt 6.4's QOAuthOobReplyHandler swallows HTTP errors (4xx/5xx: nothing is emitted), only logs a
// 200 whose body has `error`, stalls on text/plain and rejects a missing Content-Type, and the
// flow leaks the code-exchange reply. This reader reports every error (tokenRequestFailed), passes
// successes on as tokensReceived() whatever their Content-Type, and deletes every reply.
// Never share one reader between flows: a token response reaches every flow connected to it.
class TokenReplyReader : public QOAuthOobReplyHandler
{
    Q_OBJECT

public:
    explicit TokenReplyReader(QObject *parent = nullptr);

    void networkReplyFinished(QNetworkReply *reply) override;

Q_SIGNALS:
    void tokenRequestFailed(const callout::Error &error);
    // Every token endpoint reply, successful or not (for the refresh machinery).
    void tokenReplyRead();
};

} // namespace callout
