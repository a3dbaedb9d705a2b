#pragma once

#include "gui/ConfigurationPage.h"

namespace callout {

class AuthProviderEditor;

// Settings page "Auth. Providers": the list and the editor of every auth provider, with Discover
// and the write-only client secret.
class AuthProvidersPage : public ConfigurationPage
{
    Q_OBJECT

public:
    explicit AuthProvidersPage(CalloutCore &core, QWidget *parent = nullptr);

protected:
    void loadEditor(const QString &id) override;
    QJsonObject storedJson(const QString &id) const override;
    QJsonObject editedJson(const QString &id) const override;
    QString displayName(const QString &id) const override;
    EditPlan planSave(const QString &id) const override;
    EditPlan planRemove(const QString &id) const override;
    QList<Error> showPlan(const EditPlan &plan) override;
    bool hasOtherChanges() const override;
    QList<ClientSecretDiscard> unexpectedSecretDiscards(const EditPlan &plan) const override;

private:
    AuthProvider edited(const QString &id) const;
    void checkStoredSecret(const QString &id);

    AuthProviderEditor *m_editor;
};

} // namespace callout
