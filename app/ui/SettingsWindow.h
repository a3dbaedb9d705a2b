#pragma once

#include "callout/Error.h"

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

private:
    void updateEmptyHint();

    std::unique_ptr<Ui::SettingsWindow> m_ui;
    CredentialTableModel *m_model;
};

} // namespace callout
