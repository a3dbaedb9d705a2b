#include "gui/SettingsWindow.h"

#include "callout/agent/CalloutCore.h"
#include "gui/AuthProvidersPage.h"
#include "gui/AuthenticationSettingsPage.h"
#include "gui/NamedCredentialsPage.h"
#include "gui/ProblemText.h"
#include "ui_SettingsWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

constexpr auto GeometryKey = "settingsWindow/geometry";

// "authProviders[1].tokenUrl: must be …" → "Auth provider 2: Token URL must be …". Its name is
// unknown: an entry with problems is not read.
QString describeFileProblem(const Error &problem)
{
    static const QRegularExpression providerEntry(u"^authProviders\\[(\\d+)\\]"_s);
    if (const QRegularExpressionMatch match = providerEntry.match(problem.field); match.hasMatch())
        return SettingsWindow::tr("Auth provider %1: %2")
            .arg(match.captured(1).toInt() + 1)
            .arg(problemtext::describe(problem));
    return problemtext::describe(problem);
}

} // namespace

SettingsWindow::SettingsWindow(CalloutCore &core, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SettingsWindow>())
    , m_core(core)
    , m_authentication(new AuthenticationSettingsPage(core, this))
    , m_namedCredentials(new NamedCredentialsPage(core, this))
    , m_authProviders(new AuthProvidersPage(core, this))
{
    m_ui->setupUi(this);
    // The platform adds " — Callout" (the application's display name): the title says only the rest.
    setWindowTitle(tr("Settings"));
    setAttribute(Qt::WA_QuitOnClose, false); // the agent lives on in the tray
    connect(m_ui->pages, &QListWidget::currentRowChanged, m_ui->stack, &QStackedWidget::setCurrentIndex);
    addPage(m_authentication, tr("Authentication Settings for External Systems"));
    addPage(m_namedCredentials, tr("Named Credentials"));
    addPage(m_authProviders, tr("Auth. Providers"));
    // "New named credential…" and the credential editor's "New…" provider lead to their pages.
    connect(m_authentication, &AuthenticationSettingsPage::newNamedCredentialRequested, this,
            [this] { showPage(m_namedCredentials); });
    connect(m_namedCredentials, &NamedCredentialsPage::newProviderRequested, this,
            [this] { showPage(m_authProviders); });
    connect(&core.catalog, &CredentialCatalog::configurationChanged, this, &SettingsWindow::updateBanner);

    const QSettings state(uiStateFile(), QSettings::IniFormat);
    if (!restoreGeometry(state.value(QLatin1StringView(GeometryKey)).toByteArray()))
        resize(1100, 640);
    updateBanner();
}

SettingsWindow::~SettingsWindow() = default;

void SettingsWindow::addPage(QWidget *page, const QString &title, const QIcon &icon)
{
    m_ui->stack->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_ui->pages);
    item->setSizeHint(QSize(item->sizeHint().width(), 48));
    item->setToolTip(title);
    fitPageListTo(title);
    if (m_ui->pages->currentRow() < 0)
        m_ui->pages->setCurrentRow(0);
}

// Titles wrap onto two lines, but a word cannot: a long one (German "Authentifizierungs-
// einstellungen") widens the list rather than being cut.
void SettingsWindow::fitPageListTo(const QString &title)
{
    const QFontMetrics metrics = m_ui->pages->fontMetrics();
    int widestWord = 0;
    for (const QString &word : title.split(u' ', Qt::SkipEmptyParts))
        widestWord = std::max(widestWord, metrics.horizontalAdvance(word));
    const int frameAndPadding = 2 * m_ui->pages->frameWidth() + 16;
    const int width
        = std::max(m_ui->pages->minimumWidth(), widestWord + m_ui->pages->iconSize().width() + frameAndPadding);
    m_ui->pages->setFixedWidth(width);
}

void SettingsWindow::showPage(QWidget *page)
{
    const int index = m_ui->stack->indexOf(page);
    if (index >= 0)
        m_ui->pages->setCurrentRow(index);
}

QWidget *SettingsWindow::currentPage() const
{
    return m_ui->stack->currentWidget();
}

void SettingsWindow::setStartupProblems(const QList<Error> &problems)
{
    m_startupProblems.clear();
    for (const Error &problem : problems) {
        if (!m_core.catalog.configurationProblems().contains(problem))
            m_startupProblems.append(problem);
    }
    updateBanner();
}

// Follows the file as it is now: names each credential that needs fixing, and is gone once fixed.
void SettingsWindow::updateBanner()
{
    QStringList lines;
    for (const InvalidCredential &entry : m_core.catalog.invalidCredentials()) {
        QStringList problems;
        for (const Error &problem : entry.problems)
            problems.append(problemtext::describe(problem));
        lines.append(tr("%1 needs fixing: %2").arg(entry.name, problems.join(u"; "_s)));
    }
    for (const Error &problem : m_core.catalog.configurationProblems()) {
        if (!problem.field.startsWith(u"namedCredentials["_s)) // those are the entries above
            lines.append(describeFileProblem(problem));
    }
    for (const Error &problem : std::as_const(m_startupProblems))
        lines.append(problemtext::describe(problem));
    if (!lines.isEmpty())
        lines.prepend(tr("Some of your configuration cannot be used until it is fixed in %1 (Callout reads the file "
                         "again when it is saved):")
                          .arg(QDir::toNativeSeparators(m_core.configStore.path())));
    m_ui->problems->setText(lines.join(u'\n'));
    m_ui->problems->setVisible(!lines.isEmpty());
}

QString SettingsWindow::uiStateFile() const
{
    // Next to state.json: UI state is neither configuration (callout.json) nor exported.
    return QFileInfo(m_core.stateStore.path()).dir().filePath(u"settings-window.ini"_s);
}

void SettingsWindow::rememberGeometry() const
{
    QSettings state(uiStateFile(), QSettings::IniFormat);
    state.setValue(QLatin1StringView(GeometryKey), QWidget::saveGeometry());
}

void SettingsWindow::closeEvent(QCloseEvent *event)
{
    rememberGeometry();
    QWidget::closeEvent(event);
}

void SettingsWindow::hideEvent(QHideEvent *event)
{
    rememberGeometry();
    QWidget::hideEvent(event);
}

} // namespace callout
