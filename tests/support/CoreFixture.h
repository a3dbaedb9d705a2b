#pragma once

#include "ManualClock.h"
#include "MemorySecretStore.h"
#include "ScriptedBrowser.h"
#include "callout/agent/CalloutCore.h"

#include <QStringList>
#include <QTemporaryDir>

#include <functional>

#include <memory>

namespace callout::test {

// The agent's core (CalloutCore) on temporary files, with an in-memory keychain, a scripted
// browser and a manual clock: what the settings window's pages are built on in tests.
class CoreFixture
{
public:
    CoreFixture();
    ~CoreFixture();
    CoreFixture(const CoreFixture &) = delete;
    CoreFixture &operator=(const CoreFixture &) = delete;

    CalloutCore &core() { return *m_core; }
    CredentialCatalog &catalog() { return m_core->catalog; }
    MemorySecretStore &secrets() { return m_secrets; }
    ScriptedBrowser &browser() { return m_browser; }
    ManualClock &clock() { return m_clock; }
    QString configPath() const { return m_dir.filePath(QStringLiteral("callout.json")); }

    // Imports providers "Demo" and "Other" (unless there) and a credential of Demo per name (label:
    // `labels` when given, else the name). False (with the failure recorded) when the import failed.
    bool importCredentials(const QStringList &names, const QStringList &labels = {});
    QString id(const QString &name) const;
    // Moves a credential to `status` through the allowed transitions from where it is.
    bool setStatus(const QString &name, AuthStatus status, const QString &reason = {});
    // Changes a credential's record and saves it.
    bool changeRecord(const QString &name, const std::function<void(ExternalAuthentication &)> &change);

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    MemorySecretStore m_secrets;
    ScriptedBrowser m_browser;
    std::unique_ptr<CalloutCore> m_core; // last: it uses the others
};

} // namespace callout::test
