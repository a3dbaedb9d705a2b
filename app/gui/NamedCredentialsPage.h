#pragma once

#include "gui/ConfigurationPage.h"

namespace callout {

class NamedCredentialEditor;

// Settings page "Named Credentials": the list and the editor of every named credential.
class NamedCredentialsPage : public ConfigurationPage
{
    Q_OBJECT

public:
    explicit NamedCredentialsPage(CalloutCore &core, QWidget *parent = nullptr);

Q_SIGNALS:
    // "New…" in the Auth Provider list: the window switches to the Auth. Providers page.
    void newProviderRequested();

protected:
    void loadEditor(const QString &id) override;
    QJsonObject storedJson(const QString &id) const override;
    QJsonObject editedJson(const QString &id) const override;
    QString displayName(const QString &id) const override;
    EditPlan planSave(const QString &id) const override;
    EditPlan planRemove(const QString &id) const override;
    QList<Error> showPlan(const EditPlan &plan) override;
    void configurationFollowed() override;

private:
    NamedCredential edited(const QString &id) const;

    NamedCredentialEditor *m_editor;
};

} // namespace callout
