#include "callout/session/RefreshSchedule.h"

#include <algorithm>

namespace callout::refreshschedule {

namespace {
// A token this close to its expiry is not handed out: the call would race the expiry.
constexpr qint64 UsableMarginSeconds = 10;
} // namespace

std::optional<QDateTime> refreshAt(const TokenSet &tokens, std::chrono::seconds lead)
{
    if (!tokens.expiry.isValid() || tokens.refreshToken.isEmpty())
        return std::nullopt;
    qint64 leadSeconds = lead.count();
    if (tokens.issued.isValid() && tokens.issued < tokens.expiry)
        leadSeconds = std::min(leadSeconds, tokens.issued.secsTo(tokens.expiry) / 2);
    return tokens.expiry.addSecs(-leadSeconds);
}

bool isUsable(const TokenSet &tokens, const QDateTime &now)
{
    if (tokens.accessToken.isEmpty())
        return false;
    if (!tokens.expiry.isValid())
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
