#pragma once

#include "ManualClock.h"
#include "callout/model/TokenSet.h"
#include "callout/store/ConfigStore.h"
#include "callout/store/CredentialCatalog.h"
#include "callout/store/StateStore.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace callout {
class Clock;
class SecretStore;
} // namespace callout

namespace callout::test {

// Callout's files in a temporary folder of their own, laid out as on a real system
// (config/callout/callout.json, data/callout/state.json), a manual clock, and on demand the stores
// and the catalog over them, as a start of Callout builds them (load() is the test's to call).
class StoreFixture
{
public:
    StoreFixture() = default;
    ~StoreFixture();
    StoreFixture(const StoreFixture &) = delete;
    StoreFixture &operator=(const StoreFixture &) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString configPath() const;
    QString statePath() const;

    ManualClock &clock() { return m_clock; }

    // The stores and the catalog over this folder, with the test's keychain and clock() (or
    // another clock); called again, they are built anew over the same files (a restart).
    CredentialCatalog &open(SecretStore &secrets) { return open(secrets, m_clock); }
    CredentialCatalog &open(SecretStore &secrets, const Clock &clock);
    // The catalog first: pending callbacks are bound to it.
    void close();
    CredentialCatalog &catalog() { return *m_catalog; }
    const CredentialCatalog &catalog() const { return *m_catalog; }

    // The names in the folder of `file`, hidden ones too, sorted: what a save left next to it.
    static QStringList entriesNextTo(const QString &file);
    // Declares the warning a store logs when it moves an unreadable `file` aside to `aside`.
    static void expectMovedAside(const QString &file, const QString &aside);

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<ConfigStore> m_configStore;
    std::unique_ptr<StateStore> m_stateStore;
    std::unique_ptr<CredentialCatalog> m_catalog;
};

// Imports `document` into `catalog` and waits for the outcome (see Awaited).
Result<ImportPlan> importAndWait(CredentialCatalog &catalog, const QByteArray &document, bool replace = false,
                                 int timeoutMs = 20000);
// The same, judged: true when imported. When the keychain is not usable the test is skipped
// (fails in CI); any other failure is recorded.
bool importInto(CredentialCatalog &catalog, const QByteArray &document);

// The tokens `secrets` holds for a credential, waited for (empty when there are none).
TokenSet storedTokens(SecretStore &secrets, const QString &credentialId);
// Stores `tokens` for a credential and waits; false, with the failure recorded, when that failed.
bool storeTokens(SecretStore &secrets, const QString &credentialId, const TokenSet &tokens);

} // namespace callout::test
