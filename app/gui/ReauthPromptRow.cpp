#include "gui/ReauthPromptRow.h"

#include "ui_ReauthPromptRow.h"

#include <QClipboard>
#include <QGuiApplication>

namespace callout {

ReauthPromptRow::ReauthPromptRow(QString label, QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::ReauthPromptRow>())
    , m_label(std::move(label))
{
    m_ui->setupUi(this);
    m_ui->reauthenticateButton->setDefault(true);
    m_ui->reauthenticateButton->setAutoDefault(true);
    setWaitingCalls(0);
    m_doneTimer.setSingleShot(true);
    m_doneTimer.setInterval(SignedInShownFor);
    connect(&m_doneTimer, &QTimer::timeout, this, &ReauthPromptRow::finished);
    connect(m_ui->reauthenticateButton, &QPushButton::clicked, this, &ReauthPromptRow::reauthenticateRequested);
    connect(m_ui->openAgainButton, &QPushButton::clicked, this, &ReauthPromptRow::openAgainRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ReauthPromptRow::cancelRequested);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->address->text()); });
}

ReauthPromptRow::~ReauthPromptRow() = default;

QString ReauthPromptRow::message() const
{
    return m_ui->message->text();
}

void ReauthPromptRow::enter(State state, const QString &message)
{
    m_state = state;
    m_ui->message->setText(message);
    m_ui->reauthenticateButton->setVisible(state == State::NeedsUser || state == State::Failed);
    m_ui->reauthenticateButton->setText(state == State::Failed ? tr("&Try again") : tr("&Re-authenticate"));
    m_ui->reauthenticateButton->setAccessibleName(state == State::Failed ? tr("Try again to sign in to %1").arg(m_label)
                                                                         : tr("Re-authenticate %1").arg(m_label));
    m_ui->waiting->setVisible(state == State::Waiting);
    if (state == State::SignedIn)
        m_doneTimer.start();
    else
        m_doneTimer.stop();
}

void ReauthPromptRow::showNeedsUser(const QString &reason)
{
    enter(State::NeedsUser, reason);
}

void ReauthPromptRow::showWaiting()
{
    m_ui->address->clear();
    enter(State::Waiting, tr("%1: opening your browser…").arg(m_label));
    m_ui->copyButton->setEnabled(false);
    m_ui->openAgainButton->setEnabled(false);
}

void ReauthPromptRow::showAddress(const QUrl &url, bool browserOpened)
{
    m_ui->address->setText(url.toString(QUrl::FullyEncoded));
    m_ui->address->setCursorPosition(0);
    enter(State::Waiting,
          browserOpened
              ? tr("%1: continue in your browser… Callout waits for the sign-in to finish.").arg(m_label)
              : tr("%1: no browser could be opened. Open this address in a browser on this computer:").arg(m_label));
    m_ui->copyButton->setEnabled(true);
    m_ui->openAgainButton->setEnabled(true);
    if (!browserOpened)
        m_ui->copyButton->setFocus();
}

void ReauthPromptRow::showFailed(const Error &error)
{
    enter(State::Failed, tr("%1: the sign-in did not complete: %2").arg(m_label, error.message));
}

void ReauthPromptRow::showSignedIn()
{
    enter(State::SignedIn, tr("Signed in to %1.").arg(m_label));
}

void ReauthPromptRow::setWaitingCalls(int count)
{
    m_waitingCalls = count;
    // The singular has its own source string so that English reads right without a translation.
    m_ui->waitingCalls->setText(count == 1
                                    ? tr("A call is waiting: it goes on once you are signed in.")
                                    : tr("%n calls are waiting: they go on once you are signed in.", nullptr, count));
    m_ui->waitingCalls->setVisible(count > 0);
}

QString ReauthPromptRow::waitingCallsText() const
{
    return m_waitingCalls > 0 ? m_ui->waitingCalls->text() : QString();
}

} // namespace callout
