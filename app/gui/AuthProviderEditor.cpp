#include "gui/AuthProviderEditor.h"

#include "callout/core/Logging.h"
#include "callout/oauth/ProviderDiscovery.h"
#include "gui/FieldProblems.h"
#include "ui_AuthProviderEditor.h"

#include <QLabel>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace callout {

namespace {
QUrl urlFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QUrl() : QUrl(trimmed, QUrl::StrictMode);
}
} // namespace

AuthProviderEditor::AuthProviderEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuthProviderEditor>())
    , m_problems(std::make_unique<FieldProblems>())
    , m_discovery(new ProviderDiscovery(this))
{
    m_ui->setupUi(this);
    m_ui->clientAuthenticationCombo->addItem(tr("None (public client, PKCE only)"), int(ClientAuthentication::None));
    m_ui->clientAuthenticationCombo->addItem(tr("Secret in the request body (client_secret_post)"),
                                             int(ClientAuthentication::Post));
    m_ui->clientAuthenticationCombo->addItem(tr("HTTP Basic (client_secret_basic)"), int(ClientAuthentication::Basic));
    m_ui->parametersTable->setColumnTitles(tr("Parameter"), tr("Value"));
    m_ui->presetCombo->addItem(tr("None: enter the fields yourself"));
    if (Result<ProviderPresets> presets = ProviderPresets::builtIn(); presets.ok())
        m_presets = std::move(presets).value();
    else // a build without its catalogue: the form works without presets
        qCWarning(lcConfig) << "provider presets:" << presets.error().message << presets.error().details;
    for (const ProviderPreset &preset : m_presets.presets())
        m_ui->presetCombo->addItem(preset.title, preset.id);

    m_problems->addField(u"name"_s, tr("Name"), m_ui->nameProblem);
    m_problems->addField(u"issuer"_s, tr("Issuer"), m_ui->issuerProblem);
    m_problems->addField(u"authorizationResponseIssRequired"_s, tr("Issuer"), m_ui->issuerProblem);
    m_problems->addField(u"authorizeUrl"_s, tr("Authorize URL"), m_ui->authorizeUrlProblem);
    m_problems->addField(u"tokenUrl"_s, tr("Token URL"), m_ui->tokenUrlProblem);
    m_problems->addField(u"revocationUrl"_s, tr("Revocation URL"), m_ui->revocationUrlProblem);
    m_problems->addField(u"userInfoUrl"_s, tr("User info URL"), m_ui->userInfoUrlProblem);
    m_problems->addField(u"clientId"_s, tr("Client ID"), m_ui->clientIdProblem);
    m_problems->addField(u"clientSecret"_s, tr("Client Secret"), m_ui->clientSecretProblem);
    m_problems->addField(u"clientAuthentication"_s, tr("Client authentication"), m_ui->clientAuthenticationProblem);
    m_problems->addField(u"defaultScopes"_s, tr("Default scopes"), m_ui->defaultScopesProblem);
    m_problems->addField(u"redirectUri"_s, tr("Redirect URI"), m_ui->redirectUriProblem);
    m_problems->addTable(u"extraAuthorizeParameters"_s, tr("Parameter"), m_ui->parametersTable,
                         m_ui->extraAuthorizeParametersProblem);

    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->issuerEdit, m_ui->authorizeUrlEdit, m_ui->tokenUrlEdit,
                            m_ui->revocationUrlEdit, m_ui->userInfoUrlEdit, m_ui->clientIdEdit, m_ui->clientSecretEdit,
                            m_ui->defaultScopesEdit, m_ui->redirectUriEdit})
        connect(edit, &QLineEdit::textChanged, this, &AuthProviderEditor::changed);
    connect(m_ui->clientAuthenticationCombo, &QComboBox::currentIndexChanged, this, &AuthProviderEditor::changed);
    connect(m_ui->parametersTable, &KeyValueTable::changed, this, &AuthProviderEditor::changed);
    connect(m_ui->discoverButton, &QPushButton::clicked, this, &AuthProviderEditor::discover);
    connect(m_ui->presetCombo, &QComboBox::currentIndexChanged, this, &AuthProviderEditor::showPreset);
    connect(m_ui->presetApplyButton, &QPushButton::clicked, this, &AuthProviderEditor::applyPreset);
    connect(m_ui->replaceSecretButton, &QPushButton::clicked, this, [this] {
        m_replacingSecret = true;
        m_ui->removeSecretButton->setChecked(false);
        updateSecretWidgets();
        m_ui->clientSecretEdit->setFocus();
        Q_EMIT changed();
    });
    connect(m_ui->removeSecretButton, &QPushButton::toggled, this, [this](bool checked) {
        if (checked) {
            m_replacingSecret = false;
            m_ui->clientSecretEdit->clear();
        }
        updateSecretWidgets();
        Q_EMIT changed();
    });
    updateSecretWidgets();
}

AuthProviderEditor::~AuthProviderEditor() = default;

