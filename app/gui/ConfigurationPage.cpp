#include "gui/ConfigurationPage.h"

#include "callout/agent/CalloutCore.h"
#include "ui_ConfigurationPage.h"

#include <QMessageBox>
#include <QPointer>
#include <QScopedValueRollback>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace callout {

ConfigurationPage::ConfigurationPage(CalloutCore &core, ConfigurationListModel::Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConfigurationPage>())
    , m_core(core)
    , m_model(new ConfigurationListModel(core.catalog, kind, this))
{
    m_ui->setupUi(this);
    m_ui->entries->setModel(m_model);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    connect(m_ui->entries->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(ConfigurationListModel::IdRole).toString();
                if (m_selecting || id.isEmpty() || (id == m_currentId && !m_isNew))
                    return;
                if (keepUnsavedEdit()) {
                    // Not from inside the selection model's own signal.
                    QTimer::singleShot(0, this, [this] { selectInList(currentId()); });
                    return;
                }
                openEntry(id);
            });
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] {
        if (!keepUnsavedEdit())
            startNewEntry();
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ConfigurationPage::remove);
    connect(m_ui->revertButton, &QPushButton::clicked, this, [this] {
        if (m_isNew)
            startNewEntry();
        else
            openEntry(m_currentId);
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ConfigurationPage::save);
    // After the model's reset (it is connected first), so that the list can be selected again.
    connect(&core.catalog, &CredentialCatalog::configurationChanged, this, &ConfigurationPage::followConfiguration);
}

ConfigurationPage::~ConfigurationPage() = default;

void ConfigurationPage::setEditor(QWidget *editor, const QString &listHeading)
{
    m_ui->editorArea->setWidget(editor);
    m_ui->listHeading->setText(listHeading);
    m_ui->entries->setAccessibleName(listHeading);
    m_ui->newButton->setAccessibleName(tr("New entry"));
    m_ui->deleteButton->setAccessibleName(tr("Delete the selected entry"));
    m_ui->revertButton->setAccessibleName(tr("Revert"));
    m_ui->saveButton->setAccessibleName(tr("Save"));
}

void ConfigurationPage::setEditorHeading(const QString &heading)
{
    m_ui->editorHeading->setText(heading);
}

bool ConfigurationPage::isModified() const
{
    return editedJson(currentId()) != m_stored || hasOtherChanges();
}

void ConfigurationPage::openEntry(const QString &id)
{
    if (storedJson(id).isEmpty())
        return;
    m_currentId = id;
    m_isNew = false;
    loadEditor(id);
    m_stored = storedJson(id);
    m_ui->notice->setVisible(false);
    showStatus({});
    selectInList(id);
    refresh();
}

void ConfigurationPage::startNewEntry()
{
    m_currentId.clear();
    m_isNew = true;
    loadEditor({});
    m_stored = editedJson({});
    m_ui->notice->setVisible(false);
    showStatus({});
    selectInList({});
    refresh();
}

bool ConfigurationPage::keepUnsavedEdit()
{
    if (!isModified())
        return false;
    showStatus(tr("Save or revert your changes first."), true);
    return true;
}

void ConfigurationPage::editorChanged()
{
    refresh();
}

void ConfigurationPage::refresh()
{
    m_plan = planSave(currentId());
    QStringList general;
    for (const Error &problem : showPlan(m_plan))
        general.append(problem.toString());
    m_ui->generalProblems->setText(general.join(u'\n'));
    m_ui->generalProblems->setVisible(!general.isEmpty());
    const bool modified = isModified();
    m_ui->saveButton->setEnabled(modified && m_plan.isValid() && !m_applying);
    m_ui->revertButton->setEnabled(modified && !m_applying);
    m_ui->deleteButton->setEnabled(!m_isNew && !m_applying);
}

void ConfigurationPage::save()
{
    refresh(); // a plan made from the configuration as it is now
    if (!m_plan.isValid() || m_applying)
        return;
    if (!confirmDiscards(m_plan, tr("Save anyway?")))
        return;
    m_applying = true;
    refresh();
    const EditPlan plan = m_plan;
    m_core.catalog.applyEdit(plan, [page = QPointer(this), plan](const Result<void> &result) {
        if (!page)
            return;
        page->m_applying = false;
        if (!result.ok()) {
            // The edit stays as it is: the user can fix the cause (e.g. unlock the keychain) and save again.
            page->showStatus(tr("Not saved: %1").arg(result.error().message), true);
            page->refresh();
            return;
        }
        page->openEntry(plan.entryId);
        page->showStatus(tr("Saved."));
    });
}

