#pragma once

#include "callout/core/Result.h"

namespace callout {

// Whether the agent starts with the user's session (the General page's "Start at login"). One
// implementation per desktop platform: an XDG autostart entry on Linux (platform/linux/AutostartEntry).
class StartAtLogin
{
public:
    virtual ~StartAtLogin() = default;

    virtual bool isEnabled() const = 0;
    virtual Result<void> setEnabled(bool enabled) = 0;
};

} // namespace callout