void AuthProviderEditor::setProvider(const AuthProvider &provider)
{
    m_base = provider;
    const QSignalBlocker blocker(this); // one state, not one change per field
    m_ui->presetCombo->setCurrentIndex(0);
    m_ui->nameEdit->setText(provider.name);
    setEndpointFields(provider);
    m_ui->clientIdEdit->setText(provider.clientId);
    m_ui->clientSecretEdit->clear();
    m_ui->discoveryResult->setVisible(false);
    m_replacingSecret = false;
    m_ui->removeSecretButton->setChecked(false);
    updateSecretWidgets();
}

void AuthProviderEditor::setEndpointFields(const AuthProvider &provider)
{
    m_ui->issuerEdit->setText(provider.issuer);
    m_ui->authorizeUrlEdit->setText(provider.authorizeUrl.toString());
    m_ui->tokenUrlEdit->setText(provider.tokenUrl.toString());
    m_ui->revocationUrlEdit->setText(provider.revocationUrl.toString());
    m_ui->userInfoUrlEdit->setText(provider.userInfoUrl.toString());
    m_ui->clientAuthenticationCombo->setCurrentIndex(
        m_ui->clientAuthenticationCombo->findData(int(provider.clientAuthentication)));
    m_ui->defaultScopesEdit->setText(provider.defaultScopes);
    m_ui->redirectUriEdit->setText(provider.redirectUri.toString());
    m_ui->parametersTable->setValues(provider.extraAuthorizeParameters);
}

AuthProvider AuthProviderEditor::provider() const
{
    AuthProvider edited = m_base;
    edited.name = m_ui->nameEdit->text().trimmed();
    edited.issuer = m_ui->issuerEdit->text().trimmed();
    edited.authorizeUrl = urlFromText(m_ui->authorizeUrlEdit->text());
    edited.tokenUrl = urlFromText(m_ui->tokenUrlEdit->text());
    edited.revocationUrl = urlFromText(m_ui->revocationUrlEdit->text());
    edited.userInfoUrl = urlFromText(m_ui->userInfoUrlEdit->text());
    edited.clientId = m_ui->clientIdEdit->text().trimmed();
    edited.clientAuthentication = ClientAuthentication(m_ui->clientAuthenticationCombo->currentData().toInt());
    edited.defaultScopes = m_ui->defaultScopesEdit->text().simplified();
    edited.redirectUri = urlFromText(m_ui->redirectUriEdit->text());
    edited.extraAuthorizeParameters = m_ui->parametersTable->values();
    return edited;
}

ClientSecretChange AuthProviderEditor::secretChange() const
{
    if (m_ui->removeSecretButton->isChecked())
        return ClientSecretChange::remove();
    const QString typed = m_ui->clientSecretEdit->text();
    if (!typed.isEmpty())
        return ClientSecretChange::replaceWith(typed);
    return {};
}

void AuthProviderEditor::setSecretState(SecretState state, const QString &why)
{
    m_secretState = state;
    m_secretStateReason = why;
    updateSecretWidgets();
}

void AuthProviderEditor::updateSecretWidgets()
{
    const bool stored = m_secretState == SecretState::Stored;
    const bool removing = m_ui->removeSecretButton->isChecked();
    m_ui->replaceSecretButton->setVisible(stored);
    m_ui->removeSecretButton->setVisible(stored);
    m_ui->replaceSecretButton->setEnabled(!m_replacingSecret);
    // A stored secret is replaced only on purpose; it is never shown back.
    m_ui->clientSecretEdit->setEnabled(!stored || (m_replacingSecret && !removing));
    m_ui->clientSecretEdit->setPlaceholderText(stored ? tr("Stored (hidden). Replace to enter a new one")
                                                      : tr("Only for confidential clients"));
    QString text;
    switch (m_secretState) {
    case SecretState::Checking: text = tr("Checking the keychain…"); break;
    case SecretState::NotStored: text = tr("No client secret is stored."); break;
    case SecretState::Unknown:
        text = tr("Whether a client secret is stored is unknown: %1").arg(m_secretStateReason);
        break;
    case SecretState::Stored:
        text = removing         ? tr("The stored client secret is deleted from the keychain on Save.")
            : m_replacingSecret ? tr("A client secret is stored; Save replaces it with the one entered.")
                                : tr("A client secret is stored in the keychain.");
        break;
    }
    m_ui->secretStatus->setText(text);
}

QList<Error> AuthProviderEditor::localProblems() const
{
    QList<Error> problems;
    for (const QString &key : m_ui->parametersTable->duplicateKeys())
        problems.append(Error(ErrorCode::InvalidConfiguration, tr("is given more than once"),
                              u"extraAuthorizeParameters."_s + key));
    if (m_replacingSecret && m_ui->clientSecretEdit->text().isEmpty())
        problems.append(
            Error(ErrorCode::InvalidConfiguration, tr("is empty: enter the new secret, or Revert"), u"clientSecret"_s));
    return problems;
}

QList<Error> AuthProviderEditor::showProblems(const QList<Error> &problems, const QList<Error> &warnings)
{
    return m_problems->show(problems, warnings);
}

