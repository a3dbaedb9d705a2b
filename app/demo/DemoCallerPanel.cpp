#include "demo/DemoCallerPanel.h"

#include "callout/agent/CalloutCore.h"
#include "demo/DemoPolicy.h"
#include "gui/CredentialTableModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace callout::demo {

namespace {

// The log keeps this many lines; the demo may run for hours.
constexpr int MaxLogLines = 1000;

// "1 second", "60 seconds", "3 minutes": minutes from two on. The singular has its own source
// string so that English reads right without a translation.
QString duration(std::chrono::seconds length)
{
    const auto seconds = int(length.count());
    if (seconds >= 120 && seconds % 60 == 0)
        return DemoCallerPanel::tr("%n minutes", nullptr, seconds / 60);
    return seconds == 1 ? DemoCallerPanel::tr("1 second") : DemoCallerPanel::tr("%n seconds", nullptr, seconds);
}

// Green when calls go through, orange when the user is needed, red when something failed; the
// words always say it too.
QColor colourOf(DemoCaller::Outcome outcome)
{
    switch (outcome) {
    case DemoCaller::Outcome::Answered:
    case DemoCaller::Outcome::RefreshedSilently:
    case DemoCaller::Outcome::WaitingCallCompleted: return {0x1a, 0x7f, 0x37};
    case DemoCaller::Outcome::Waiting: return {0xb5, 0x47, 0x08};
    case DemoCaller::Outcome::Failed: return {0xb4, 0x23, 0x18};
    }
    return {};
}

QColor colourOf(AuthStatus status)
{
    switch (status) {
    case AuthStatus::SignedIn: return {0x1a, 0x7f, 0x37};
    case AuthStatus::SigningIn:
    case AuthStatus::Refreshing: return {0x1f, 0x5f, 0xbf};
    case AuthStatus::SignInRequired: return {0xb5, 0x47, 0x08};
    case AuthStatus::Error: return {0xb4, 0x23, 0x18};
    case AuthStatus::SignedOut: return {0x6b, 0x72, 0x80};
    }
    return {};
}

QPixmap dotOf(const QColor &colour)
{
    QPixmap dot(12, 12);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(1, 1, 10, 10);
    return dot;
}

} // namespace

DemoCallerPanel::DemoCallerPanel(CalloutCore &core, DemoCaller &caller, const DemoPolicy &policy, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_caller(caller)
    , m_statusDot(new QLabel(this))
    , m_status(new QLabel(this))
    , m_signInButton(new QPushButton(tr("&Sign in"), this))
    , m_callNowButton(new QPushButton(tr("&Call now"), this))
    , m_log(new QListWidget(this))
{
    setObjectName(u"demoCallerPanel"_s);
    setAccessibleName(tr("Demo caller"));

    auto *heading = new QLabel(tr("Demo caller"), this);
    heading->setObjectName(u"heading"_s);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    heading->setFont(headingFont);

    const QString address = u"callout:%1/me"_s.arg(caller.credentialName());
    auto *explanation = new QLabel(
        tr("Callout runs a small sign-in service and a protected API on this computer, with no account anywhere. "
           "Its access tokens live %1, and it ends the session after %2 however often the token was refreshed, "
           "like a service that makes you sign in again now and then.")
                .arg(duration(policy.tokenLifetime), duration(policy.sessionLength))
            + u"\n\n"_s
            + tr("The caller below calls %1 every %2, like any script would. Callout refreshes the token "
                 "silently; when the session ends, the call waits while Callout asks you to Re-authenticate, and "
                 "completes once you have.")
                  .arg(address, duration(policy.callInterval)),
        this);
    explanation->setObjectName(u"explanation"_s);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);

    m_statusDot->setObjectName(u"statusDot"_s);
    m_status->setObjectName(u"status"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Demo API sign-in status"));
    m_signInButton->setObjectName(u"signInButton"_s);
    m_signInButton->setAccessibleName(tr("Sign in to the Demo API"));
    m_signInButton->setAutoDefault(false);
    m_callNowButton->setObjectName(u"callNowButton"_s);
    m_callNowButton->setAccessibleName(tr("Call %1 now").arg(address));
    m_callNowButton->setAutoDefault(false);

    auto *logHeading = new QLabel(tr("Calls to %1:").arg(address), this);
    m_log->setObjectName(u"log"_s);
    m_log->setAccessibleName(tr("Demo caller log"));
    m_log->setWordWrap(true);
    m_log->setSelectionMode(QAbstractItemView::NoSelection);
    m_log->setFocusPolicy(Qt::TabFocus);
    logHeading->setBuddy(m_log);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusDot);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_signInButton);
    statusRow->addWidget(m_callNowButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addSpacing(6);
    layout->addLayout(statusRow);
    layout->addSpacing(6);
    layout->addWidget(logHeading);
    layout->addWidget(m_log, 1);

    connect(m_signInButton, &QPushButton::clicked, this, [this] {
        if (const QString id = credentialId(); !id.isEmpty())
            m_core.signIn.signIn(id); // the record says signing-in from here on
        showStatus();
    });
    connect(m_callNowButton, &QPushButton::clicked, &m_caller, &DemoCaller::callNow);
    connect(&m_caller, &DemoCaller::callingChanged, this, &DemoCallerPanel::showCalling);
    showCalling(m_caller.isCalling());
    connect(&m_caller, &DemoCaller::logged, this, &DemoCallerPanel::addLine);
    for (const DemoCaller::Entry &entry : m_caller.log())
        addLine(entry);

    connect(&m_core.catalog, &CredentialCatalog::externalAuthenticationChanged, this, &DemoCallerPanel::showStatus);
    connect(&m_core.catalog, &CredentialCatalog::configurationChanged, this, &DemoCallerPanel::showStatus);
    connect(&m_core.signIn, &SignInService::signInFinished, this, &DemoCallerPanel::showStatus);
    showStatus();
}

