#include "gui/ReauthPrompt.h"

#include "callout/store/CredentialCatalog.h"
#include "gui/ReauthPromptRow.h"
#include "ui_ReauthPrompt.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace callout {

ReauthPrompt::ReauthPrompt(const CredentialCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReauthPrompt>())
    , m_catalog(catalog)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/callout-attention.svg"_s));
    setSnooze(std::chrono::minutes(15));
    connect(m_ui->laterButton, &QPushButton::clicked, this, [this] {
        hide(); // sign-ins under way go on; their rows are there when the prompt comes back
        Q_EMIT laterRequested();
    });
}

ReauthPrompt::~ReauthPrompt() = default;

void ReauthPrompt::setSnooze(std::chrono::minutes snooze)
{
    const auto minutes = int(snooze.count());
    m_ui->laterButton->setToolTip(minutes == 1 ? tr("Remind me in a minute")
                                               : tr("Remind me in %1 minutes").arg(minutes));
}

QString ReauthPrompt::reasonFor(const CredentialCatalog &catalog, const QString &credentialId)
{
    const NamedCredential *credential = catalog.configuration().credentialById(credentialId);
    if (!credential)
        return {};
    // Plain words; the technical reason stays in the settings window and `calloutctl status`. A
    // program may ask for a credential nobody signed in to yet: that is no ended session.
    if (catalog.externalAuthentication(credentialId).awaitsFirstSignIn())
        return tr("%1: a program wants to use it, and you have not signed in yet. Sign in to continue.")
            .arg(credential->displayLabel());
    return tr("%1: the service ended your session. Sign in again to continue.").arg(credential->displayLabel());
}

ReauthPromptRow *ReauthPrompt::addRow(const QString &credentialId)
{
    const NamedCredential *credential = m_catalog.configuration().credentialById(credentialId);
    auto *row = new ReauthPromptRow(credential ? credential->displayLabel() : credentialId, m_ui->rows);
    row->setObjectName(u"row-"_s + (credential ? credential->name : credentialId));
    m_ui->rowsLayout->addWidget(row);
    m_rows.insert(credentialId, row);
    row->setWaitingCalls(m_waitingCalls.value(credentialId));
    connect(row, &ReauthPromptRow::reauthenticateRequested, this,
            [this, credentialId] { Q_EMIT reauthenticateRequested(credentialId); });
    connect(row, &ReauthPromptRow::openAgainRequested, this,
            [this, credentialId] { Q_EMIT openAgainRequested(credentialId); });
    connect(row, &ReauthPromptRow::cancelRequested, this,
            [this, credentialId] { Q_EMIT cancelRequested(credentialId); });
    connect(row, &ReauthPromptRow::finished, this, [this, credentialId] {
        removeRow(credentialId);
        if (m_rows.isEmpty())
            hide();
    });
    return row;
}

void ReauthPrompt::removeRow(const QString &credentialId)
{
    if (ReauthPromptRow *row = m_rows.take(credentialId)) {
        row->hide(); // gone from the window now, though deleted later (it may be the sender)
        m_ui->rowsLayout->removeWidget(row);
        row->deleteLater();
    }
    updateHeading();
}

// What the window asks of the user, as a whole: its rows name each credential.
void ReauthPrompt::updateHeading()
{
    bool needsUser = false;
    bool waiting = false;
    for (const ReauthPromptRow *row : std::as_const(m_rows)) {
        needsUser = needsUser || row->state() == ReauthPromptRow::State::NeedsUser
            || row->state() == ReauthPromptRow::State::Failed;
        waiting = waiting || row->state() == ReauthPromptRow::State::Waiting;
    }
    if (needsUser)
        m_ui->heading->setText(tr("<b>These sign-ins need you.</b> Re-authenticate to continue; programs waiting "
                                  "for a sign-in go on once you are signed in."));
    else if (waiting)
        m_ui->heading->setText(tr("<b>Finish signing in in your browser.</b> Programs waiting for the sign-in go "
                                  "on once you are signed in."));
    else
        m_ui->heading->setText(tr("<b>Done.</b> Programs waiting for the sign-in go on."));
}

void ReauthPrompt::present()
{
    adjustSize();
    show();
    raise();
    activateWindow();
}

void ReauthPrompt::showFor(const QStringList &credentialIds)
{
    // Rows that only asked for the user go when they no longer need to; those under way stay.
    QStringList gone;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const ReauthPromptRow::State state = it.value()->state();
        const bool settled = state == ReauthPromptRow::State::NeedsUser || state == ReauthPromptRow::State::Failed;
        if (settled && !credentialIds.contains(it.key()))
            gone.append(it.key());
    }
    for (const QString &id : std::as_const(gone))
        removeRow(id);
    for (const QString &id : credentialIds) {
        ReauthPromptRow *row = m_rows.value(id);
        if (!row)
            row = addRow(id);
        if (row->state() == ReauthPromptRow::State::NeedsUser)
            row->showNeedsUser(reasonFor(m_catalog, id));
    }
    updateHeading();
    if (m_rows.isEmpty()) {
        hide();
        return;
    }
    if (!credentialIds.isEmpty())
        present();
}

void ReauthPrompt::signInStarted(const QString &credentialId)
{
    ReauthPromptRow *row = m_rows.value(credentialId);
    if (!row)
        row = addRow(credentialId); // shown if the browser fails, or when the prompt is opened
    row->showWaiting();
    updateHeading();
}

void ReauthPrompt::showSignInUrl(const QString &credentialId, const QUrl &url, bool browserOpened)
{
    ReauthPromptRow *row = m_rows.value(credentialId);
    if (!row)
        return; // not started from here: the settings window or the CLI shows it
    row->showAddress(url, browserOpened);
    updateHeading();
    if (!browserOpened)
        present(); // the address is the only way on
}

void ReauthPrompt::signInFinished(const QString &credentialId, const Error &error)
{
    ReauthPromptRow *row = m_rows.value(credentialId);
    if (!row)
        return;
    if (error.code == ErrorCode::None)
        row->showSignedIn();
    else
        row->showFailed(error);
    updateHeading();
}

void ReauthPrompt::setWaitingCalls(const QString &credentialId, int count)
{
    if (count > 0)
        m_waitingCalls.insert(credentialId, count);
    else
        m_waitingCalls.remove(credentialId);
    if (ReauthPromptRow *row = m_rows.value(credentialId))
        row->setWaitingCalls(count);
}

} // namespace callout
