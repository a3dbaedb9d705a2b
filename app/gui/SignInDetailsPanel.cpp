#include "gui/SignInDetailsPanel.h"

#include "callout/agent/CalloutCore.h"
#include "callout/session/SessionEnd.h"
#include "gui/CredentialTableModel.h"
#include "gui/ProblemText.h"
#include "ui_SignInDetailsPanel.h"

#include <QLocale>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace callout {

QString authEventText(AuthEvent::Kind kind)
{
    switch (kind) {
    case AuthEvent::Kind::SignedIn: return SignInDetailsPanel::tr("Signed in");
    case AuthEvent::Kind::Reauthenticated: return SignInDetailsPanel::tr("Re-authenticated");
    case AuthEvent::Kind::Refreshed: return SignInDetailsPanel::tr("Refreshed");
    case AuthEvent::Kind::Refused: return SignInDetailsPanel::tr("Refused");
    case AuthEvent::Kind::SignedOut: return SignInDetailsPanel::tr("Signed out");
    case AuthEvent::Kind::TokensDiscarded: return SignInDetailsPanel::tr("Tokens discarded");
    }
    return {};
}

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QStringList scopeList(const QString &scopes)
{
    return scopes.split(u' ', Qt::SkipEmptyParts);
}

// The history is kept oldest first; the panel reads it backwards.
QList<AuthEvent> newestFirst(const QList<AuthEvent> &history)
{
    return {history.crbegin(), history.crend()};
}

} // namespace

SignInDetailsPanel::SignInDetailsPanel(CalloutCore &core, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SignInDetailsPanel>())
    , m_core(core)
{
    m_ui->setupUi(this);
    connect(&core.catalog, &CredentialCatalog::configurationChanged, this, &SignInDetailsPanel::refresh);
    connect(&core.catalog, &CredentialCatalog::externalAuthenticationChanged, this, [this](const QString &id) {
        if (id == m_credentialId)
            refresh();
    });
    connect(m_ui->reauthenticateForScopes, &QPushButton::clicked, this,
            [this] { Q_EMIT reauthenticateRequested(m_credentialId); });
    connect(m_ui->closeDetails, &QPushButton::clicked, this, &SignInDetailsPanel::closeRequested);
    refresh();
}

SignInDetailsPanel::~SignInDetailsPanel() = default;

void SignInDetailsPanel::setCredential(const QString &credentialId)
{
    m_credentialId = credentialId;
    refresh();
}

void SignInDetailsPanel::refresh()
{
    clearFields();
    if (const NamedCredential *credential = m_core.catalog.configuration().credentialById(m_credentialId)) {
        showCredential(*credential, m_core.catalog.externalAuthentication(m_credentialId));
        return;
    }
    for (const InvalidCredential &entry : m_core.catalog.invalidCredentials()) {
        if (entry.id == m_credentialId && !m_credentialId.isEmpty()) {
            showNeedsFixing(entry);
            return;
        }
    }
    m_ui->title->setText(tr("Select a sign-in to see its details."));
}

void SignInDetailsPanel::clearFields()
{
    for (QLabel *field : {m_ui->user, m_ui->requestedScopes, m_ui->grantedScopes, m_ui->missingScopes, m_ui->expires,
                          m_ui->lastRefresh, m_ui->plannedRefresh, m_ui->sessionEnd, m_ui->lastError})
        field->clear();
    m_ui->missingScopes->setVisible(false);
    m_ui->missingScopesLabel->setVisible(false);
    m_ui->reauthenticateForScopes->setVisible(false);
    m_ui->history->clear();
}

void SignInDetailsPanel::showCredential(const NamedCredential &credential, const ExternalAuthentication &record)
{
    m_ui->title->setText(tr("%1 — %2").arg(credential.displayLabel(), statusText(record.status)));
    m_ui->user->setText(record.user.isEmpty() ? tr("(not known)") : record.user);
    showScopes(credential, record);
    const bool hasSession = record.status == AuthStatus::SignedIn || record.status == AuthStatus::Refreshing;
    m_ui->expires->setText(!hasSession                              ? tr("(no session)")
                               : record.accessTokenExpiry.isValid() ? timeText(record.accessTokenExpiry)
                                                                    : tr("unknown"));
    m_ui->lastRefresh->setText(record.lastRefresh.isValid() ? timeText(record.lastRefresh) : tr("never"));
    const QDateTime planned = m_core.tokens.plannedRefresh(credential.id);
    m_ui->plannedRefresh->setText(planned.isValid() ? timeText(planned) : tr("none planned"));
    showSessionEnd(credential, hasSession);
    showLastError(record);
    showHistory(record);
}