DemoCallerPanel::~DemoCallerPanel() = default;

QString DemoCallerPanel::credentialId() const
{
    const NamedCredential *credential = m_core.catalog.configuration().credentialByName(m_caller.credentialName());
    return credential ? credential->id : QString();
}

// "Demo API: Signed in as Demo User; the access token expires at 10:42:07", in the words of the
// Authentication Settings page.
void DemoCallerPanel::showStatus()
{
    const NamedCredential *credential = m_core.catalog.configuration().credentialByName(m_caller.credentialName());
    if (!credential) {
        m_statusDot->setPixmap(dotOf(colourOf(AuthStatus::Error)));
        m_status->setText(tr("The credential %1 is not configured.").arg(m_caller.credentialName()));
        m_signInButton->hide();
        return;
    }
    const ExternalAuthentication record = m_core.catalog.externalAuthentication(credential->id);
    const bool notSignedIn = record.awaitsFirstSignIn();
    QString text;
    if (record.status == AuthStatus::SignInRequired)
        text = notSignedIn ? tr("Not signed in yet") : tr("Sign-in required: the service ended the session");
    else
        text = statusText(record.status);
    if (record.status == AuthStatus::SignedIn || record.status == AuthStatus::Refreshing) {
        if (!record.user.isEmpty())
            text = tr("%1 as %2").arg(text, record.user);
        if (record.accessTokenExpiry.isValid())
            text = tr("%1; the access token expires at %2")
                       .arg(text, record.accessTokenExpiry.toLocalTime().toString(u"HH:mm:ss"_s));
    }
    m_status->setText(tr("%1: %2").arg(credential->displayLabel(), text));
    const AuthStatus shown
        = notSignedIn && record.status == AuthStatus::SignInRequired ? AuthStatus::SignedOut : record.status;
    m_statusDot->setPixmap(dotOf(colourOf(shown)));
    // The same one click as the tray's and the notification's, here too.
    m_signInButton->setText(notSignedIn ? tr("&Sign in") : tr("&Re-authenticate"));
    m_signInButton->setAccessibleName(notSignedIn ? tr("Sign in to the Demo API")
                                                  : tr("Sign in to the Demo API again"));
    m_signInButton->setVisible((notSignedIn || record.status == AuthStatus::SignInRequired)
                               && record.status != AuthStatus::SigningIn && !m_core.signIn.isSigningIn(credential->id));
}

// One call at a time: Call now waits for the call under way (or waiting for the user).
void DemoCallerPanel::showCalling(bool calling)
{
    m_callNowButton->setEnabled(!calling);
    m_callNowButton->setToolTip(calling ? tr("A call is under way or waiting for you to sign in.") : QString());
}

void DemoCallerPanel::addLine(const DemoCaller::Entry &entry)
{
    auto *item = new QListWidgetItem(u"%1  %2"_s.arg(entry.time.toLocalTime().toString(u"HH:mm:ss"_s), entry.text));
    item->setForeground(colourOf(entry.outcome));
    if (entry.outcome == DemoCaller::Outcome::WaitingCallCompleted) {
        QFont bold = m_log->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    m_log->addItem(item);
    while (m_log->count() > MaxLogLines)
        delete m_log->takeItem(0);
    m_log->scrollToBottom();
}

} // namespace callout::demo
