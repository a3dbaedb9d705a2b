#include "demo/DemoMode.h"

#include "callout/agent/CalloutCore.h"
#include "demo/DemoCallerPanel.h"

using namespace Qt::StringLiterals;

namespace callout::demo {

namespace {

QString credentialName()
{
    return QString::fromLatin1(DemoService::CredentialName);
}

// Every call's log line also goes to the terminal that started the demo.
void echoToTerminal(const DemoCaller::Entry &entry)
{
    qInfo("callout demo caller: %s", qPrintable(entry.text));
}

} // namespace

DemoMode::DemoMode(CalloutCore &core, const Clock &clock, const DemoPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_service(clock, policy)
    , m_caller(std::make_unique<DemoCaller>(core.catalog, core.calls, credentialName(), policy.callInterval))
{
    connect(m_caller.get(), &DemoCaller::logged, this, &echoToTerminal);
    connect(this, &DemoMode::ready, m_caller.get(), &DemoCaller::start);
}

DemoMode::~DemoMode() = default;

Result<void> DemoMode::start()
{
    if (Result<void> listening = m_service.start(); !listening.ok())
        return listening;
    removeLastRun();
    return {};
}

void DemoMode::removeLastRun()
{
    if (!m_core.catalog.configuration().credentialByName(credentialName())) {
        importConfiguration();
        return;
    }
    m_core.catalog.removeCredential(credentialName(), [this](const Result<void> &removed) {
        if (!removed.ok()) {
            Q_EMIT failed(removed.error().message);
            return;
        }
        importConfiguration();
    });
}

void DemoMode::importConfiguration()
{
    m_core.catalog.importDocument(m_service.importDocument(), true, [this](const Result<ImportPlan> &imported) {
        if (!imported.ok()) {
            Q_EMIT failed(imported.error().message);
            return;
        }
        Q_EMIT ready();
    });
}

QWidget *DemoMode::createPanel(QWidget *parent)
{
    return new DemoCallerPanel(m_core, *m_caller, m_service.policy(), parent);
}

} // namespace callout::demo
