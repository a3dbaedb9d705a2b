#pragma once

#include "callout/model/TokenSet.h"

#include <QDateTime>

#include <chrono>
#include <optional>

// When to refresh, as pure functions of time (tested with an injected clock).
namespace callout::refreshschedule {

// Ahead-of-expiry refresh time: expiry − min(lead, half the token's lifetime). None when the
// expiry is unknown (refresh only when a call is refused) or there is no refresh token.
std::optional<QDateTime> refreshAt(const TokenSet &tokens, std::chrono::seconds lead);

// Whether the access token can be handed out as it is at `now` (unknown expiry: yes, until refused).
bool isUsable(const TokenSet &tokens, const QDateTime &now);

// Exponential backoff with jitter: base·2^(attempt−1), capped, then scaled by `jitter` ∈ [0.5, 1].
std::chrono::milliseconds backoff(int attempt, std::chrono::milliseconds base, std::chrono::milliseconds cap,
                                  double jitter);

} // namespace callout::refreshschedule
