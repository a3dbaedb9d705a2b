#include "callout/core/Error.h"

#include "calloutclient/Protocol.h"

using namespace Qt::StringLiterals;

namespace callout {

namespace {

struct CodeName {
    ErrorCode code;
    QStringView name;
};

// Each code's name on the wire: the strings themselves live in the protocol (calloutclient/Protocol.h).
constexpr CodeName CodeNames[] = {
    {ErrorCode::None, protocol::code::None},
    {ErrorCode::InvalidConfiguration, protocol::code::InvalidConfiguration},
    {ErrorCode::ConfigurationUnreadable, protocol::code::ConfigurationUnreadable},
    {ErrorCode::ConfigurationTooNew, protocol::code::ConfigurationTooNew},
    {ErrorCode::ConfigurationReadOnly, protocol::code::ConfigurationReadOnly},
    {ErrorCode::NotFound, protocol::code::NotFound},
    {ErrorCode::AlreadyExists, protocol::code::AlreadyExists},
    {ErrorCode::FileError, protocol::code::FileError},
    {ErrorCode::KeychainUnavailable, protocol::code::KeychainUnavailable},
    {ErrorCode::KeychainLocked, protocol::code::KeychainLocked},
    {ErrorCode::KeychainError, protocol::code::KeychainError},
    {ErrorCode::SecretNotFound, protocol::code::SecretNotFound},
    {ErrorCode::AccessDenied, protocol::code::AccessDenied},
    {ErrorCode::SignInTimedOut, protocol::code::SignInTimedOut},
    {ErrorCode::SignInCancelled, protocol::code::SignInCancelled},
    {ErrorCode::SignInRequired, protocol::code::SignInRequired},
    {ErrorCode::ClientConfiguration, protocol::code::ClientConfiguration},
    {ErrorCode::ServerUnavailable, protocol::code::ServerUnavailable},
    {ErrorCode::NetworkError, protocol::code::NetworkError},
    {ErrorCode::ProtocolError, protocol::code::ProtocolError},
};

} // namespace

QString Error::toString() const
{
    return field.isEmpty() ? message : field + u": "_s + message;
}

QString errorCodeName(ErrorCode code)
{
    for (const CodeName &entry : CodeNames) {
        if (entry.code == code)
            return entry.name.toString();
    }
    return u"unknown"_s;
}

ErrorCode errorCodeFromName(const QString &name)
{
    for (const CodeName &entry : CodeNames) {
        if (entry.name == name)
            return entry.code;
    }
    return ErrorCode::None;
}

} // namespace callout
