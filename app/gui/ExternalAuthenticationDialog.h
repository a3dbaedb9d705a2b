#pragma once

#include "callout/model/ConfigurationEdit.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExternalAuthenticationDialog;
}

class QLabel;

namespace callout {

class CalloutCore;

// "External Authentication" for one named credential, as Salesforce's per-user page edits it:
// External System Definition (the named credential), Authentication Protocol (OAuth 2.0),
// Authentication Provider, Scope and "Start Authentication Flow on Save". Save applies a
// configedit plan through the catalog (the same rules as import), asks first when the change
// discards tokens, then starts the sign-in if asked to.
class ExternalAuthenticationDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty id: New (the user chooses the named credential; those without a session first).
    ExternalAuthenticationDialog(CalloutCore &core, const QString &credentialId, QWidget *parent = nullptr);
    ~ExternalAuthenticationDialog() override;

    // What Save would do with the fields as they are.
    EditPlan plan() const;
    QString selectedCredentialId() const;

Q_SIGNALS:
    // "New named credential…" was chosen: the window shows the Named Credentials page.
    void newNamedCredentialRequested();
    // Saved; `signInStarted` when the authentication flow was started.
    void saved(const QString &credentialId, bool signInStarted);

private:
    void fillCredentials();
    void fillProviders();
    void takeCredential();
    void followConfiguration();
    void validate();
    void showProblems(const EditPlan &plan);
    QLabel *problemLabelFor(const QString &field) const;
    void save();
    void confirmDiscards(const EditPlan &plan);
    void apply(const EditPlan &plan);
    void setBusy(bool busy);

    std::unique_ptr<Ui::ExternalAuthenticationDialog> m_ui;
    CalloutCore &m_core;
    bool m_editing; // an existing sign-in: the credential is fixed
    bool m_busy = false;
};

} // namespace callout
