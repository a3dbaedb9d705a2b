#include "callout/session/SignInOverview.h"

#include "callout/store/CredentialCatalog.h"

namespace callout {

SignInOverview SignInOverview::of(const CredentialCatalog &catalog)
{
    SignInOverview overview;
    for (const NamedCredential &credential : catalog.configuration().namedCredentials) {
        const AuthStatus status = catalog.externalAuthentication(credential.id).status;
        if (needsUser(status))
            overview.m_needingUser.append(credential.id);
        overview.m_busy = overview.m_busy || isUnderWay(status);
    }
    return overview;
}

SignInOverview::State SignInOverview::state() const
{
    if (!m_needingUser.isEmpty())
        return State::Attention;
    return m_busy ? State::Busy : State::SignedIn;
}

} // namespace callout
