#pragma once

#include "ManualClock.h"
#include "MemorySecretStore.h"
#include "StoreFixture.h"

#include <QStringList>

namespace callout::test {

// A catalog on temporary files with an in-memory keychain and a manual clock, for UI and policy
// tests that need credentials in given states but no network.
class CatalogFixture
{
public:
    CatalogFixture();

    CredentialCatalog &catalog() { return m_files.catalog(); }
    const CredentialCatalog &catalog() const { return m_files.catalog(); }
    ManualClock &clock() { return m_files.clock(); }
    MemorySecretStore &secrets() { return m_secrets; }

    // Imports provider "Demo" and a credential per name (label: `labels` when given, else the name).
    // Returns false (and the reason in a test failure) if the import fails.
    bool importCredentials(const QStringList &names, const QStringList &labels = {});
    QString id(const QString &name) const;
    // Moves a credential to `status` through the allowed transitions from signed-out.
    bool setStatus(const QString &name, AuthStatus status, const QString &reason = {});

private:
    MemorySecretStore m_secrets;
    StoreFixture m_files; // last: its catalog goes before the keychain it uses
};

} // namespace callout::test
