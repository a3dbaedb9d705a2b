#pragma once

#include "callout/model/ConfigurationEdit.h"
#include "gui/ConfigurationListModel.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>

namespace Ui {
class ConfigurationPage;
}

namespace callout {

class CalloutCore;

// A settings page with a list of entries (auth providers or named credentials) and an editor beside
// it, with New / Delete / Revert / Save. The page keeps the edit flow: live plans (configedit) after
// every change, Save only while the plan is valid, a warning before tokens or a client secret are
// discarded, changes only through CredentialCatalog::applyEdit, and an open editor that follows
// changes made meanwhile without losing the user's edit. Subclasses bring the editor.
class ConfigurationPage : public QWidget
{
    Q_OBJECT

public:
    ~ConfigurationPage() override;

    // The entry in the editor; empty while a new one is edited.
    QString currentId() const { return m_isNew ? QString() : m_currentId; }
    bool isModified() const;
    // Opens the entry with `id` in the editor (selects it in the list).
    void openEntry(const QString &id);
    void startNewEntry();

protected:
    ConfigurationPage(CalloutCore &core, ConfigurationListModel::Kind kind, QWidget *parent);

    CalloutCore &core() const { return m_core; }
    // Places the editor; called once by the subclass's constructor, which then calls startNewEntry().
    void setEditor(QWidget *editor, const QString &listHeading);
    // Subclasses call this on every edit: the plan is made again and shown.
    void editorChanged();
    void setEditorHeading(const QString &heading);

    // Fills the editor with the stored entry `id`, or a blank new entry when `id` is empty.
    virtual void loadEditor(const QString &id) = 0;
    // The stored entry `id` as JSON (empty when there is none): what an external change is judged by.
    virtual QJsonObject storedJson(const QString &id) const = 0;
    // The editor's entry, with `id`, as JSON.
    virtual QJsonObject editedJson(const QString &id) const = 0;
    // A name for messages ("Demo API").
    virtual QString displayName(const QString &id) const = 0;
    virtual EditPlan planSave(const QString &id) const = 0;
    virtual EditPlan planRemove(const QString &id) const = 0;
    // Shows the plan's problems at their fields; returns those of no field.
    virtual QList<Error> showPlan(const EditPlan &plan) = 0;
    // A change that is not in the entry's JSON (the provider's client secret).
    virtual bool hasOtherChanges() const { return false; }
    // The client secrets the user did not ask to lose (the warning before Save names them).
    virtual QList<ClientSecretDiscard> unexpectedSecretDiscards(const EditPlan &plan) const
    {
        return plan.secretDiscards;
    }
    // The configuration changed (by anyone): e.g. the provider list of a credential editor.
    virtual void configurationFollowed() { }

private:
    void refresh();
    void save();
    void remove();
    void followConfiguration();
    void selectInList(const QString &id);
    // Another entry was asked for while this one has unsaved changes: says so, returns true.
    bool keepUnsavedEdit();
    void showNotice(const QString &text);
    void showStatus(const QString &text, bool failure = false);
    // Asks before tokens or client secrets are discarded; true when the user goes on.
    bool confirmDiscards(const EditPlan &plan, const QString &question);
    // What the plan discards that the user did not ask for, one line each (empty: nothing).
    QStringList discardLines(const EditPlan &plan) const;

    std::unique_ptr<Ui::ConfigurationPage> m_ui;
    CalloutCore &m_core;
    ConfigurationListModel *m_model;
    QString m_currentId;
    bool m_isNew = true;
    QJsonObject m_stored; // the entry as it was when the editor was filled (or last followed)
    EditPlan m_plan;
    bool m_applying = false;
    bool m_selecting = false; // the page selects a row itself: not the user opening another entry
};

} // namespace callout
