#pragma once

#include "callout/model/TokenSet.h"

#include <QDateTime>

#include <chrono>
#include <optional>

// When to refresh, as pure functions of time (tested with an injected clock).
namespace callout::refreshschedule {

// No token is refreshed sooner than this after it was issued, and a token that lives less is
// treated as having an unknown expiry (refreshed only when a call is refused): expires_in: 1 must
// not mean a refresh a second for as long as the credential is used.
inline constexpr std::chrono::seconds MinimumRefreshInterval{30};

// Whether the token's expiry counts: known, and its lifetime at least MinimumRefreshInterval.
bool hasKnownExpiry(const TokenSet &tokens);

// Ahead-of-expiry refresh time: expiry − min(lead, half the token's lifetime), but not before
// MinimumRefreshInterval after issue. None when the expiry does not count (hasKnownExpiry) or
// there is no refresh token.
std::optional<QDateTime> refreshAt(const TokenSet &tokens, std::chrono::seconds lead);

// Whether the access token can be handed out as it is at `now` (unknown expiry: yes, until refused).
bool isUsable(const TokenSet &tokens, const QDateTime &now);

// Exponential backoff with jitter: base·2^(attempt−1), capped, then scaled by `jitter` ∈ [0.5, 1].
std::chrono::milliseconds backoff(int attempt, std::chrono::milliseconds base, std::chrono::milliseconds cap,
                                  double jitter);

} // namespace callout::refreshschedule
