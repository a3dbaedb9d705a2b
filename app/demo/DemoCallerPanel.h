#pragma once

#include "demo/DemoCaller.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace callout {
class CalloutCore;
}

namespace callout::demo {

struct DemoPolicy;

// The settings window's "Demo caller" page in demo mode: what the demo shows and how to try it,
// the credential's sign-in with a Sign in button, and the caller's log in plain words.
class DemoCallerPanel : public QWidget
{
    Q_OBJECT

public:
    DemoCallerPanel(CalloutCore &core, DemoCaller &caller, const DemoPolicy &policy, QWidget *parent = nullptr);
    ~DemoCallerPanel() override;

private:
    QString credentialId() const;
    void showStatus();
    void showCalling(bool calling);
    void addLine(const DemoCaller::Entry &entry);

    CalloutCore &m_core;
    DemoCaller &m_caller;
    QLabel *m_statusDot;
    QLabel *m_status;
    QPushButton *m_signInButton;
    QPushButton *m_callNowButton;
    QListWidget *m_log;
};

} // namespace callout::demo
