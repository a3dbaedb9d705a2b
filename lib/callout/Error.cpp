#include "callout/Error.h"

namespace callout {

QString Error::toString() const
{
    return field.isEmpty() ? message : field + u": "_qs + message;
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return u"none"_qs;
    case ErrorCode::InvalidConfiguration: return u"invalid-configuration"_qs;
    case ErrorCode::ConfigurationUnreadable: return u"configuration-unreadable"_qs;
    case ErrorCode::ConfigurationTooNew: return u"configuration-too-new"_qs;
    case ErrorCode::ConfigurationReadOnly: return u"configuration-read-only"_qs;
    case ErrorCode::NotFound: return u"not-found"_qs;
    case ErrorCode::AlreadyExists: return u"already-exists"_qs;
    case ErrorCode::FileError: return u"file-error"_qs;
    case ErrorCode::KeychainUnavailable: return u"keychain-unavailable"_qs;
    case ErrorCode::KeychainLocked: return u"keychain-locked"_qs;
    case ErrorCode::KeychainError: return u"keychain-error"_qs;
    case ErrorCode::SecretNotFound: return u"secret-not-found"_qs;
    case ErrorCode::AccessDenied: return u"access-denied"_qs;
    case ErrorCode::SignInTimedOut: return u"sign-in-timed-out"_qs;
    case ErrorCode::SignInCancelled: return u"sign-in-cancelled"_qs;
    case ErrorCode::SignInRequired: return u"sign-in-required"_qs;
    case ErrorCode::ClientConfiguration: return u"client-configuration"_qs;
    case ErrorCode::ServerUnavailable: return u"server-unavailable"_qs;
    case ErrorCode::NetworkError: return u"network-error"_qs;
    case ErrorCode::ProtocolError: return u"protocol-error"_qs;
    }
    return u"unknown"_qs;
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
