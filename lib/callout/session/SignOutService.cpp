#include "callout/session/SignOutService.h"

#include "callout/core/Logging.h"
#include "callout/model/TokenSet.h"
#include "callout/oauth/TokenRevoker.h"
#include "callout/session/TokenManager.h"
#include "callout/store/CredentialCatalog.h"
#include "callout/store/SecretStore.h"

namespace callout {

SignOutService::SignOutService(CredentialCatalog &catalog, SecretStore &secrets, TokenManager &tokens, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_secrets(secrets)
    , m_tokens(tokens)
    , m_revoker(new TokenRevoker(this))
{ }

void SignOutService::signOut(const QString &credentialName, DoneCallback callback, QObject *requester)
{
    const NamedCredential *credential = m_catalog.configuration().credentialByName(credentialName);
    if (!credential) {
        callback(Error(ErrorCode::NotFound, tr("No named credential is called %1.").arg(credentialName)));
        return;
    }
    const QString id = credential->id;
    const AuthProvider provider = *m_catalog.configuration().providerByName(credential->authProvider);
    auto deleteLocally = [this, id, callback = std::move(callback)](const Error &revocationError) {
        m_secrets.remove(
            secretkeys::credentialTokens(id), this, [this, id, callback, revocationError](const Result<void> &r) {
                if (!r.ok()) {
                    callback(r.error());
                    return;
                }
                m_tokens.forget(id);
                m_catalog.changeExternalAuthentication(id, [&revocationError](ExternalAuthentication &record) {
                    const QString keptId = record.credentialId;
                    record = ExternalAuthentication();
                    record.credentialId = keptId;
                    if (revocationError.code != ErrorCode::None)
                        record.notice = tr("Signed out. The service could not be told to revoke the session (%1); "
                                           "the local copies were deleted.")
                                            .arg(revocationError.message);
                });
                callback({});
            });
    };
    QObject *readContext = requester ? requester : this;
    m_secrets.read(
        secretkeys::credentialTokens(id), readContext, [this, provider, deleteLocally](Result<QByteArray> read) {
            const Result<TokenSet> tokens
                = read.ok() ? TokenSet::fromBytes(read.value()) : Result<TokenSet>(read.error());
            if (!tokens.ok() || tokens.value().refreshToken.isEmpty() || provider.revocationUrl.isEmpty()) {
                deleteLocally({});
                return;
            }
            const QString refreshToken = tokens.value().refreshToken;
            auto revoke = [this, provider, refreshToken, deleteLocally](const QString &secret) {
                m_revoker->revoke(provider, secret, refreshToken, [deleteLocally](const Result<void> &revoked) {
                    if (!revoked.ok())
                        qCWarning(lcRefresh) << "revocation failed:" << revoked.error().message;
                    deleteLocally(revoked.ok() ? Error() : revoked.error());
                });
            };
            if (provider.clientAuthentication == ClientAuthentication::None) {
                revoke({});
                return;
            }
            m_secrets.read(secretkeys::providerClientSecret(provider.id), this, [revoke](Result<QByteArray> secret) {
                revoke(secret.ok() ? QString::fromUtf8(secret.value()) : QString());
            });
        });
}

void SignOutService::remove(const QString &credentialName, DoneCallback callback, QObject *requester)
{
    const auto removeAfterwards
        = [this, credentialName, callback = std::move(callback)](const Result<void> &signedOut) {
              if (!signedOut.ok()) {
                  callback(signedOut);
                  return;
              }
              m_catalog.removeCredential(credentialName, callback);
          };
    signOut(credentialName, removeAfterwards, requester);
}

} // namespace callout
