#include "gui/GeneralPage.h"

#include "callout/agent/CalloutCore.h"
#include "platform/StartAtLogin.h"
#include "ui_GeneralPage.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

const QString RefreshLeadField = u"refreshLeadSeconds"_s;
const QString ReminderSnoozeField = u"reminderSnoozeMinutes"_s;
const QString SessionWarningLeadField = u"sessionWarningLeadMinutes"_s;
// Shown while quiet hours are off, so that turning them on offers a likely choice.
const QTime DefaultQuietStart(18, 0);
const QTime DefaultQuietEnd(8, 0);

QString chooseWithDialog(QWidget *parent, GeneralPage::FileChoice choice)
{
    const QString filter = GeneralPage::tr("JSON documents (*.json);;All files (*)");
    if (choice == GeneralPage::FileChoice::Import)
        return QFileDialog::getOpenFileName(parent, GeneralPage::tr("Import a configuration"), QDir::homePath(),
                                            filter);
    return QFileDialog::getSaveFileName(parent, GeneralPage::tr("Export the configuration"),
                                        QDir::home().filePath(u"callout-export.json"_s), filter);
}

// What an import did, in one short paragraph.
QString importOutcome(const ImportPlan &plan)
{
    if (plan.added.isEmpty() && plan.replaced.isEmpty())
        return plan.unchanged.isEmpty()
            ? GeneralPage::tr("The document has no entries: nothing was imported.")
            : GeneralPage::tr("Nothing changed: everything in the document is already here.");
    QStringList lines;
    if (!plan.added.isEmpty())
        lines.append(GeneralPage::tr("Added: %1").arg(plan.added.join(u", "_s)));
    if (!plan.replaced.isEmpty())
        lines.append(GeneralPage::tr("Changed: %1").arg(plan.replaced.join(u", "_s)));
    if (!plan.unchanged.isEmpty())
        lines.append(GeneralPage::tr("Unchanged: %1").arg(plan.unchanged.join(u", "_s)));
    if (!plan.discards.isEmpty())
        lines.append(plan.discards.size() == 1
                         ? GeneralPage::tr("One sign-in must be done again.")
                         : GeneralPage::tr("%1 sign-ins must be done again.").arg(plan.discards.size()));
    for (const QString &warning : plan.warnings)
        lines.append(GeneralPage::tr("Note: %1").arg(warning));
    return lines.join(u'\n');
}

} // namespace

GeneralPage::GeneralPage(CalloutCore &core, StartAtLogin &startAtLogin, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GeneralPage>())
    , m_core(core)
    , m_startAtLogin(startAtLogin)
    , m_chooseFile(chooseWithDialog)
{
    m_ui->setupUi(this);
    for (QLabel *message : {m_ui->reminderSnoozeMessage, m_ui->refreshLeadMessage, m_ui->sessionWarningLeadMessage,
                            m_ui->startAtLoginMessage, m_ui->proxyMessage})
        message->setStyleSheet(u"color: #c53030;"_s);
    m_ui->startAtLoginMessage->hide();
    m_ui->startAtLogin->setChecked(m_startAtLogin.isEnabled());
    connect(m_ui->startAtLogin, &QCheckBox::toggled, this, &GeneralPage::toggleStartAtLogin);
    connect(m_ui->proxyEnabled, &QCheckBox::toggled, this, &GeneralPage::toggleProxy);
    connect(&m_core.proxy, &ProxySwitch::changed, this, &GeneralPage::showProxy);
    showProxy();
    connect(m_ui->reminderSnooze, &QSpinBox::valueChanged, this, &GeneralPage::validatePreferences);
    connect(m_ui->refreshLead, &QSpinBox::valueChanged, this, &GeneralPage::validatePreferences);
    connect(m_ui->sessionWarningLead, &QSpinBox::valueChanged, this, &GeneralPage::validatePreferences);
    connect(m_ui->quietHours, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->quietHoursStart->setEnabled(on);
        m_ui->quietHoursEnd->setEnabled(on);
        validatePreferences();
    });
    connect(m_ui->quietHoursStart, &QTimeEdit::timeChanged, this, &GeneralPage::validatePreferences);
    connect(m_ui->quietHoursEnd, &QTimeEdit::timeChanged, this, &GeneralPage::validatePreferences);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &GeneralPage::applyPreferences);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &GeneralPage::loadPreferences);
    connect(m_ui->importButton, &QPushButton::clicked, this, &GeneralPage::importFile);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &GeneralPage::exportFile);
    // Changed elsewhere (another window, the file by hand): follow, unless the user is editing.
    connect(&m_core.preferences, &PreferencesStore::changed, this, [this] {
        if (editedPreferences() == m_core.preferences.preferences() || !m_ui->applyButton->isEnabled())
            loadPreferences();
    });
    loadPreferences();
}

GeneralPage::~GeneralPage() = default;

Preferences GeneralPage::editedPreferences() const
{
    Preferences edited = m_core.preferences.preferences();
    edited.reminderSnooze = std::chrono::minutes(m_ui->reminderSnooze->value());
    edited.refreshLead = std::chrono::seconds(m_ui->refreshLead->value());
    edited.sessionWarningLead = std::chrono::minutes(m_ui->sessionWarningLead->value());
    const bool quiet = m_ui->quietHours->isChecked();
    edited.quietHoursStart = quiet ? m_ui->quietHoursStart->time() : QTime();
    edited.quietHoursEnd = quiet ? m_ui->quietHoursEnd->time() : QTime();
    return edited;
}

