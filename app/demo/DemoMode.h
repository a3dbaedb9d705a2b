#pragma once

#include "callout/core/Result.h"
#include "demo/DemoCaller.h"
#include "demo/DemoPolicy.h"
#include "demo/DemoService.h"

#include <QObject>

#include <memory>

class QWidget;

namespace callout {
class CalloutCore;
class Clock;
} // namespace callout

namespace callout::demo {

// `callout --demo`: the demo service's servers, the demo configuration put in place of the last
// run's, and the Demo caller. Every demo run starts afresh: the Demo API credential of the last
// run (record and keychain item) is removed before the new one is imported, since its tokens
// were issued by a server that no longer exists.
class DemoMode : public QObject
{
    Q_OBJECT

public:
    DemoMode(CalloutCore &core, const Clock &clock, const DemoPolicy &policy, QObject *parent = nullptr);
    ~DemoMode() override;

    // Starts the servers (an error when they cannot listen), then sets up the configuration in the
    // background: ready() or failed() follows, and the caller starts with ready().
    Result<void> start();

    DemoService &service() { return m_service; }
    DemoCaller &caller() { return *m_caller; }
    // The settings window's "Demo caller" page.
    QWidget *createPanel(QWidget *parent);

Q_SIGNALS:
    void ready();
    void failed(const QString &message);

private:
    void removeLastRun();
    void importConfiguration();

    CalloutCore &m_core;
    DemoService m_service;
    std::unique_ptr<DemoCaller> m_caller;
};

} // namespace callout::demo