void AuthProviderEditor::discover()
{
    AuthProvider probe = provider();
    if (probe.issuer.isEmpty()) {
        m_ui->discoveryResult->setText(tr("Enter the issuer first."));
        m_ui->discoveryResult->setVisible(true);
        return;
    }
    // Ask for every endpoint, to show what the issuer says even where a field is filled already.
    probe.authorizeUrl.clear();
    probe.tokenUrl.clear();
    probe.revocationUrl.clear();
    probe.userInfoUrl.clear();
    m_ui->discoverButton->setEnabled(false);
    m_ui->discoveryResult->setStyleSheet({});
    m_ui->discoveryResult->setText(tr("Asking %1 for its metadata…").arg(probe.issuer));
    m_ui->discoveryResult->setVisible(true);
    m_discovery->discover(probe, [this, issuer = probe.issuer](Result<AuthProvider> found) {
        m_ui->discoverButton->setEnabled(true);
        if (m_ui->issuerEdit->text().trimmed() != issuer)
            return; // the issuer changed meanwhile: an old answer
        if (!found.ok()) {
            m_ui->discoveryResult->setStyleSheet(u"QLabel { color: #b00020; }"_s);
            m_ui->discoveryResult->setText(tr("Discovery failed: %1").arg(found.error().message));
            return;
        }
        showDiscovered(found.value());
    });
}

void AuthProviderEditor::showDiscovered(const AuthProvider &found)
{
    QStringList lines{tr("Found in the metadata of %1:").arg(found.issuer)};
    auto take = [&lines](QLineEdit *edit, const QString &fieldName, const QUrl &value) {
        if (value.isEmpty())
            return;
        const QString current = edit->text().trimmed();
        if (current.isEmpty() || urlFromText(current) == value) {
            edit->setText(value.toString());
            lines.append(tr("%1: %2").arg(fieldName, value.toString()));
        } else {
            lines.append(tr("%1: %2 (your entry %3 is kept)").arg(fieldName, value.toString(), current));
        }
    };
    take(m_ui->authorizeUrlEdit, tr("Authorize URL"), found.authorizeUrl);
    take(m_ui->tokenUrlEdit, tr("Token URL"), found.tokenUrl);
    take(m_ui->revocationUrlEdit, tr("Revocation URL"), found.revocationUrl);
    take(m_ui->userInfoUrlEdit, tr("User info URL"), found.userInfoUrl);
    if (found.authorizationResponseIssRequired)
        lines.append(tr("The issuer sends “iss” with its responses; Callout will require it."));
    m_base.authorizationResponseIssRequired = found.authorizationResponseIssRequired;
    m_ui->discoveryResult->setText(lines.join(u'\n'));
    Q_EMIT changed();
}

const ProviderPreset *AuthProviderEditor::chosenPreset() const
{
    return m_presets.find(m_ui->presetCombo->currentData().toString());
}

void AuthProviderEditor::showPreset()
{
    while (m_ui->presetAnswersForm->rowCount() > 0)
        m_ui->presetAnswersForm->removeRow(0);
    m_presetValues.clear();
    m_ui->presetProblem->setVisible(false);
    const ProviderPreset *preset = chosenPreset();
    m_ui->presetPanel->setVisible(preset != nullptr);
    if (!preset)
        return;
    QStringList typed;
    for (const PresetQuestion &question : preset->questions) {
        typed.append(question.label);
        if (!question.isPlaceholder())
            continue;
        auto *edit = new QLineEdit(m_ui->presetPanel);
        edit->setObjectName(u"presetValue_"_s + question.key);
        edit->setAccessibleName(question.label);
        edit->setToolTip(question.help);
        edit->setPlaceholderText(ProviderPreset::sampleValue(question.kind));
        m_ui->presetAnswersForm->addRow(tr("%1:").arg(question.label), edit);
        m_presetValues.insert(question.key, edit);
    }
    QStringList notes{tr("You type: %1.").arg(typed.join(u", "_s)), tr("Redirect: %1").arg(preset->redirectNote),
                      tr("Refresh: %1").arg(preset->refresh)};
    for (const QString &note : preset->notes)
        notes.append(tr("Note: %1").arg(note));
    m_ui->presetNotes->setText(notes.join(u'\n'));
}

void AuthProviderEditor::applyPreset()
{
    const ProviderPreset *preset = chosenPreset();
    if (!preset)
        return;
    QMap<QString, QString> values;
    for (auto it = m_presetValues.begin(); it != m_presetValues.end(); ++it)
        values.insert(it.key(), it.value()->text());
    const Result<AuthProvider> filled = preset->fill(values);
    m_ui->presetProblem->setVisible(!filled.ok());
    if (!filled.ok()) {
        m_ui->presetProblem->setText(filled.error().details.join(u'\n'));
        return;
    }
    setEndpointFields(filled.value());
    m_base.authorizationResponseIssRequired = false; // discovery sets it again for the new issuer
    m_ui->discoveryResult->setVisible(false);
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        m_ui->nameEdit->setText(preset->defaultName);
    m_ui->clientIdEdit->setFocus();
    Q_EMIT changed();
}

} // namespace callout
