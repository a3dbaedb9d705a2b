#pragma once

#include <chrono>

namespace callout::demo {

// How the demo service behaves: the problem Callout solves, made short enough to watch. Access
// tokens live a minute; the session ends after three minutes however often it was refreshed (like
// a service that forces a periodic sign-in). `callout --demo-token-ttl / --demo-session` change them.
struct DemoPolicy {
    std::chrono::seconds tokenLifetime{60};
    std::chrono::seconds sessionLength{180};
    std::chrono::seconds callInterval{10}; // the Demo caller's pace
};

} // namespace callout::demo