// When the service will ask for a new sign-in whatever the refreshes, and how Callout knows (SessionEnd).
void SignInDetailsPanel::showSessionEnd(const NamedCredential &credential, bool hasSession)
{
    const std::optional<SessionEnd> end = hasSession ? SessionEnd::of(m_core.catalog, credential.id) : std::nullopt;
    if (!end) {
        m_ui->sessionEnd->setText(hasSession ? tr("not known") : tr("(no session)"));
        return;
    }
    QString source;
    switch (end->source) {
    case SessionEnd::Source::Setting: source = tr("this sign-in's setting"); break;
    case SessionEnd::Source::Server: source = tr("as the service said"); break;
    case SessionEnd::Source::Preset: source = tr("the service's documented limit"); break;
    case SessionEnd::Source::Observed: source = tr("learned from earlier sessions"); break;
    }
    m_ui->sessionEnd->setText(tr("%1 (%2)").arg(timeText(end->at), source));
}

void SignInDetailsPanel::showScopes(const NamedCredential &credential, const ExternalAuthentication &record)
{
    const AuthProvider *provider = m_core.catalog.configuration().providerByName(credential.authProvider);
    const QString requested = !credential.scopes.isEmpty() ? credential.scopes
        : provider                                         ? provider->defaultScopes
                                                           : QString();
    m_ui->requestedScopes->setText(requested.isEmpty() ? tr("(the provider's default)") : requested);
    m_ui->grantedScopes->setText(record.grantedScopes.isEmpty() ? tr("(not reported)") : record.grantedScopes);
    // Only a server that reports what it granted can be found short of something.
    if (record.grantedScopes.isEmpty() || record.status == AuthStatus::SignedOut)
        return;
    QStringList missing;
    const QStringList granted = scopeList(record.grantedScopes);
    for (const QString &scope : scopeList(requested)) {
        if (!granted.contains(scope))
            missing.append(scope);
    }
    if (missing.isEmpty())
        return;
    m_ui->missingScopes->setText(missing.join(u' '));
    m_ui->missingScopes->setVisible(true);
    m_ui->missingScopesLabel->setVisible(true);
    m_ui->reauthenticateForScopes->setVisible(true);
    m_ui->reauthenticateForScopes->setEnabled(record.status != AuthStatus::SigningIn);
}

void SignInDetailsPanel::showLastError(const ExternalAuthentication &record)
{
    if (record.lastError.code == ErrorCode::None) {
        m_ui->lastError->setText(tr("none"));
        return;
    }
    // When the catalog stamped it; else the latest refusal of the history.
    QDateTime when = record.lastErrorTime;
    if (!when.isValid()) {
        for (const AuthEvent &event : newestFirst(record.history)) {
            if (event.kind == AuthEvent::Kind::Refused) {
                when = event.time;
                break;
            }
        }
    }
    m_ui->lastError->setText(when.isValid() ? tr("%1 — %2").arg(timeText(when), record.lastError.message)
                                            : record.lastError.message);
}

void SignInDetailsPanel::showHistory(const ExternalAuthentication &record)
{
    // Newest first: what happened last is what the user came for.
    for (const AuthEvent &event : newestFirst(record.history)) {
        auto *item
            = new QTreeWidgetItem(m_ui->history, {timeText(event.time), authEventText(event.kind), event.detail});
        if (!event.detail.isEmpty()) // server words: never rich text
            item->setToolTip(2, Qt::convertFromPlainText(event.detail));
    }
    m_ui->history->resizeColumnToContents(0);
    m_ui->history->resizeColumnToContents(1);
}

void SignInDetailsPanel::showNeedsFixing(const InvalidCredential &entry)
{
    m_ui->title->setText(tr("%1 — Needs fixing").arg(entry.name));
    QStringList lines;
    for (const Error &problem : entry.problems)
        lines.append(problemtext::describe(problem));
    m_ui->lastError->setText(lines.join(u'\n'));
    m_ui->user->setText(tr("(disabled until callout.json is fixed)"));
}

} // namespace callout
