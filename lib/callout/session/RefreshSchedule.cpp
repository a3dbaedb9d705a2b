#include "callout/session/RefreshSchedule.h"

#include <algorithm>

namespace callout::refreshschedule {

namespace {
// A token this close to its expiry is not handed out: the call would race the expiry.
constexpr qint64 UsableMarginSeconds = 10;
} // namespace

bool hasKnownExpiry(const TokenSet &tokens)
{
    if (!tokens.expiry.isValid())
        return false;
    if (!tokens.issued.isValid())
        return true; // the lifetime is unknown, the expiry is not
    const qint64 lifetime = tokens.issued.secsTo(tokens.expiry);
    return lifetime < 0 || lifetime >= MinimumRefreshInterval.count(); // < 0: a broken record, treat as expired
}

std::optional<QDateTime> refreshAt(const TokenSet &tokens, std::chrono::seconds lead)
{
    if (!hasKnownExpiry(tokens) || tokens.refreshToken.isEmpty())
        return std::nullopt;
    qint64 leadSeconds = lead.count();
    if (tokens.issued.isValid() && tokens.issued < tokens.expiry)
        leadSeconds = std::min(leadSeconds, tokens.issued.secsTo(tokens.expiry) / 2);
    const QDateTime at = tokens.expiry.addSecs(-leadSeconds);
    if (!tokens.issued.isValid())
        return at;
    return std::max(at, tokens.issued.addSecs(MinimumRefreshInterval.count()));
}

bool isUsable(const TokenSet &tokens, const QDateTime &now)
{
    if (tokens.accessToken.isEmpty())
        return false;
    if (!hasKnownExpiry(tokens))
        return true;
    qint64 margin = UsableMarginSeconds;
    if (tokens.issued.isValid())
        margin = std::min(margin, tokens.issued.secsTo(tokens.expiry) / 4);
    return now.secsTo(tokens.expiry) > margin;
}

std::chrono::milliseconds backoff(int attempt, std::chrono::milliseconds base, std::chrono::milliseconds cap,
                                  double jitter)
{
    const int doublings = std::clamp(attempt - 1, 0, 30);
    const auto raw = std::min<qint64>(cap.count(), base.count() * (qint64(1) << std::min(doublings, 20)));
    return std::chrono::milliseconds(qint64(double(raw) * std::clamp(jitter, 0.5, 1.0)));
}

} // namespace callout::refreshschedule
