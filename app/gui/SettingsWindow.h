#pragma once

#include "callout/core/Error.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsWindow;
}

namespace callout {

class CredentialCatalog;
class CredentialTableModel;

// The settings window: "Authentication Settings for External Systems", every named credential
// with its sign-in status. Editing arrives with the settings issue.
class SettingsWindow : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsWindow(CredentialCatalog &catalog, QWidget *parent = nullptr);
    ~SettingsWindow() override;

    // Shows problems found while loading the configuration (empty list hides the banner).
    void showProblems(const QList<Error> &problems);
    // Tells the user about a sign-in: the address to open when no browser could be started, or
    // the outcome.
    void showSignInUrl(const QString &credentialId, const QUrl &url, bool browserOpened);
    void showSignInResult(const QString &credentialId, const Error &error);

Q_SIGNALS:
    void signInRequested(const QString &credentialName);

private:
    void updateEmptyHint();
    void updateActions();
    QString selectedCredentialName() const;
    QString labelOf(const QString &credentialId) const;

    std::unique_ptr<Ui::SettingsWindow> m_ui;
    CredentialCatalog &m_catalog;
    CredentialTableModel *m_model;
};

} // namespace callout
