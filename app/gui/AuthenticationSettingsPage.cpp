#include "gui/AuthenticationSettingsPage.h"

#include "callout/agent/CalloutCore.h"
#include "gui/CredentialTableModel.h"
#include "gui/ExternalAuthenticationDialog.h"
#include "gui/PendingSignInBar.h"
#include "gui/ProblemText.h"
#include "gui/SignInDetailsPanel.h"
#include "ui_AuthenticationSettingsPage.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace callout {

AuthenticationSettingsPage::AuthenticationSettingsPage(CalloutCore &core, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuthenticationSettingsPage>())
    , m_core(core)
    , m_model(new CredentialTableModel(core.catalog, this))
    , m_details(new SignInDetailsPanel(core, this))
    , m_pending(new PendingSignInBar(core, this))
{
    m_ui->setupUi(this);
    m_ui->splitter->addWidget(m_details);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_details->setVisible(false); // double-click or Details opens it
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->signInMessage), m_pending);
    m_ui->layout->setStretchFactor(m_ui->splitter, 1); // the table takes the height, not the texts
    setUpTable();
    connectActions();
    connect(&core.signIn, &SignInService::signInFinished, this, &AuthenticationSettingsPage::onSignInFinished);
    connect(&core.catalog, &CredentialCatalog::externalAuthenticationChanged, this,
            &AuthenticationSettingsPage::followMessage);
    connect(&core.catalog, &CredentialCatalog::configurationChanged, this, &AuthenticationSettingsPage::followMessage);
    updateEmptyHint();
    updateActions();
}

AuthenticationSettingsPage::~AuthenticationSettingsPage() = default;

void AuthenticationSettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_details->setVisible(m_ui->detailsButton->isChecked()); // the splitter shows its children with it
}

void AuthenticationSettingsPage::setUpTable()
{
    QTableView *table = m_ui->credentials;
    table->setModel(m_model);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setResizeContentsPrecision(200); // with 10,000 rows, sizing by every row would stall
    header->setMinimumSectionSize(80);
    fitColumns();
    // A reset (configuration changed) keeps the selected credential selected, wherever its row went.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectionBeforeReset = selectedCredentialId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        selectCredential(m_selectionBeforeReset);
        updateEmptyHint();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AuthenticationSettingsPage::updateActions);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QString id = selectedCredentialId();
        if (!id.isEmpty())
            m_details->setCredential(id);
        m_pending->setPreferredCredential(id);
        updateActions();
    });
    // Double-click (or Enter) opens the details.
    connect(table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        showDetails(index.data(CredentialTableModel::CredentialIdRole).toString());
    });
}

void AuthenticationSettingsPage::connectActions()
{
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] { openDialog({}); });
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] { openDialog(selectedCredentialId()); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &AuthenticationSettingsPage::confirmDelete);
    connect(m_ui->reauthenticateButton, &QPushButton::clicked, this, [this] { signIn(selectedCredentialId()); });
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &AuthenticationSettingsPage::signOut);
    connect(m_ui->detailsButton, &QPushButton::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        if (shown)
            m_details->setCredential(selectedCredentialId());
    });
    connect(m_details, &SignInDetailsPanel::closeRequested, m_ui->detailsButton, [this] {
        m_ui->detailsButton->setChecked(false);
        m_ui->credentials->setFocus();
    });
    connect(m_details, &SignInDetailsPanel::reauthenticateRequested, this, &AuthenticationSettingsPage::signIn);
}

// Columns as wide as their contents, but none so wide that the others leave the view: a long
// "Needs fixing" message is elided (its tooltip and the details panel have it whole).
void AuthenticationSettingsPage::fitColumns()
{
    constexpr int WidestColumn = 240;
    QTableView *table = m_ui->credentials;
    table->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        table->setColumnWidth(column, std::min(table->columnWidth(column), WidestColumn));
    // Statuses change after the sizing ("Signed out" → "Signing in…"): leave room for the longer ones.
    constexpr int StatusColumn = CredentialTableModel::Status;
    table->setColumnWidth(StatusColumn, std::max(table->columnWidth(StatusColumn), 200));
}

QString AuthenticationSettingsPage::selectedCredentialId() const
{
    const QModelIndexList rows = m_ui->credentials->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(CredentialTableModel::CredentialIdRole).toString();
}

bool AuthenticationSettingsPage::selectedNeedsFixing() const
{
    const QModelIndexList rows = m_ui->credentials->selectionModel()->selectedRows();
    return !rows.isEmpty() && rows.first().data(CredentialTableModel::NeedsFixingRole).toBool();
}

void AuthenticationSettingsPage::selectCredential(const QString &credentialId)
{
    const int row = credentialId.isEmpty() ? -1 : m_model->rowOf(credentialId);
    if (row < 0) {
        m_ui->credentials->clearSelection();
        return;
    }
    m_ui->credentials->selectRow(row);
    m_ui->credentials->scrollTo(m_model->index(row, 0));
}

void AuthenticationSettingsPage::showDetails(const QString &credentialId)
{
    selectCredential(credentialId);
    m_details->setCredential(credentialId);
    m_ui->detailsButton->setChecked(true);
}

QString AuthenticationSettingsPage::labelOf(const QString &credentialId) const
{
    const NamedCredential *credential = m_core.catalog.configuration().credentialById(credentialId);
    return credential ? credential->displayLabel() : QString();
}