void GeneralPage::loadPreferences()
{
    const Preferences &saved = m_core.preferences.preferences();
    m_ui->reminderSnooze->setValue(int(saved.reminderSnooze.count()));
    m_ui->refreshLead->setValue(int(saved.refreshLead.count()));
    m_ui->sessionWarningLead->setValue(int(saved.sessionWarningLead.count()));
    const bool quiet = saved.quietHoursStart.isValid();
    m_ui->quietHoursStart->setTime(quiet ? saved.quietHoursStart : DefaultQuietStart);
    m_ui->quietHoursEnd->setTime(quiet ? saved.quietHoursEnd : DefaultQuietEnd);
    m_ui->quietHours->setChecked(quiet);
    m_ui->quietHoursStart->setEnabled(quiet);
    m_ui->quietHoursEnd->setEnabled(quiet);
    validatePreferences();
}

QLabel *GeneralPage::messageLabelFor(const QString &field) const
{
    if (field == ReminderSnoozeField)
        return m_ui->reminderSnoozeMessage;
    if (field == RefreshLeadField)
        return m_ui->refreshLeadMessage;
    if (field == SessionWarningLeadField)
        return m_ui->sessionWarningLeadMessage;
    return nullptr;
}

void GeneralPage::validatePreferences()
{
    const Preferences edited = editedPreferences();
    const QList<Error> problems = edited.validate();
    for (QLabel *message : {m_ui->reminderSnoozeMessage, m_ui->refreshLeadMessage, m_ui->sessionWarningLeadMessage}) {
        message->clear();
        message->hide();
    }
    for (const Error &problem : problems) {
        if (QLabel *message = messageLabelFor(problem.field)) {
            message->setText(problem.message);
            message->show();
        }
    }
    const bool changed = edited != m_core.preferences.preferences();
    m_ui->applyButton->setEnabled(changed && problems.isEmpty());
    m_ui->revertButton->setEnabled(changed);
}

void GeneralPage::applyPreferences()
{
    const Result<void> saved = m_core.preferences.save(editedPreferences());
    if (!saved.ok()) {
        QLabel *message = messageLabelFor(saved.error().field);
        message = message ? message : m_ui->refreshLeadMessage;
        message->setText(saved.error().message);
        message->show();
        return;
    }
    validatePreferences();
}

void GeneralPage::toggleStartAtLogin(bool enabled)
{
    const Result<void> done = m_startAtLogin.setEnabled(enabled);
    m_ui->startAtLoginMessage->setVisible(!done.ok());
    if (done.ok())
        return;
    m_ui->startAtLoginMessage->setText(done.error().message);
    const QSignalBlocker blocker(m_ui->startAtLogin);
    m_ui->startAtLogin->setChecked(m_startAtLogin.isEnabled()); // show what is true
}

void GeneralPage::toggleProxy(bool enabled)
{
    const Result<void> done = enabled ? m_core.proxy.turnOn(quint16(m_ui->proxyPort->value())) : m_core.proxy.turnOff();
    showProxy();
    if (!done.ok()) {
        m_ui->proxyMessage->setText(done.error().message);
        m_ui->proxyMessage->show();
    }
}

// What is true now: on or off, the port, the address and secret file for scripts.
void GeneralPage::showProxy()
{
    const ProxySwitch::Status status = m_core.proxy.status();
    const QSignalBlocker blocker(m_ui->proxyEnabled);
    m_ui->proxyEnabled->setChecked(status.listening);
    m_ui->proxyPort->setValue(status.port);
    m_ui->proxyPort->setEnabled(!status.listening); // a new port: off, change it, on
    m_ui->proxyMessage->setVisible(!status.problem.isEmpty());
    m_ui->proxyMessage->setText(status.problem);
    m_ui->proxyInfo->setText(
        status.listening ? tr("Programs send requests to %1/NAME/PATH with the header Proxy-Authorization: Bearer "
                              "and the secret in %2 (calloutctl proxy-env prints both).")
                               .arg(status.url, QDir::toNativeSeparators(status.secretFile))
                         : tr("Off: programs can call through Callout with calloutctl call or the Qt client library."));
}

void GeneralPage::showTransfer(bool ok, const QString &message)
{
    m_ui->transferMessage->setStyleSheet(ok ? QString() : u"color: #c53030;"_s);
    m_ui->transferMessage->setText(message);
    Q_EMIT transferFinished(ok, message);
}

void GeneralPage::importFile()
{
    const QString path = m_chooseFile(this, FileChoice::Import);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showTransfer(false, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray document = file.readAll();
    m_ui->importButton->setEnabled(false);
    m_core.catalog.importDocument(
        document, m_ui->replaceExisting->isChecked(),
        [page = QPointer<GeneralPage>(this), path](const Result<ImportPlan> &imported) {
            if (!page)
                return;
            page->m_ui->importButton->setEnabled(true);
            if (!imported.ok()) {
                const Error &error = imported.error();
                QStringList lines{tr("%1 was not imported: %2").arg(QDir::toNativeSeparators(path), error.message)};
                lines += error.details;
                page->showTransfer(false, lines.join(u'\n'));
                return;
            }
            page->showTransfer(true, importOutcome(imported.value()));
        });
}

void GeneralPage::exportFile()
{
    const QString path = m_chooseFile(this, FileChoice::Export);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_core.catalog.exportDocument()) < 0 || !file.commit()) {
        showTransfer(false, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    showTransfer(true, tr("Exported to %1 (without client secrets).").arg(QDir::toNativeSeparators(path)));
}

} // namespace callout
