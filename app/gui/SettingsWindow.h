#pragma once

#include "callout/core/Error.h"

#include <QIcon>
#include <QWidget>

#include <memory>

namespace Ui {
class SettingsWindow;
}

namespace callout {

class AuthProvidersPage;
class AuthenticationSettingsPage;
class CalloutCore;
class NamedCredentialsPage;

// The settings window: a list of pages on the left, the chosen page on the right, and above it a
// banner naming the credentials of callout.json that need fixing (it follows the file). The first
// page is "Authentication Settings for External Systems". Closing it never quits the agent; it
// remembers its size (outside callout.json).
class SettingsWindow : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsWindow(CalloutCore &core, QWidget *parent = nullptr);
    ~SettingsWindow() override;

    void addPage(QWidget *page, const QString &title, const QIcon &icon = {});
    void showPage(QWidget *page);
    QWidget *currentPage() const;
    AuthenticationSettingsPage *authenticationPage() const { return m_authentication; }
    NamedCredentialsPage *namedCredentialsPage() const { return m_namedCredentials; }
    AuthProvidersPage *authProvidersPage() const { return m_authProviders; }

    // Problems found at start that are not callout.json's (e.g. state.json was unreadable): shown in
    // the banner with the file's own.
    void setStartupProblems(const QList<Error> &problems);

protected:
    void closeEvent(QCloseEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fitPageListTo(const QString &title);
    void updateBanner();
    void rememberGeometry() const;
    QString uiStateFile() const;

    std::unique_ptr<Ui::SettingsWindow> m_ui;
    CalloutCore &m_core;
    AuthenticationSettingsPage *m_authentication;
    NamedCredentialsPage *m_namedCredentials;
    AuthProvidersPage *m_authProviders;
    QList<Error> m_startupProblems;
};

} // namespace callout
