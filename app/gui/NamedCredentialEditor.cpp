#include "gui/NamedCredentialEditor.h"

#include "gui/FieldProblems.h"
#include "ui_NamedCredentialEditor.h"

#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace callout {

namespace {
constexpr int NewProviderRole = Qt::UserRole + 1;

QUrl urlFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QUrl() : QUrl(trimmed, QUrl::StrictMode);
}
} // namespace

NamedCredentialEditor::NamedCredentialEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NamedCredentialEditor>())
    , m_problems(std::make_unique<FieldProblems>())
{
    m_ui->setupUi(this);
    m_ui->headersTable->setColumnTitles(tr("Header"), tr("Value"));
    QPushButton *insertToken = m_ui->headersTable->addButton(tr("Insert &token field"), tr("Insert token field"));
    insertToken->setObjectName(u"insertTokenFieldButton"_s);
    insertToken->setToolTip(tr("Insert %1: replaced by the access token in each call")
                                .arg(QLatin1StringView(NamedCredential::OAuthTokenMergeField)));
    connect(insertToken, &QPushButton::clicked, this,
            [this] { m_ui->headersTable->insertIntoValue(QLatin1StringView(NamedCredential::OAuthTokenMergeField)); });

    m_problems->addField(u"label"_s, tr("Label"), m_ui->labelProblem);
    m_problems->addField(u"name"_s, tr("Name"), m_ui->nameProblem);
    m_problems->addField(u"url"_s, tr("URL"), m_ui->urlProblem);
    m_problems->addField(u"authProvider"_s, tr("Auth Provider"), m_ui->authProviderProblem);
    m_problems->addField(u"scopes"_s, tr("Scope"), m_ui->scopesProblem);
    m_problems->addField(u"sessionHours"_s, tr("Sessions end after"), m_ui->sessionHoursProblem);
    m_problems->addField(u"generateAuthorizationHeader"_s, tr("Generate Authorization Header"),
                         m_ui->generateAuthorizationHeaderProblem);
    m_problems->addTable(u"headers"_s, tr("Header"), m_ui->headersTable, m_ui->headersProblem);

    for (QLineEdit *edit : {m_ui->labelEdit, m_ui->nameEdit, m_ui->urlEdit, m_ui->scopesEdit})
        connect(edit, &QLineEdit::textChanged, this, &NamedCredentialEditor::changed);
    connect(m_ui->generateAuthorizationHeader, &QCheckBox::toggled, this, &NamedCredentialEditor::changed);
    connect(m_ui->sessionHoursSpin, &QSpinBox::valueChanged, this, &NamedCredentialEditor::changed);
    connect(m_ui->headersTable, &KeyValueTable::changed, this, &NamedCredentialEditor::changed);
    connect(m_ui->providerCombo, &QComboBox::activated, this, [this](int index) {
        if (!m_ui->providerCombo->itemData(index, NewProviderRole).toBool()) {
            fillProviders(m_ui->providerCombo->itemData(index).toString()); // drops "Choose…" once chosen
            Q_EMIT changed();
            return;
        }
        fillProviders(m_selectedProvider); // "New…" is an action, not a choice
        Q_EMIT newProviderRequested();
    });
}

NamedCredentialEditor::~NamedCredentialEditor() = default;

void NamedCredentialEditor::setProviders(const QStringList &names)
{
    m_providers = names;
    fillProviders(selectedProvider());
}

void NamedCredentialEditor::fillProviders(const QString &selected)
{
    m_selectedProvider = selected;
    QComboBox *combo = m_ui->providerCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (selected.isEmpty())
        combo->addItem(tr("Choose an auth provider…"), QString());
    for (const QString &name : m_providers)
        combo->addItem(name, name);
    if (!selected.isEmpty() && !m_providers.contains(selected))
        combo->addItem(selected, selected); // a provider that is gone stays visible: validation names it
    combo->insertSeparator(combo->count());
    combo->addItem(tr("New…"));
    combo->setItemData(combo->count() - 1, true, NewProviderRole);
    combo->setCurrentIndex(combo->findData(selected));
}

QString NamedCredentialEditor::selectedProvider() const
{
    return m_selectedProvider;
}

void NamedCredentialEditor::setCredential(const NamedCredential &credential)
{
    m_base = credential;
    const QSignalBlocker blocker(this); // one state, not one change per field
    m_ui->labelEdit->setText(credential.label);
    m_ui->nameEdit->setText(credential.name);
    m_ui->urlEdit->setText(credential.url.toString());
    fillProviders(credential.authProvider);
    m_ui->scopesEdit->setText(credential.scopes);
    m_ui->sessionHoursSpin->setValue(credential.sessionHours);
    m_ui->generateAuthorizationHeader->setChecked(credential.generateAuthorizationHeader);
    m_ui->headersTable->setValues(credential.headers);
}

NamedCredential NamedCredentialEditor::credential() const
{
    NamedCredential edited = m_base;
    edited.label = m_ui->labelEdit->text().trimmed();
    edited.name = m_ui->nameEdit->text().trimmed();
    edited.url = urlFromText(m_ui->urlEdit->text());
    edited.authProvider = selectedProvider();
    edited.scopes = m_ui->scopesEdit->text().simplified();
    edited.sessionHours = m_ui->sessionHoursSpin->value();
    edited.generateAuthorizationHeader = m_ui->generateAuthorizationHeader->isChecked();
    edited.headers = m_ui->headersTable->values();
    return edited;
}

QList<Error> NamedCredentialEditor::localProblems() const
{
    QList<Error> problems;
    for (const QString &key : m_ui->headersTable->duplicateKeys())
        problems.append(Error(ErrorCode::InvalidConfiguration, tr("is given more than once"), u"headers."_s + key));
    return problems;
}

QList<Error> NamedCredentialEditor::showProblems(const QList<Error> &problems, const QList<Error> &warnings)
{
    return m_problems->show(problems, warnings);
}

} // namespace callout
