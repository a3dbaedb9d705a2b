#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

#include "calloutclient/WireNames.h"

#include <chrono>

// The local API's wire format (README, "Local API"), shared by the agent and its clients. One JSON
// object per line: requests, events and answers are built and read here and nowhere else (the lean
// calloutctl excepted). The names themselves are WireNames.h's, here as QStringView.
namespace callout::protocol {

inline constexpr int Version = wire::Version;
inline constexpr qint64 MaxLineBytes = wire::MaxLineBytes;

namespace method {
inline constexpr QStringView Hello = wire::method::Hello;
inline constexpr QStringView List = wire::method::List;
inline constexpr QStringView Status = wire::method::Status;
inline constexpr QStringView Import = wire::method::Import;
inline constexpr QStringView Export = wire::method::Export;
inline constexpr QStringView Login = wire::method::Login;
inline constexpr QStringView Token = wire::method::Token;
inline constexpr QStringView ReportExpired = wire::method::ReportExpired;
inline constexpr QStringView Logout = wire::method::Logout;
inline constexpr QStringView Remove = wire::method::Remove;
inline constexpr QStringView Activate = wire::method::Activate;
inline constexpr QStringView Authorize = wire::method::Authorize;
inline constexpr QStringView Proxy = wire::method::Proxy;
} // namespace method

namespace event {
inline constexpr QStringView SignInUrl = wire::event::SignInUrl;
// The request waits for the keychain, which is locked and waits for the user to unlock it.
inline constexpr QStringView KeychainLocked = wire::event::KeychainLocked;
// An authorize request waits for the user to sign in again (sent once; {"message": ...}).
inline constexpr QStringView WaitingForUser = wire::event::WaitingForUser;
} // namespace event

// Every error code on the wire: the names of callout::ErrorCode (core/Error.cpp maps to these),
// the protocol's own, and the two the client reports itself.
namespace code {
inline constexpr QStringView None = wire::code::None;
inline constexpr QStringView InvalidConfiguration = wire::code::InvalidConfiguration;
inline constexpr QStringView ConfigurationUnreadable = wire::code::ConfigurationUnreadable;
inline constexpr QStringView ConfigurationTooNew = wire::code::ConfigurationTooNew;
inline constexpr QStringView ConfigurationReadOnly = wire::code::ConfigurationReadOnly;
inline constexpr QStringView NotFound = wire::code::NotFound;
inline constexpr QStringView AlreadyExists = wire::code::AlreadyExists;
inline constexpr QStringView FileError = wire::code::FileError;
inline constexpr QStringView KeychainUnavailable = wire::code::KeychainUnavailable;
inline constexpr QStringView KeychainLocked = wire::code::KeychainLocked;
inline constexpr QStringView KeychainError = wire::code::KeychainError;
inline constexpr QStringView SecretNotFound = wire::code::SecretNotFound;
inline constexpr QStringView AccessDenied = wire::code::AccessDenied;
inline constexpr QStringView SignInTimedOut = wire::code::SignInTimedOut;
inline constexpr QStringView SignInCancelled = wire::code::SignInCancelled;
inline constexpr QStringView SignInRequired = wire::code::SignInRequired;
inline constexpr QStringView ClientConfiguration = wire::code::ClientConfiguration;
inline constexpr QStringView ServerUnavailable = wire::code::ServerUnavailable;
inline constexpr QStringView NetworkError = wire::code::NetworkError;
inline constexpr QStringView ProtocolError = wire::code::ProtocolError;
// The protocol's own: the request itself was wrong.
inline constexpr QStringView BadRequest = wire::code::BadRequest;
inline constexpr QStringView UnknownMethod = wire::code::UnknownMethod;
inline constexpr QStringView TooLarge = wire::code::TooLarge;
inline constexpr QStringView TooManyRequests = wire::code::TooManyRequests;
// Never sent by the agent: the client could not reach it, or it did not answer in time.
inline constexpr QStringView AgentUnreachable = wire::code::AgentUnreachable;
inline constexpr QStringView Timeout = wire::code::Timeout;
inline constexpr QStringView Interrupted = wire::code::Interrupted;
} // namespace code

// calloutctl's exit codes (README, "calloutctl").
using ExitCode = wire::ExitCode;
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
