#include "callout/core/Error.h"

using namespace Qt::StringLiterals;

namespace callout {

QString Error::toString() const
{
    return field.isEmpty() ? message : field + u": "_s + message;
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return u"none"_s;
    case ErrorCode::InvalidConfiguration: return u"invalid-configuration"_s;
    case ErrorCode::ConfigurationUnreadable: return u"configuration-unreadable"_s;
    case ErrorCode::ConfigurationTooNew: return u"configuration-too-new"_s;
    case ErrorCode::ConfigurationReadOnly: return u"configuration-read-only"_s;
    case ErrorCode::NotFound: return u"not-found"_s;
    case ErrorCode::AlreadyExists: return u"already-exists"_s;
    case ErrorCode::FileError: return u"file-error"_s;
    case ErrorCode::KeychainUnavailable: return u"keychain-unavailable"_s;
    case ErrorCode::KeychainLocked: return u"keychain-locked"_s;
    case ErrorCode::KeychainError: return u"keychain-error"_s;
    case ErrorCode::SecretNotFound: return u"secret-not-found"_s;
    case ErrorCode::AccessDenied: return u"access-denied"_s;
    case ErrorCode::SignInTimedOut: return u"sign-in-timed-out"_s;
    case ErrorCode::SignInCancelled: return u"sign-in-cancelled"_s;
    case ErrorCode::SignInRequired: return u"sign-in-required"_s;
    case ErrorCode::ClientConfiguration: return u"client-configuration"_s;
    case ErrorCode::ServerUnavailable: return u"server-unavailable"_s;
    case ErrorCode::NetworkError: return u"network-error"_s;
    case ErrorCode::ProtocolError: return u"protocol-error"_s;
    }
    return u"unknown"_s;
}

ErrorCode errorCodeFromName(const QString &name)
{
    using E = ErrorCode;
    for (const E code :
         {E::InvalidConfiguration, E::ConfigurationUnreadable, E::ConfigurationTooNew, E::ConfigurationReadOnly,
          E::NotFound, E::AlreadyExists, E::FileError, E::KeychainUnavailable, E::KeychainLocked, E::KeychainError,
          E::SecretNotFound, E::AccessDenied, E::SignInTimedOut, E::SignInCancelled, E::SignInRequired,
          E::ClientConfiguration, E::ServerUnavailable, E::NetworkError, E::ProtocolError}) {
        if (errorCodeName(code) == name)
            return code;
    }
    return E::None;
}

} // namespace callout