void ConfigurationPage::remove()
{
    if (m_isNew || m_applying)
        return;
    const QString id = m_currentId;
    const EditPlan plan = planRemove(id);
    if (!plan.isValid()) {
        QStringList reasons;
        for (const Error &problem : plan.problems)
            reasons.append(problem.message);
        showStatus(tr("%1 cannot be deleted: %2").arg(displayName(id), reasons.join(u' ')), true);
        return;
    }
    // One question, naming what goes with it (its tokens, a provider's client secret).
    QStringList lines{tr("Delete %1? What Callout keeps for it in the keychain is deleted too. This cannot be undone.")
                          .arg(displayName(id))};
    lines += discardLines(plan);
    QMessageBox box(QMessageBox::Question, tr("Delete %1").arg(displayName(id)), lines.join(u'\n'),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(u"deleteQuestion"_s);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    m_applying = true;
    refresh();
    const QString name = displayName(id);
    m_core.catalog.applyEdit(plan, [page = QPointer(this), name](const Result<void> &result) {
        if (!page)
            return;
        page->m_applying = false;
        if (!result.ok()) {
            page->showStatus(tr("%1 was not deleted: %2").arg(name, result.error().message), true);
            page->refresh();
            return;
        }
        // The next entry, if any, rather than leaving the choice to whatever takes the focus.
        const QModelIndex first = page->m_model->index(0);
        if (first.isValid())
            page->openEntry(first.data(ConfigurationListModel::IdRole).toString());
        else
            page->startNewEntry();
        page->showStatus(tr("Deleted %1.").arg(name));
    });
}

QStringList ConfigurationPage::discardLines(const EditPlan &plan) const
{
    // Entries the plan deletes are not listed: the delete question covers them.
    QList<TokenDiscard> discards = plan.discards;
    discards.removeIf([&plan](const TokenDiscard &d) { return !plan.configuration.credentialById(d.credentialId); });
    QList<ClientSecretDiscard> secretDiscards = unexpectedSecretDiscards(plan);
    secretDiscards.removeIf(
        [&plan](const ClientSecretDiscard &d) { return !plan.configuration.providerById(d.providerId); });
    QStringList lines;
    if (!discards.isEmpty()) {
        lines.append(tr("These named credentials lose their tokens and will need a new sign-in:"));
        for (const TokenDiscard &discard : std::as_const(discards))
            lines.append(tr("• %1: %2").arg(discard.credentialName, discard.reason));
    }
    for (const ClientSecretDiscard &discard : std::as_const(secretDiscards))
        lines.append(tr("The stored client secret of %1 is deleted (%2) unless you enter a new one in Client Secret.")
                         .arg(discard.providerName, discard.reason));
    return lines;
}

bool ConfigurationPage::confirmDiscards(const EditPlan &plan, const QString &question)
{
    QStringList lines = discardLines(plan);
    if (lines.isEmpty())
        return true;
    lines.append(question);
    QMessageBox box(QMessageBox::Warning, tr("Sign-ins will be discarded"), lines.join(u'\n'),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(u"discardWarning"_s);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void ConfigurationPage::followConfiguration()
{
    configurationFollowed();
    if (m_applying) { // our own save: its callback opens the result
        selectInList(currentId());
        return;
    }
    if (m_isNew) {
        selectInList({});
        refresh();
        return;
    }
    const QJsonObject stored = storedJson(m_currentId);
    const QString name = m_stored.value(u"label"_s).toString(m_stored.value(u"name"_s).toString());
    if (stored.isEmpty()) {
        if (!isModified()) {
            startNewEntry();
            showNotice(tr("%1 was deleted meanwhile (by calloutctl or an edit of callout.json).").arg(name));
            return;
        }
        // Keep the edit: saving it adds the entry again.
        m_isNew = true;
        m_currentId.clear();
        m_stored = {};
        selectInList({});
        showNotice(tr("%1 was deleted meanwhile (by calloutctl or an edit of callout.json). Your edit is kept: Save "
                      "adds it again.")
                       .arg(name));
        refresh();
        return;
    }
    selectInList(m_currentId);
    if (stored == m_stored) {
        refresh();
        return;
    }
    if (!isModified()) {
        openEntry(m_currentId);
        showNotice(tr("%1 was changed meanwhile; the editor shows the new version.").arg(displayName(m_currentId)));
        return;
    }
    m_stored = stored;
    showNotice(tr("%1 was changed meanwhile (by calloutctl or an edit of callout.json). Your edit is kept: Save "
                  "replaces that change, Revert shows it.")
                   .arg(displayName(m_currentId)));
    refresh();
}

void ConfigurationPage::selectInList(const QString &id)
{
    const QScopedValueRollback selecting(m_selecting, true);
    const QModelIndex index = id.isEmpty() ? QModelIndex() : m_model->indexOf(id);
    if (index.isValid())
        m_ui->entries->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    else
        m_ui->entries->selectionModel()->clear();
}

void ConfigurationPage::showNotice(const QString &text)
{
    m_ui->notice->setText(text);
    m_ui->notice->setVisible(!text.isEmpty());
}

void ConfigurationPage::showStatus(const QString &text, bool failure)
{
    m_ui->status->setText(text);
    m_ui->status->setStyleSheet(failure ? u"QLabel { color: #b00020; }"_s : QString());
}

} // namespace callout
