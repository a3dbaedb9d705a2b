#pragma once

#include "callout/model/ExternalAuthentication.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SignInDetailsPanel;
}

namespace callout {

class CalloutCore;
struct InvalidCredential;
class NamedCredential;

// The side panel of "Authentication Settings for External Systems": everything known about the
// selected sign-in — user, granted vs requested scopes, expiry, refreshes, the last error in the
// server's own words, and its history. Follows the record as it changes.
class SignInDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SignInDetailsPanel(CalloutCore &core, QWidget *parent = nullptr);
    ~SignInDetailsPanel() override;

    // Shows the credential of that id (a valid or a needs-fixing one); empty shows nothing.
    void setCredential(const QString &credentialId);
    const QString &credentialId() const { return m_credentialId; }

Q_SIGNALS:
    // The user wants the scopes that are missing: a new sign-in.
    void reauthenticateRequested(const QString &credentialId);
    void closeRequested();

private:
    void refresh();
    void showCredential(const NamedCredential &credential, const ExternalAuthentication &record);
    void showNeedsFixing(const InvalidCredential &entry);
    void showScopes(const NamedCredential &credential, const ExternalAuthentication &record);
    void showSessionEnd(const NamedCredential &credential, bool hasSession);
    void showLastError(const ExternalAuthentication &record);
    void showHistory(const ExternalAuthentication &record);
    void clearFields();

    std::unique_ptr<Ui::SignInDetailsPanel> m_ui;
    CalloutCore &m_core;
    QString m_credentialId;
};

// "Signed in", "Refreshed", … for people.
QString authEventText(AuthEvent::Kind kind);

} // namespace callout
