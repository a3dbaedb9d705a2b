#include "gui/SettingsWindow.h"

#include "callout/store/CredentialCatalog.h"
#include "gui/CredentialTableModel.h"
#include "ui_SettingsWindow.h"

#include <QHeaderView>

namespace callout {

SettingsWindow::SettingsWindow(CredentialCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SettingsWindow>())
    , m_catalog(catalog)
    , m_model(new CredentialTableModel(catalog, this))
{
    m_ui->setupUi(this);
    m_ui->credentials->setModel(m_model);
    m_ui->credentials->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SettingsWindow::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SettingsWindow::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SettingsWindow::updateActions);
    connect(m_ui->credentials->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SettingsWindow::updateActions);
    connect(m_ui->signInButton, &QPushButton::clicked, this, [this] {
        const QString name = selectedCredentialName();
        if (!name.isEmpty())
            Q_EMIT signInRequested(name);
    });
    updateEmptyHint();
    updateActions();
}

SettingsWindow::~SettingsWindow() = default;

void SettingsWindow::showProblems(const QList<Error> &problems)
{
    QStringList lines;
    for (const Error &problem : problems) {
        lines.append(problem.toString());
        lines += problem.details;
    }
    m_ui->problems->setText(lines.join(u'\n'));
    m_ui->problems->setVisible(!lines.isEmpty());
}

QString SettingsWindow::selectedCredentialName() const
{
    const QModelIndexList rows = m_ui->credentials->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->index(rows.first().row(), CredentialTableModel::Name).data().toString();
}

QString SettingsWindow::labelOf(const QString &credentialId) const
{
    const NamedCredential *credential = m_catalog.configuration().credentialById(credentialId);
    return credential ? credential->displayLabel() : QString();
}

void SettingsWindow::updateActions()
{
    const NamedCredential *credential = m_catalog.configuration().credentialByName(selectedCredentialName());
    const AuthStatus status
        = credential ? m_catalog.externalAuthentication(credential->id).status : AuthStatus::SignedOut;
    m_ui->signInButton->setEnabled(credential && status != AuthStatus::SigningIn);
    m_ui->signInButton->setText(isReauthentication(status) ? tr("Re-authenticate") : tr("Sign in"));
}

void SettingsWindow::showSignInUrl(const QString &credentialId, const QUrl &url, bool browserOpened)
{
    m_ui->signInMessage->setText(
        browserOpened ? tr("Continue signing in to %1 in your browser.").arg(labelOf(credentialId))
                      : tr("No browser could be opened. To sign in to %1, open this address in a browser on this "
                           "computer:\n%2")
                            .arg(labelOf(credentialId), url.toString(QUrl::FullyEncoded)));
    m_ui->signInMessage->setVisible(true);
}

void SettingsWindow::showSignInResult(const QString &credentialId, const Error &error)
{
    m_ui->signInMessage->setText(
        error.code == ErrorCode::None
            ? tr("Signed in to %1.").arg(labelOf(credentialId))
            : tr("Sign-in to %1 did not complete: %2").arg(labelOf(credentialId), error.message));
    m_ui->signInMessage->setVisible(true);
    updateActions();
}

void SettingsWindow::updateEmptyHint()
{
    m_ui->emptyHint->setVisible(m_model->rowCount() == 0);
}

} // namespace callout
