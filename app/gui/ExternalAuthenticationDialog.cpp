#include "gui/ExternalAuthenticationDialog.h"

#include "callout/agent/CalloutCore.h"
#include "gui/ProblemText.h"
#include "ui_ExternalAuthenticationDialog.h"

#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// The combo item that leads to the Named Credentials page instead of naming a credential.
constexpr int NewCredentialRole = Qt::UserRole + 1;

} // namespace

ExternalAuthenticationDialog::ExternalAuthenticationDialog(CalloutCore &core, const QString &credentialId,
                                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExternalAuthenticationDialog>())
    , m_core(core)
    , m_editing(!credentialId.isEmpty())
{
    m_ui->setupUi(this);
    setWindowTitle(m_editing ? tr("Edit External Authentication") : tr("New External Authentication"));
    m_ui->credential->setPlaceholderText(tr("Choose a named credential"));
    fillProviders();
    fillCredentials();
    if (m_editing) {
        m_ui->credential->setCurrentIndex(m_ui->credential->findData(credentialId));
        m_ui->credential->setEnabled(false); // an edit is of this one
    }
    takeCredential();

    connect(m_ui->credential, &QComboBox::activated, this, [this](int index) {
        if (m_ui->credential->itemData(index, NewCredentialRole).toBool()) {
            Q_EMIT newNamedCredentialRequested();
            reject();
            return;
        }
        takeCredential();
    });
    connect(m_ui->provider, &QComboBox::currentIndexChanged, this, &ExternalAuthenticationDialog::validate);
    connect(m_ui->scope, &QLineEdit::textChanged, this, &ExternalAuthenticationDialog::validate);
    connect(m_ui->buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &ExternalAuthenticationDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&core.catalog, &CredentialCatalog::configurationChanged, this,
            &ExternalAuthenticationDialog::followConfiguration);
    validate();
}

ExternalAuthenticationDialog::~ExternalAuthenticationDialog() = default;

void ExternalAuthenticationDialog::fillCredentials()
{
    const QString selected = selectedCredentialId();
    const QSignalBlocker blocker(m_ui->credential);
    m_ui->credential->clear();
    // For New, those without a session first: they are what a new sign-in is usually for.
    QList<const NamedCredential *> withoutSession;
    QList<const NamedCredential *> others;
    for (const NamedCredential &credential : m_core.catalog.configuration().namedCredentials) {
        const AuthStatus status = m_core.catalog.externalAuthentication(credential.id).status;
        (status == AuthStatus::SignedOut ? withoutSession : others).append(&credential);
    }
    for (const NamedCredential *credential : withoutSession + others)
        m_ui->credential->addItem(tr("%1 (%2)").arg(credential->displayLabel(), credential->name), credential->id);
    if (!m_editing) {
        m_ui->credential->addItem(tr("New named credential…"));
        m_ui->credential->setItemData(m_ui->credential->count() - 1, true, NewCredentialRole);
    }
    const int again = selected.isEmpty() ? -1 : m_ui->credential->findData(selected);
    const bool firstHasNoSession = !withoutSession.isEmpty();
    m_ui->credential->setCurrentIndex(again >= 0 ? again : (firstHasNoSession && !m_editing ? 0 : -1));
}

void ExternalAuthenticationDialog::fillProviders()
{
    const QString selected = m_ui->provider->currentText();
    const QSignalBlocker blocker(m_ui->provider);
    m_ui->provider->clear();
    for (const AuthProvider &provider : m_core.catalog.configuration().authProviders)
        m_ui->provider->addItem(provider.name);
    m_ui->provider->setCurrentIndex(m_ui->provider->findText(selected));
}

QString ExternalAuthenticationDialog::selectedCredentialId() const
{
    return m_ui->credential->currentData().toString();
}

// The fields show the chosen credential as it is.
void ExternalAuthenticationDialog::takeCredential()
{
    const NamedCredential *credential = m_core.catalog.configuration().credentialById(selectedCredentialId());
    {
        const QSignalBlocker providerBlocker(m_ui->provider);
        const QSignalBlocker scopeBlocker(m_ui->scope);
        m_ui->provider->setCurrentIndex(credential ? m_ui->provider->findText(credential->authProvider) : -1);
        m_ui->scope->setText(credential ? credential->scopes : QString());
        const AuthProvider *provider
            = credential ? m_core.catalog.configuration().providerByName(credential->authProvider) : nullptr;
        m_ui->scope->setPlaceholderText(provider && !provider->defaultScopes.isEmpty()
                                            ? tr("Default: %1").arg(provider->defaultScopes)
                                            : tr("The provider's default scopes"));
    }
    validate();
}

