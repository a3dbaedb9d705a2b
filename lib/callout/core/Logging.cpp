#include "callout/core/Logging.h"

using namespace Qt::StringLiterals;

namespace callout {

Q_LOGGING_CATEGORY(lcConfig, "callout.config")
Q_LOGGING_CATEGORY(lcStore, "callout.store")
Q_LOGGING_CATEGORY(lcOAuth, "callout.oauth")
Q_LOGGING_CATEGORY(lcRefresh, "callout.refresh")
Q_LOGGING_CATEGORY(lcApi, "callout.api")

QString redact(const QString &secret)
{
    if (secret.isEmpty())
        return u"<empty>"_s;
    return u"<redacted, %1 chars>"_s.arg(secret.size());
}

} // namespace callout
