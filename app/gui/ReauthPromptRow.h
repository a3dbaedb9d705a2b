#pragma once

#include "callout/core/Error.h"

#include <QFrame>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>

namespace Ui {
class ReauthPromptRow;
}

namespace callout {

// One credential in the re-authenticate prompt, named in every state: it needs the user
// (Re-authenticate), waits for the browser (the address with Copy, Open again and Cancel; said
// plainly when no browser opened), failed (the reason, Try again), or is signed in (said for a
// moment, then finished() asks the prompt to drop the row).
class ReauthPromptRow : public QFrame
{
    Q_OBJECT

public:
    enum class State { NeedsUser, Waiting, Failed, SignedIn };
    static constexpr std::chrono::milliseconds SignedInShownFor{2500};

    explicit ReauthPromptRow(QString label, QWidget *parent = nullptr);
    ~ReauthPromptRow() override;

    State state() const { return m_state; }
    QString message() const;

    void showNeedsUser(const QString &reason);
    void showWaiting(); // before the address is known
    void showAddress(const QUrl &url, bool browserOpened);
    void showFailed(const Error &error);
    void showSignedIn();
    // Calls through this credential that wait for the sign-in (said below the message; 0 hides it).
    void setWaitingCalls(int count);
    int waitingCalls() const { return m_waitingCalls; }
    QString waitingCallsText() const;

Q_SIGNALS:
    void reauthenticateRequested();
    void openAgainRequested();
    void cancelRequested();
    void finished(); // the success was shown long enough

private:
    void enter(State state, const QString &message);

    std::unique_ptr<Ui::ReauthPromptRow> m_ui;
    QString m_label;
    State m_state = State::NeedsUser;
    int m_waitingCalls = 0;
    QTimer m_doneTimer;
};

} // namespace callout
