#pragma once

#include <cstdint>
#include <string_view>

// The local API's names on the wire (README, "Local API"), defined once and free of Qt: Protocol.h
// hands them to the agent and the Qt clients as QStringView, and the lean calloutctl (app/calloutctl/
// lean), which loads no Qt to answer `calloutctl token` quickly, reads them from here.
namespace callout::wire {

inline constexpr int Version = 1;
inline constexpr std::int64_t MaxLineBytes = std::int64_t(1024) * 1024;

namespace method {
inline constexpr std::u16string_view Hello = u"hello";
inline constexpr std::u16string_view List = u"list";
inline constexpr std::u16string_view Status = u"status";
inline constexpr std::u16string_view Import = u"import";
inline constexpr std::u16string_view Export = u"export";
inline constexpr std::u16string_view Login = u"login";
inline constexpr std::u16string_view Token = u"token";
inline constexpr std::u16string_view ReportExpired = u"report-expired";
inline constexpr std::u16string_view Logout = u"logout";
inline constexpr std::u16string_view Remove = u"remove";
inline constexpr std::u16string_view Activate = u"activate";
inline constexpr std::u16string_view Authorize = u"authorize"; // a call's recipe (issue 13)
inline constexpr std::u16string_view Proxy = u"proxy";         // the loopback proxy: on, off, status (issue 13)
} // namespace method

namespace event {
inline constexpr std::u16string_view SignInUrl = u"sign-in-url";
// The request waits for the keychain, which is locked and waits for the user to unlock it.
inline constexpr std::u16string_view KeychainLocked = u"keychain-locked";
// An authorize request waits for the user to sign in again (sent once; {"message": ...}).
inline constexpr std::u16string_view WaitingForUser = u"waiting-for-user";
} // namespace event

// Every error code on the wire: the names of callout::ErrorCode (core/Error.cpp maps to these),
// the protocol's own, and the two the client reports itself.
namespace code {
inline constexpr std::u16string_view None = u"none";
inline constexpr std::u16string_view InvalidConfiguration = u"invalid-configuration";
inline constexpr std::u16string_view ConfigurationUnreadable = u"configuration-unreadable";
inline constexpr std::u16string_view ConfigurationTooNew = u"configuration-too-new";
inline constexpr std::u16string_view ConfigurationReadOnly = u"configuration-read-only";
inline constexpr std::u16string_view NotFound = u"not-found";
inline constexpr std::u16string_view AlreadyExists = u"already-exists";
inline constexpr std::u16string_view FileError = u"file-error";
inline constexpr std::u16string_view KeychainUnavailable = u"keychain-unavailable";
inline constexpr std::u16string_view KeychainLocked = u"keychain-locked";
inline constexpr std::u16string_view KeychainError = u"keychain-error";
inline constexpr std::u16string_view SecretNotFound = u"secret-not-found";
inline constexpr std::u16string_view AccessDenied = u"access-denied";
inline constexpr std::u16string_view SignInTimedOut = u"sign-in-timed-out";
inline constexpr std::u16string_view SignInCancelled = u"sign-in-cancelled";
inline constexpr std::u16string_view SignInRequired = u"sign-in-required";
inline constexpr std::u16string_view ClientConfiguration = u"client-configuration";
inline constexpr std::u16string_view ServerUnavailable = u"server-unavailable";
inline constexpr std::u16string_view NetworkError = u"network-error";
inline constexpr std::u16string_view ProtocolError = u"protocol-error";
// The protocol's own: the request itself was wrong.
inline constexpr std::u16string_view BadRequest = u"bad-request";
inline constexpr std::u16string_view UnknownMethod = u"unknown-method";
inline constexpr std::u16string_view TooLarge = u"too-large";
inline constexpr std::u16string_view TooManyRequests = u"too-many-requests";
// Never sent by the agent: the client could not reach it, or it did not answer in time.
inline constexpr std::u16string_view AgentUnreachable = u"agent-unreachable";
inline constexpr std::u16string_view Timeout = u"timeout";
inline constexpr std::u16string_view Interrupted = u"interrupted"; // the client was interrupted (Ctrl-C) and hung up
} // namespace code

// calloutctl's exit codes (README, "calloutctl").
enum class ExitCode {
    Success = 0,
    Failure = 1,
    Usage = 2,
    SignInRequired = 3,
    HttpError = 4,
    AgentUnavailable = 5,
    TimedOut = 6,
    Denied = 7,
    KeychainProblem = 8,
};

// The error classes with an exit code of their own; every other code exits with Failure.
constexpr ExitCode exitCodeFor(std::u16string_view errorCode)
{
    struct Row {
        std::u16string_view code;
        ExitCode exit;
    };
    constexpr Row Rows[] = {
        {code::SignInRequired, ExitCode::SignInRequired},
        {code::AccessDenied, ExitCode::Denied},
        {code::SignInCancelled, ExitCode::Denied},
        {code::SignInTimedOut, ExitCode::TimedOut},
        {code::Timeout, ExitCode::TimedOut},
        {code::KeychainUnavailable, ExitCode::KeychainProblem},
        {code::KeychainLocked, ExitCode::KeychainProblem},
        {code::KeychainError, ExitCode::KeychainProblem},
        {code::AgentUnreachable, ExitCode::AgentUnavailable},
    };
    for (const Row &row : Rows) {
        if (row.code == errorCode)
            return row.exit;
    }
    return ExitCode::Failure;
}

} // namespace callout::wire
