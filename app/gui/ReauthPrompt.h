#pragma once

#include "callout/core/Error.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace Ui {
class ReauthPrompt;
}

namespace callout {

class CredentialCatalog;

// Callout's own "Sign in again" window: one row per credential that needs the user, each with its
// reason and a Re-authenticate button, and Later. Used where no actionable notification can be
// shown, and always reachable from the tray.
class ReauthPrompt : public QWidget
{
    Q_OBJECT

public:
    explicit ReauthPrompt(const CredentialCatalog &catalog, QWidget *parent = nullptr);
    ~ReauthPrompt() override;

    // Shows a row for each of these credentials (an empty list hides the window).
    void showFor(const QStringList &credentialIds);
    QStringList shownCredentials() const { return m_rows.keys(); }

    // Progress of a sign-in started from here: a row shows it, closes on success, offers Try again
    // on failure.
    void signInStarted(const QString &credentialId);
    void signInFinished(const QString &credentialId, const Error &error);

    // The plain-words reason shown for a credential ("Demo API: the service ended your session…").
    static QString reasonFor(const CredentialCatalog &catalog, const QString &credentialId);

Q_SIGNALS:
    void reauthenticateRequested(const QString &credentialId);
    void laterRequested();

private:
    struct Row {
        QWidget *widget;
        QLabel *message;
        QPushButton *button;
    };
    Row makeRow(const QString &credentialId);
    void removeRow(const QString &credentialId);

    std::unique_ptr<Ui::ReauthPrompt> m_ui;
    const CredentialCatalog &m_catalog;
    QHash<QString, Row> m_rows;
};

} // namespace callout
