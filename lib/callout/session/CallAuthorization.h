#pragma once

#include "calloutclient/CallAuthorizer.h"

#include <QList>
#include <QObject>

namespace callout {

class CredentialCatalog;
class NamedCredential;
class TokenManager;

// The agent's own CallAuthorizer: a call's recipe straight from the catalog and the TokenManager
// (the local API's `authorize` method and the proxy use it). A call that meets an ended session
// may wait for the user: it is answered once the credential is signed in again, or with
// sign-in-required when its wait ends. The tray prompt shows how many calls wait per credential.
class CoreCallAuthorizer : public QObject, public CallAuthorizer
{
    Q_OBJECT

public:
    CoreCallAuthorizer(CredentialCatalog &catalog, TokenManager &tokens, QObject *parent = nullptr);
    ~CoreCallAuthorizer() override;

    void authorize(const Request &request, QObject *context, Done done) override;

    // Calls that wait for the user to sign in to this credential again.
    int waitingCalls(const QString &credentialId) const;

    // The recipe for a call with `token` (Authorization first when generated, then the
    // credential's headers with the merge field replaced); the expiry is left to the caller.
    static CallRecipe recipeFor(const NamedCredential &credential, const QString &token);

Q_SIGNALS:
    void waitingCallsChanged(const QString &credentialId);

private:
    class Pending; // one call until its answer

    void ask(Pending *call);
    void onToken(Pending *call, const QString &credentialId, const QString &token, const CallFailure &failure);
    void startWaiting(Pending *call);
    void finish(Pending *call, const CallRecipe &recipe, const CallFailure &failure);
    void drop(Pending *call);
    void onRecordChanged(const QString &credentialId);
    void onConfigurationChanged();
    CallFailure unusable(const QString &name) const; // not-found, or disabled by its entry's problem

    CredentialCatalog &m_catalog;
    TokenManager &m_tokens;
    QList<Pending *> m_calls; // owned (children); answered ones leave at once
};

} // namespace callout
