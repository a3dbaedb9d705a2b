#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

#include <chrono>

// The local API's wire format (README, "Local API"), shared by the agent and its clients. One JSON
// object per line: requests, events and answers are built and read here and nowhere else.
namespace callout::protocol {

inline constexpr int Version = 1;
inline constexpr qint64 MaxLineBytes = qint64(1024) * 1024;

namespace method {
inline constexpr QStringView Hello = u"hello";
inline constexpr QStringView List = u"list";
inline constexpr QStringView Status = u"status";
inline constexpr QStringView Import = u"import";
inline constexpr QStringView Export = u"export";
inline constexpr QStringView Login = u"login";
inline constexpr QStringView Token = u"token";
inline constexpr QStringView ReportExpired = u"report-expired";
inline constexpr QStringView Logout = u"logout";
inline constexpr QStringView Remove = u"remove";
inline constexpr QStringView Activate = u"activate";
inline constexpr QStringView Authorize = u"authorize"; // a call's recipe (issue 13)
inline constexpr QStringView Proxy = u"proxy";         // the loopback proxy: on, off, status (issue 13)
} // namespace method

namespace event {
inline constexpr QStringView SignInUrl = u"sign-in-url";
// The request waits for the keychain, which is locked and waits for the user to unlock it.
inline constexpr QStringView KeychainLocked = u"keychain-locked";
// An authorize request waits for the user to sign in again (sent once; {"message": ...}).
inline constexpr QStringView WaitingForUser = u"waiting-for-user";
} // namespace event

// Every error code on the wire: the names of callout::ErrorCode (core/Error.cpp maps to these),
// the protocol's own, and the two the client reports itself.
namespace code {
inline constexpr QStringView None = u"none";
inline constexpr QStringView InvalidConfiguration = u"invalid-configuration";
inline constexpr QStringView ConfigurationUnreadable = u"configuration-unreadable";
inline constexpr QStringView ConfigurationTooNew = u"configuration-too-new";
inline constexpr QStringView ConfigurationReadOnly = u"configuration-read-only";
inline constexpr QStringView NotFound = u"not-found";
inline constexpr QStringView AlreadyExists = u"already-exists";
inline constexpr QStringView FileError = u"file-error";
inline constexpr QStringView KeychainUnavailable = u"keychain-unavailable";
inline constexpr QStringView KeychainLocked = u"keychain-locked";
inline constexpr QStringView KeychainError = u"keychain-error";
inline constexpr QStringView SecretNotFound = u"secret-not-found";
inline constexpr QStringView AccessDenied = u"access-denied";
inline constexpr QStringView SignInTimedOut = u"sign-in-timed-out";
inline constexpr QStringView SignInCancelled = u"sign-in-cancelled";
inline constexpr QStringView SignInRequired = u"sign-in-required";
inline constexpr QStringView ClientConfiguration = u"client-configuration";
inline constexpr QStringView ServerUnavailable = u"server-unavailable";
inline constexpr QStringView NetworkError = u"network-error";
inline constexpr QStringView ProtocolError = u"protocol-error";
// The protocol's own: the request itself was wrong.
inline constexpr QStringView BadRequest = u"bad-request";
inline constexpr QStringView UnknownMethod = u"unknown-method";
inline constexpr QStringView TooLarge = u"too-large";
inline constexpr QStringView TooManyRequests = u"too-many-requests";
// Never sent by the agent: the client could not reach it, or it did not answer in time.
inline constexpr QStringView AgentUnreachable = u"agent-unreachable";
inline constexpr QStringView Timeout = u"timeout";
inline constexpr QStringView Interrupted = u"interrupted"; // the client was interrupted (Ctrl-C) and hung up
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
ExitCode exitCodeFor(QStringView errorCode); // Failure for every code without its own

// login's `timeout` param, in whole seconds; out of range is a bad request.
inline constexpr std::chrono::seconds MinLoginTimeout{1};
inline constexpr std::chrono::seconds MaxLoginTimeout{3600};
inline constexpr std::chrono::seconds DefaultLoginTimeout{300};

// authorize's `wait` param, in whole seconds (0: answer sign-in-required at once); out of range is a bad request.
inline constexpr std::chrono::seconds MaxCallWait{86400};

// The `error` member of a failed answer.
struct ErrorBody {
    QString code;
    QString message;
    QString field;       // left out of the JSON when empty
    QStringList details; // left out of the JSON when empty

    QJsonObject toJson() const;
    static ErrorBody fromJson(const QJsonObject &json);
};

// Builders.
QJsonObject request(const QJsonValue &id, QStringView method, const QJsonObject &params);
QJsonObject okAnswer(const QJsonValue &id, const QJsonObject &result = {});
QJsonObject errorAnswer(const QJsonValue &id, const ErrorBody &error);
QJsonObject errorAnswer(const QJsonValue &id, QStringView code, const QString &message);
QJsonObject signInUrlEvent(const QJsonValue &id, const QUrl &url, bool browserOpened);
QJsonObject keychainLockedEvent(const QJsonValue &id);
QJsonObject waitingForUserEvent(const QJsonValue &id, const QString &message);
QByteArray toLine(const QJsonObject &message); // compact JSON and a newline

// Readers.
QJsonValue idOf(const QJsonObject &message);
bool isEvent(const QJsonObject &message);
QString eventName(const QJsonObject &message);
bool isOk(const QJsonObject &answer);
QJsonObject resultOf(const QJsonObject &answer);
ErrorBody errorOf(const QJsonObject &answer);

} // namespace callout::protocol
