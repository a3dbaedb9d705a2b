#pragma once

#include <QString>

#include <optional>

namespace callout {

// The sign-in status of one named credential. Transitions are allowed only as listed in
// AuthStatus.cpp (and the README's status table).
enum class AuthStatus {
    SignedOut,      // no tokens
    SigningIn,      // a browser sign-in is pending
    SignedIn,       // tokens present; calls can proceed
    Refreshing,     // refreshing the access token (or waiting to retry a transient failure)
    SignInRequired, // only the user can help: the refresh token was refused or is missing
    Error,          // a configuration problem; ExternalAuthentication::lastError names the field
};

// "signed-out", "signing-in", … as used in state.json, the CLI and the local API.
QString authStatusName(AuthStatus status);
std::optional<AuthStatus> authStatusFromName(const QString &name);

// Whether `from` → `to` is a transition of the status table.
bool isAllowedTransition(AuthStatus from, AuthStatus to);

// Only the user can help (sign-in-required): the tray's attention, the prompt.
bool needsUser(AuthStatus status);
// A sign-in or refresh is under way: the tray's busy state.
bool isUnderWay(AuthStatus status);
// Whether a browser sign-in from this status replaces a session the user had ("Re-authenticate")
// rather than starting a first one ("Sign in"). The one rule the tray and the settings window show.
bool isReauthentication(AuthStatus status);

} // namespace callout
