#pragma once

#include "callout/core/Error.h"

#include <QHash>
#include <QUrl>
#include <QWidget>

#include <chrono>
#include <memory>

namespace Ui {
class ReauthPrompt;
}

namespace callout {

class CredentialCatalog;
class ReauthPromptRow;

// Callout's own "Sign in again" window: one row per credential that needs the user, each with its
// reason and Re-authenticate, and Later. A sign-in started here stays in its row until it ends:
// the address with Copy, Open again and Cancel while the browser is out, Try again after a
// failure, "Signed in to …" for a moment on success. Used where no actionable notification can be
// shown, where the browser could not be opened, and always reachable from the tray.
class ReauthPrompt : public QWidget
{
    Q_OBJECT

public:
    explicit ReauthPrompt(const CredentialCatalog &catalog, QWidget *parent = nullptr);
    ~ReauthPrompt() override;

    // Shows a row for each of these credentials that need the user; rows of sign-ins under way or
    // just finished stay. Hidden once no row is left.
    void showFor(const QStringList &credentialIds);
    QStringList shownCredentials() const { return m_rows.keys(); }
    ReauthPromptRow *row(const QString &credentialId) const { return m_rows.value(credentialId); }
    // The Later button's tooltip says how long it snoozes.
    void setSnooze(std::chrono::minutes snooze);

    // A sign-in started from here, the tray or a notification: its row follows it (added if
    // missing, without showing the window; a browser that could not be opened shows it).
    void signInStarted(const QString &credentialId);
    void showSignInUrl(const QString &credentialId, const QUrl &url, bool browserOpened);
    void signInFinished(const QString &credentialId, const Error &error);
    // How many calls wait for this credential's sign-in: its row says so (now, or once it is shown).
    void setWaitingCalls(const QString &credentialId, int count);

    // The plain-words reason shown for a credential ("Demo API: the service ended your session…").
    static QString reasonFor(const CredentialCatalog &catalog, const QString &credentialId);

Q_SIGNALS:
    void reauthenticateRequested(const QString &credentialId);
    void openAgainRequested(const QString &credentialId);
    void cancelRequested(const QString &credentialId);
    void laterRequested();

private:
    ReauthPromptRow *addRow(const QString &credentialId);
    void removeRow(const QString &credentialId);
    void present();
    void updateHeading();

    std::unique_ptr<Ui::ReauthPrompt> m_ui;
    const CredentialCatalog &m_catalog;
    QHash<QString, ReauthPromptRow *> m_rows;
    QHash<QString, int> m_waitingCalls; // by credential id; only those with calls waiting
};

} // namespace callout
