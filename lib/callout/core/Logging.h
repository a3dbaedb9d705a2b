#pragma once

#include <QLoggingCategory>

namespace callout {

Q_DECLARE_LOGGING_CATEGORY(lcConfig)  // callout.config
Q_DECLARE_LOGGING_CATEGORY(lcStore)   // callout.store (keychain)
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)   // callout.oauth
Q_DECLARE_LOGGING_CATEGORY(lcRefresh) // callout.refresh
Q_DECLARE_LOGGING_CATEGORY(lcApi)     // callout.api

// What a log line may show of a secret: its length only. Never log a token, code, verifier or
// secret itself; pass it through this.
QString redact(const QString &secret);

} // namespace callout