// Changed underneath (the CLI, a file edit, another page): the user's edit stays, judged anew.
void ExternalAuthenticationDialog::followConfiguration()
{
    fillProviders();
    if (!m_editing)
        fillCredentials();
    validate();
}

EditPlan ExternalAuthenticationDialog::plan() const
{
    const Configuration &configuration = m_core.catalog.configuration();
    const NamedCredential *credential = configuration.credentialById(selectedCredentialId());
    if (!credential) {
        EditPlan nothing;
        nothing.base = configuration;
        nothing.configuration = configuration;
        nothing.problems.append(Error(ErrorCode::NotFound,
                                      m_editing ? tr("This named credential was deleted meanwhile.")
                                                : tr("Choose the named credential to sign in to."),
                                      u"name"_s));
        return nothing;
    }
    NamedCredential edited = *credential;
    edited.authProvider = m_ui->provider->currentText();
    edited.scopes = m_ui->scope->text().simplified();
    return configedit::saveCredential(configuration, edited);
}

void ExternalAuthenticationDialog::validate()
{
    const EditPlan planned = plan();
    showProblems(planned);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(planned.isValid() && !m_busy);
}

QLabel *ExternalAuthenticationDialog::problemLabelFor(const QString &field) const
{
    if (field == u"authProvider"_s)
        return m_ui->providerProblem;
    if (field == u"scopes"_s)
        return m_ui->scopeProblem;
    if (field.isEmpty())
        return m_ui->generalProblem;
    return m_ui->credentialProblem; // the credential's own fields are edited on its page
}

void ExternalAuthenticationDialog::showProblems(const EditPlan &plan)
{
    QHash<QLabel *, QStringList> shown;
    for (const Error &problem : plan.problems) {
        QLabel *label = problemLabelFor(problem.field);
        // Next to its field the field needs no naming; elsewhere it does.
        const bool atItsField = label == m_ui->providerProblem || label == m_ui->scopeProblem;
        shown[label].append(atItsField ? problem.message : problemtext::describe(problem));
    }
    for (QLabel *label : {m_ui->credentialProblem, m_ui->providerProblem, m_ui->scopeProblem, m_ui->generalProblem}) {
        label->setText(shown.value(label).join(u'\n'));
        label->setVisible(shown.contains(label));
    }
}

void ExternalAuthenticationDialog::save()
{
    const EditPlan planned = plan();
    if (!planned.isValid() || m_busy)
        return;
    if (planned.discards.isEmpty())
        apply(planned);
    else
        confirmDiscards(planned);
}

// Tokens that go need a new sign-in: the user hears which before anything changes.
void ExternalAuthenticationDialog::confirmDiscards(const EditPlan &plan)
{
    QStringList names;
    for (const TokenDiscard &discard : plan.discards) {
        const NamedCredential *credential = plan.base.credentialById(discard.credentialId);
        names.append(credential ? credential->displayLabel() : discard.credentialName);
    }
    auto *warning = new QMessageBox(
        QMessageBox::Warning, tr("Sign out on Save?"),
        tr("Saving this change signs you out of %1: the tokens are deleted and a new sign-in is needed.")
            .arg(QLocale().createSeparatedList(names)),
        QMessageBox::Save | QMessageBox::Cancel, this);
    warning->setObjectName(u"discardWarning"_s);
    warning->setTextFormat(Qt::PlainText);
    warning->setDefaultButton(QMessageBox::Cancel);
    warning->setAttribute(Qt::WA_DeleteOnClose);
    connect(warning, &QMessageBox::finished, this, [this, plan](int result) {
        if (result == QMessageBox::Save)
            apply(plan);
    });
    warning->open();
}

void ExternalAuthenticationDialog::apply(const EditPlan &plan)
{
    setBusy(true);
    const QString credentialId = plan.entryId.isEmpty() ? selectedCredentialId() : plan.entryId;
    const bool startFlow = m_ui->startFlow->isChecked();
    QPointer<ExternalAuthenticationDialog> self(this);
    m_core.catalog.applyEdit(plan, [self, credentialId, startFlow](const Result<void> &applied) {
        if (!self)
            return;
        self->setBusy(false);
        if (!applied.ok()) {
            self->m_ui->generalProblem->setText(applied.error().message);
            self->m_ui->generalProblem->setVisible(true);
            return;
        }
        if (startFlow)
            self->m_core.signIn.signIn(credentialId); // the outcome comes as signInFinished
        Q_EMIT self->saved(credentialId, startFlow);
        self->accept();
    });
}

void ExternalAuthenticationDialog::setBusy(bool busy)
{
    m_busy = busy;
    validate();
}

} // namespace callout
