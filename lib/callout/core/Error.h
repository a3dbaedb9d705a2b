#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace callout {

// Every failure Callout reports, whatever layer it comes from. Third-party errors (QtKeychain,
// QtNetworkAuth, HTTP) are mapped to these codes in exactly one place each.
enum class ErrorCode {
    None,
    InvalidConfiguration,    // a field of the configuration is wrong; Error::field names it
    ConfigurationUnreadable, // callout.json / state.json could not be parsed
    ConfigurationTooNew,     // written by a newer Callout; never overwritten
    ConfigurationReadOnly,   // saving refused because the file on disk must be kept
    NotFound,                // no provider / credential of that name
    AlreadyExists,           // import without --replace hit an existing entry
    FileError,               // reading or writing a file failed
    KeychainUnavailable,     // no Secret Service / keychain backend
    KeychainLocked,          // keychain exists but refused access (locked, denied)
    KeychainError,           // any other keychain failure
    SecretNotFound,          // the keychain has no item for that key
    // Sign-in and token endpoint outcomes (mapped from OAuth errors in OAuthErrors.cpp only)
    AccessDenied,        // the user (or the server) refused the authorization request
    SignInTimedOut,      // nobody came back from the browser in time
    SignInCancelled,     // the sign-in was cancelled
    SignInRequired,      // only the user can help: invalid_grant, login_required, …
    ClientConfiguration, // invalid_client, unauthorized_client, invalid_scope: fix the provider
    ServerUnavailable,   // 5xx, temporarily_unavailable: transient, try again later
    NetworkError,        // no connection, reset, timeout: transient
    ProtocolError,       // a response that breaks the protocol (redirect, garbage, wrong iss)
};

struct Error {
    ErrorCode code = ErrorCode::None;
    QString message;     // one human sentence, translated where user-visible
    QString field;       // JSON path of the offending field, when there is one
    QStringList details; // further lines, e.g. every problem of a rejected import

    Error() = default;
    Error(ErrorCode c, QString msg, QString f = {}, QStringList d = {})
        : code(c)
        , message(std::move(msg))
        , field(std::move(f))
        , details(std::move(d))
    { }

    // "field: message" when a field is known, else the message.
    QString toString() const;

    friend bool operator==(const Error &, const Error &) = default;
};

// The stable, machine-readable name of a code ("keychain-locked"): the local API's error codes
// (calloutclient/Protocol.h), also used in state.json.
QString errorCodeName(ErrorCode code);
ErrorCode errorCodeFromName(const QString &name); // None when unknown

} // namespace callout

Q_DECLARE_METATYPE(callout::Error)
