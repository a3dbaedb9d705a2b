#include "gui/AuthProvidersPage.h"

#include "callout/agent/CalloutCore.h"
#include "gui/AuthProviderEditor.h"

namespace callout {

AuthProvidersPage::AuthProvidersPage(CalloutCore &core, QWidget *parent)
    : ConfigurationPage(core, ConfigurationListModel::Kind::AuthProviders, parent)
    , m_editor(new AuthProviderEditor(this))
{
    setObjectName(QStringLiteral("authProvidersPage"));
    setAccessibleName(tr("Auth. Providers"));
    setEditor(m_editor, tr("Auth. Providers"));
    connect(m_editor, &AuthProviderEditor::changed, this, &AuthProvidersPage::editorChanged);
    startNewEntry();
}

void AuthProvidersPage::loadEditor(const QString &id)
{
    const AuthProvider *stored = core().catalog.configuration().providerById(id);
    m_editor->setProvider(stored ? *stored : AuthProvider{});
    setEditorHeading(stored ? tr("Auth. Provider: %1").arg(stored->name) : tr("New Auth. Provider"));
    if (stored)
        checkStoredSecret(id);
    else
        m_editor->setSecretState(AuthProviderEditor::SecretState::NotStored);
}

void AuthProvidersPage::checkStoredSecret(const QString &id)
{
    m_editor->setSecretState(AuthProviderEditor::SecretState::Checking);
    core().catalog.hasClientSecret(id, this, [this, id](Result<bool> stored) {
        if (currentId() != id)
            return; // another entry is open by now
        if (!stored.ok())
            m_editor->setSecretState(AuthProviderEditor::SecretState::Unknown, stored.error().message);
        else
            m_editor->setSecretState(stored.value() ? AuthProviderEditor::SecretState::Stored
                                                    : AuthProviderEditor::SecretState::NotStored);
    });
}

QJsonObject AuthProvidersPage::storedJson(const QString &id) const
{
    const AuthProvider *stored = core().catalog.configuration().providerById(id);
    return stored ? stored->toJson() : QJsonObject();
}

AuthProvider AuthProvidersPage::edited(const QString &id) const
{
    AuthProvider provider = m_editor->provider();
    provider.id = id;
    return provider;
}

QJsonObject AuthProvidersPage::editedJson(const QString &id) const
{
    return edited(id).toJson();
}

QString AuthProvidersPage::displayName(const QString &id) const
{
    const AuthProvider *stored = core().catalog.configuration().providerById(id);
    return stored ? stored->name : id;
}

EditPlan AuthProvidersPage::planSave(const QString &id) const
{
    EditPlan plan = configedit::saveProvider(core().catalog.configuration(), edited(id), m_editor->secretChange());
    plan.problems += m_editor->localProblems();
    return plan;
}

EditPlan AuthProvidersPage::planRemove(const QString &id) const
{
    return configedit::removeProvider(core().catalog.configuration(), id);
}

QList<Error> AuthProvidersPage::showPlan(const EditPlan &plan)
{
    return m_editor->showProblems(plan.problems, plan.warnings);
}

bool AuthProvidersPage::hasOtherChanges() const
{
    return m_editor->secretChange().kind != ClientSecretChange::Kind::Keep;
}

QList<ClientSecretDiscard> AuthProvidersPage::unexpectedSecretDiscards(const EditPlan &plan) const
{
    QList<ClientSecretDiscard> unexpected = plan.secretDiscards;
    if (m_editor->secretChange().kind == ClientSecretChange::Kind::Remove) // Remove was clicked: no surprise
        unexpected.removeIf([&plan](const ClientSecretDiscard &d) { return d.providerId == plan.entryId; });
    return unexpected;
}

} // namespace callout
