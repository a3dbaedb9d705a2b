#pragma once

#include <QStringList>

namespace callout {

class CredentialCatalog;

// Where the named credentials stand, all together: which need the user, whether anything is under
// way, and the one overall state the tray shows. Decided here, from the catalog's records only, so
// the tray, the prompt and the attention tracker agree.
class SignInOverview
{
public:
    enum class State {
        SignedIn,  // nothing needs the user and nothing is under way
        Attention, // at least one credential needs the user (wins over Busy)
        Busy,      // a sign-in or refresh is under way
    };

    static SignInOverview of(const CredentialCatalog &catalog);

    // Ids of the credentials that need the user, in configuration order.
    const QStringList &needingUser() const { return m_needingUser; }
    bool isBusy() const { return m_busy; }
    State state() const;

private:
    QStringList m_needingUser;
    bool m_busy = false;
};

} // namespace callout
