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
    // `requester` (optional): when it is gone before the tokens could be read (a client that gave up
    // while the keychain was locked), nothing is done, not even later. From the read on, the
    // sign-out completes; the record changes only once the keychain deleted the tokens.
    void signOut(const QString &credentialName, DoneCallback callback, QObject *requester = nullptr);
    // Signs out, then deletes the credential and its record: nothing is left behind.
    void remove(const QString &credentialName, DoneCallback callback, QObject *requester = nullptr);

private:
    CredentialCatalog &m_catalog;
    SecretStore &m_secrets;
    TokenManager &m_tokens;
    TokenRevoker *m_revoker;
};

} // namespace callout
