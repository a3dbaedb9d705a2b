#pragma once

#include "callout/core/Error.h"

#include <qt6keychain/keychain.h>

namespace callout {

// The one place where QtKeychain errors become Callout errors with a message that says what to do.
Error keychainError(QKeychain::Error error, const QString &detail);

} // namespace callout
