#pragma once

#include "callout/core/Result.h"

#include <QObject>

#include <functional>

namespace callout {

class CredentialCatalog;
class ExternalAuthentication;
class SecretStore;
class TokenManager;
class TokenRevoker;

// Ends sessions: revokes the refresh token at the provider (RFC 7009) when it can, then deletes
// the tokens even when revocation fails; removing a credential also deletes it and its record.
class SignOutService : public QObject
{
    Q_OBJECT

public:
    using DoneCallback = std::function<void(Result<void>)>;

    SignOutService(CredentialCatalog &catalog, SecretStore &secrets, TokenManager &tokens, QObject *parent = nullptr);

    // The credential stays, signed out.
    void signOut(const QString &credentialName, DoneCallback callback);
    // Signs out, then deletes the credential and its record: nothing is left behind.
    void remove(const QString &credentialName, DoneCallback callback);

private:
    CredentialCatalog &m_catalog;
    SecretStore &m_secrets;
    TokenManager &m_tokens;
    TokenRevoker *m_revoker;
};

} // namespace callout
