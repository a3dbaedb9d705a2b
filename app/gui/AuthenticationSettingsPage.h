#pragma once

#include "callout/core/Error.h"
#include "callout/model/AuthStatus.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class AuthenticationSettingsPage;
}

namespace callout {

class CalloutCore;
class CredentialTableModel;
class PendingSignInBar;
class SignInDetailsPanel;

// "Authentication Settings for External Systems": every named credential's sign-in, with New, Edit,
// Delete, Re-authenticate (or Sign in) and Sign out; the entries of callout.json that need fixing;
// the details of the selected one; a pending sign-in's address. Changes go through the core only.
class AuthenticationSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuthenticationSettingsPage(CalloutCore &core, QWidget *parent = nullptr);
    ~AuthenticationSettingsPage() override;

    QString selectedCredentialId() const;
    void selectCredential(const QString &credentialId);
    // Opens the side panel with the credential's details.
    void showDetails(const QString &credentialId);

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // The user wants to create a named credential (its page does that).
    void newNamedCredentialRequested();

private:
    void setUpTable();
    void fitColumns();
    void connectActions();
    void updateActions();
    void updateEmptyHint();
    void openDialog(const QString &credentialId);
    void confirmDelete();
    void deleteCredential(const QString &credentialId);
    void signIn(const QString &credentialId);
    void signOut();
    void onSignInFinished(const QString &credentialId, const Error &error);
    // A line under the table about one credential, true while its status stays `status` (nothing:
    // while it does not exist); followMessage() hides it once that is no longer so.
    void showMessage(const QString &credentialId, const QString &text);
    void followMessage();
    QString labelOf(const QString &credentialId) const;
    bool selectedNeedsFixing() const;

    std::unique_ptr<Ui::AuthenticationSettingsPage> m_ui;
    CalloutCore &m_core;
    CredentialTableModel *m_model;
    SignInDetailsPanel *m_details;
    PendingSignInBar *m_pending;
    QString m_selectionBeforeReset;
    QString m_messageCredentialId;
    std::optional<AuthStatus> m_messageStatus;
};

} // namespace callout
