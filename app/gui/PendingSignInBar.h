#pragma once

#include <QFrame>
#include <QList>
#include <QUrl>

#include <memory>

namespace Ui {
class PendingSignInBar;
}

namespace callout {

class CalloutCore;

// While a sign-in waits for the browser: "Continue in your browser…", the address (selectable, for
// a browser elsewhere or when none could be opened), Copy, Open again and Cancel. Hidden otherwise.
class PendingSignInBar : public QFrame
{
    Q_OBJECT

public:
    explicit PendingSignInBar(CalloutCore &core, QWidget *parent = nullptr);
    ~PendingSignInBar() override;

    // The credential whose sign-in is shown; empty when none is pending.
    QString shownCredential() const;
    // With several pending, show this credential's (the selected row's) when it is one of them.
    void setPreferredCredential(const QString &credentialId);

private:
    struct Pending {
        QString credentialId;
        QUrl url;
        bool browserOpened = false;
    };
    void onSignInUrl(const QString &credentialId, const QUrl &url, bool browserOpened);
    void forget(const QString &credentialId);
    void dropFinished();
    void refresh();
    const Pending *shown() const;

    std::unique_ptr<Ui::PendingSignInBar> m_ui;
    CalloutCore &m_core;
    QList<Pending> m_pending; // oldest first
    QString m_preferred;
};

} // namespace callout
