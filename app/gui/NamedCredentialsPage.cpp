#include "gui/NamedCredentialsPage.h"

#include "callout/agent/CalloutCore.h"
#include "gui/NamedCredentialEditor.h"

namespace callout {

NamedCredentialsPage::NamedCredentialsPage(CalloutCore &core, QWidget *parent)
    : ConfigurationPage(core, ConfigurationListModel::Kind::NamedCredentials, parent)
    , m_editor(new NamedCredentialEditor(this))
{
    setObjectName(QStringLiteral("namedCredentialsPage"));
    setAccessibleName(tr("Named Credentials"));
    setEditor(m_editor, tr("Named Credentials"));
    connect(m_editor, &NamedCredentialEditor::changed, this, &NamedCredentialsPage::editorChanged);
    connect(m_editor, &NamedCredentialEditor::newProviderRequested, this, &NamedCredentialsPage::newProviderRequested);
    configurationFollowed();
    startNewEntry();
}

void NamedCredentialsPage::loadEditor(const QString &id)
{
    const NamedCredential *stored = core().catalog.configuration().credentialById(id);
    m_editor->setCredential(stored ? *stored : NamedCredential{});
    setEditorHeading(stored ? tr("Named Credential: %1").arg(stored->displayLabel()) : tr("New Named Credential"));
}

QJsonObject NamedCredentialsPage::storedJson(const QString &id) const
{
    const NamedCredential *stored = core().catalog.configuration().credentialById(id);
    return stored ? stored->toJson() : QJsonObject();
}

NamedCredential NamedCredentialsPage::edited(const QString &id) const
{
    NamedCredential credential = m_editor->credential();
    credential.id = id;
    return credential;
}

QJsonObject NamedCredentialsPage::editedJson(const QString &id) const
{
    return edited(id).toJson();
}

QString NamedCredentialsPage::displayName(const QString &id) const
{
    const NamedCredential *stored = core().catalog.configuration().credentialById(id);
    return stored ? stored->displayLabel() : id;
}

EditPlan NamedCredentialsPage::planSave(const QString &id) const
{
    EditPlan plan = configedit::saveCredential(core().catalog.configuration(), edited(id));
    plan.problems += m_editor->localProblems();
    return plan;
}

EditPlan NamedCredentialsPage::planRemove(const QString &id) const
{
    return configedit::removeCredential(core().catalog.configuration(), id);
}

QList<Error> NamedCredentialsPage::showPlan(const EditPlan &plan)
{
    return m_editor->showProblems(plan.problems, plan.warnings);
}

void NamedCredentialsPage::configurationFollowed()
{
    QStringList names;
    for (const AuthProvider &provider : core().catalog.configuration().authProviders)
        names.append(provider.name);
    names.sort(Qt::CaseInsensitive);
    m_editor->setProviders(names);
}

} // namespace callout
