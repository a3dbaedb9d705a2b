#pragma once

#include "ManualClock.h"
#include "callout/store/ConfigStore.h"
#include "callout/store/CredentialCatalog.h"
#include "MemorySecretStore.h"
#include "callout/store/StateStore.h"

#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace callout::test {

// A catalog on temporary files with an in-memory keychain and a manual clock, for UI and policy
// tests that need credentials in given states but no network.
class CatalogFixture
{
public:
    CatalogFixture();

    CredentialCatalog &catalog() { return *m_catalog; }
    ManualClock &clock() { return m_clock; }
    MemorySecretStore &secrets() { return m_secrets; }

    // Imports provider "Demo" and a credential per name (label: `labels` when given, else the name).
    // Returns false (and the reason in a test failure) if the import fails.
    bool importCredentials(const QStringList &names, const QStringList &labels = {});
    QString id(const QString &name) const;
    // Moves a credential to `status` through the allowed transitions from signed-out.
    bool setStatus(const QString &name, AuthStatus status, const QString &reason = {});

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    MemorySecretStore m_secrets;
    std::unique_ptr<ConfigStore> m_configStore;
    std::unique_ptr<StateStore> m_stateStore;
    std::unique_ptr<CredentialCatalog> m_catalog;
};

} // namespace callout::test
