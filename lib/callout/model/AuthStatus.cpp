#include "callout/model/AuthStatus.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

using S = AuthStatus;

// The status table. Any status may also go to Error (configuration problem) and to SignedOut
// (sign-out, discarded tokens); those two rules are applied in isAllowedTransition().
constexpr std::array<std::pair<S, S>, 15> Transitions{{
    {S::SignedOut, S::SigningIn},       // sign in
    {S::SignedOut, S::SignInRequired},  // a program asked for a token of a credential never signed in
    {S::SigningIn, S::SignedIn},        // sign-in succeeded
    {S::SigningIn, S::SignedOut},       // first sign-in failed or was cancelled
    {S::SigningIn, S::SignInRequired},  // re-authentication failed: back to where it was
    {S::SigningIn, S::Refreshing},      // re-authentication failed while retries were waiting
    {S::SignedIn, S::Refreshing},       // access token (nearly) expired or refused
    {S::SignedIn, S::SigningIn},        // re-authenticate while signed in
    {S::SignedIn, S::SignInRequired},   // a call was refused and there is no refresh token
    {S::Refreshing, S::SignedIn},       // refresh succeeded
    {S::Refreshing, S::SignInRequired}, // refresh token refused: needs the user
    {S::Refreshing, S::SigningIn},      // the user re-authenticates while retries wait
    {S::SignInRequired, S::SigningIn},  // re-authenticate
    {S::Error, S::SigningIn},           // configuration fixed, sign in again
    {S::SigningIn, S::Error},           // sign-in revealed a configuration problem
}};

} // namespace

QString authStatusName(AuthStatus status)
{
    switch (status) {
    case S::SignedOut: return u"signed-out"_s;
    case S::SigningIn: return u"signing-in"_s;
    case S::SignedIn: return u"signed-in"_s;
    case S::Refreshing: return u"refreshing"_s;
    case S::SignInRequired: return u"sign-in-required"_s;
    case S::Error: return u"error"_s;
    }
    return u"signed-out"_s;
}

std::optional<AuthStatus> authStatusFromName(const QString &name)
{
    for (const S status : {S::SignedOut, S::SigningIn, S::SignedIn, S::Refreshing, S::SignInRequired, S::Error}) {
        if (authStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

bool isAllowedTransition(AuthStatus from, AuthStatus to)
{
    if (to == S::Error || to == S::SignedOut)
        return true;
    for (const auto &[tableFrom, tableTo] : Transitions) {
        if (tableFrom == from && tableTo == to)
            return true;
    }
    return false;
}

bool needsUser(AuthStatus status)
{
    return status == S::SignInRequired;
}

bool isUnderWay(AuthStatus status)
{
    return status == S::SigningIn || status == S::Refreshing;
}

bool isReauthentication(AuthStatus status)
{
    // Signed out or misconfigured: there is no session to renew, so it is a first sign-in.
    return status != S::SignedOut && status != S::Error;
}

} // namespace callout