void AuthenticationSettingsPage::updateActions()
{
    const QString id = selectedCredentialId();
    const bool usable = !id.isEmpty() && !selectedNeedsFixing();
    const AuthStatus status = usable ? m_core.catalog.externalAuthentication(id).status : AuthStatus::SignedOut;
    const bool signingIn = usable && (status == AuthStatus::SigningIn || m_core.signIn.isSigningIn(id));
    m_ui->editButton->setEnabled(usable);
    m_ui->deleteButton->setEnabled(usable);
    m_ui->deleteButton->setToolTip(selectedNeedsFixing() ? tr("Fix this entry in callout.json first.") : QString());
    m_ui->reauthenticateButton->setEnabled(usable && !signingIn);
    m_ui->reauthenticateButton->setText(isReauthentication(status) ? tr("&Re-authenticate") : tr("Sign &in"));
    // Where only the user can help, the way out is the obvious button.
    m_ui->reauthenticateButton->setDefault(usable && needsUser(status));
    m_ui->signOutButton->setEnabled(usable && status != AuthStatus::SignedOut && !signingIn);
    m_ui->detailsButton->setEnabled(!id.isEmpty() || m_ui->detailsButton->isChecked());
}

void AuthenticationSettingsPage::updateEmptyHint()
{
    m_ui->emptyHint->setVisible(m_model->rowCount() == 0);
}

void AuthenticationSettingsPage::openDialog(const QString &credentialId)
{
    auto *dialog = new ExternalAuthenticationDialog(m_core, credentialId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExternalAuthenticationDialog::newNamedCredentialRequested, this,
            &AuthenticationSettingsPage::newNamedCredentialRequested);
    connect(dialog, &ExternalAuthenticationDialog::saved, this, [this](const QString &id, bool signInStarted) {
        selectCredential(id);
        if (!signInStarted)
            showMessage(id, tr("Saved the authentication settings of %1.").arg(labelOf(id)));
    });
    dialog->open();
}

void AuthenticationSettingsPage::confirmDelete()
{
    const QString id = selectedCredentialId();
    const QString label = labelOf(id);
    if (label.isEmpty())
        return;
    auto *question = new QMessageBox(QMessageBox::Warning, tr("Delete %1?").arg(label),
                                     tr("Delete the named credential %1? Its sign-in and tokens are deleted too, and "
                                        "programs that use it can no longer call %1.")
                                         .arg(label),
                                     QMessageBox::NoButton, this);
    question->setObjectName(u"deleteConfirmation"_s);
    question->setTextFormat(Qt::PlainText);
    QPushButton *remove = question->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    question->setDefaultButton(question->addButton(QMessageBox::Cancel));
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(remove, &QPushButton::clicked, this, [this, id] { deleteCredential(id); });
    question->open();
}

void AuthenticationSettingsPage::deleteCredential(const QString &credentialId)
{
    const QString label = labelOf(credentialId);
    const EditPlan plan = configedit::removeCredential(m_core.catalog.configuration(), credentialId);
    if (!plan.isValid()) {
        showMessage(credentialId,
                    tr("%1 was not deleted: %2").arg(label, problemtext::describe(plan.problems.first())));
        return;
    }
    QPointer<AuthenticationSettingsPage> self(this);
    m_core.catalog.applyEdit(plan, [self, credentialId, label](const Result<void> &applied) {
        if (!self)
            return;
        self->showMessage(credentialId,
                          applied.ok() ? tr("Deleted %1.").arg(label)
                                       : tr("%1 was not deleted: %2").arg(label, applied.error().message));
    });
}

void AuthenticationSettingsPage::signIn(const QString &credentialId)
{
    if (credentialId.isEmpty())
        return;
    m_ui->signInMessage->setVisible(false); // the pending bar speaks now
    m_core.signIn.signIn(credentialId);     // the outcome comes as signInFinished
    updateActions();
}

void AuthenticationSettingsPage::signOut()
{
    const QString id = selectedCredentialId();
    const NamedCredential *credential = m_core.catalog.configuration().credentialById(id);
    if (!credential)
        return;
    const QString label = credential->displayLabel();
    QPointer<AuthenticationSettingsPage> self(this);
    m_core.signOut.signOut(credential->name, [self, id, label](const Result<void> &done) {
        if (!self)
            return;
        self->showMessage(id,
                          done.ok() ? tr("Signed out of %1.").arg(label)
                                    : tr("Signing out of %1 failed: %2").arg(label, done.error().message));
    });
}

void AuthenticationSettingsPage::onSignInFinished(const QString &credentialId, const Error &error)
{
    const QString label = labelOf(credentialId);
    if (label.isEmpty())
        return;
    showMessage(credentialId,
                error.code == ErrorCode::None ? tr("Signed in to %1.").arg(label)
                                              : tr("Sign-in to %1 did not complete: %2").arg(label, error.message));
    updateActions();
}

void AuthenticationSettingsPage::showMessage(const QString &credentialId, const QString &text)
{
    m_messageCredentialId = credentialId;
    m_messageStatus = m_core.catalog.configuration().credentialById(credentialId)
        ? std::optional(m_core.catalog.externalAuthentication(credentialId).status)
        : std::nullopt;
    m_ui->signInMessage->setText(text);
    m_ui->signInMessage->setVisible(true);
}

// A message is about a state: once the state is another, the message would mislead (issue 16, item 4).
void AuthenticationSettingsPage::followMessage()
{
    if (!m_ui->signInMessage->isVisibleTo(this))
        return;
    const bool exists = m_core.catalog.configuration().credentialById(m_messageCredentialId) != nullptr;
    const std::optional<AuthStatus> now
        = exists ? std::optional(m_core.catalog.externalAuthentication(m_messageCredentialId).status) : std::nullopt;
    if (now != m_messageStatus)
        m_ui->signInMessage->setVisible(false);
}

} // namespace callout
