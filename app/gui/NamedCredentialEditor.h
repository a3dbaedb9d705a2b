#pragma once

#include "callout/model/NamedCredential.h"

#include <QWidget>

#include <memory>

namespace Ui {
class NamedCredentialEditor;
}

namespace callout {

class FieldProblems;

// The form of one named credential: Label, Name, URL, Auth Provider, Scope, Generate Authorization
// Header and custom headers (with the token merge field on offer). Only shows and edits the value;
// the page plans and saves it.
class NamedCredentialEditor : public QWidget
{
    Q_OBJECT

public:
    explicit NamedCredentialEditor(QWidget *parent = nullptr);
    ~NamedCredentialEditor() override;

    // The auth providers to choose from (their names); the credential's own stays listed.
    void setProviders(const QStringList &names);
    void setCredential(const NamedCredential &credential);
    // The credential as edited (fields the form does not show are kept from setCredential()).
    NamedCredential credential() const;
    // Problems only the form can see (a header name given twice), as plan problems.
    QList<Error> localProblems() const;
    // Shows each problem and warning at its field; returns those of no field.
    QList<Error> showProblems(const QList<Error> &problems, const QList<Error> &warnings);

Q_SIGNALS:
    void changed();
    // "New…" was chosen in the Auth Provider list: the window shows the Auth. Providers page.
    void newProviderRequested();

private:
    void fillProviders(const QString &selected);
    QString selectedProvider() const;

    std::unique_ptr<Ui::NamedCredentialEditor> m_ui;
    std::unique_ptr<FieldProblems> m_problems;
    NamedCredential m_base;
    QStringList m_providers;
    QString m_selectedProvider;
};

} // namespace callout
