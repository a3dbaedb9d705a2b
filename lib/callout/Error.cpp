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
    }
    return u"unknown"_qs;
}

ErrorCode errorCodeFromName(const QString &name)
{
    using E = ErrorCode;
    for (const E code : {E::InvalidConfiguration, E::ConfigurationUnreadable, E::ConfigurationTooNew,
                         E::ConfigurationReadOnly, E::NotFound, E::AlreadyExists, E::FileError,
                         E::KeychainUnavailable, E::KeychainLocked, E::KeychainError, E::SecretNotFound}) {
        if (errorCodeName(code) == name)
            return code;
    }
    return E::None;
}

} // namespace callout
