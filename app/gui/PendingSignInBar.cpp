#include "gui/PendingSignInBar.h"

#include "callout/agent/CalloutCore.h"
#include "ui_PendingSignInBar.h"

#include <QClipboard>
#include <QGuiApplication>

namespace callout {

PendingSignInBar::PendingSignInBar(CalloutCore &core, QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::PendingSignInBar>())
    , m_core(core)
{
    m_ui->setupUi(this);
    connect(&core.signIn, &SignInService::signInUrl, this, &PendingSignInBar::onSignInUrl);
    connect(&core.signIn, &SignInService::signInFinished, this, &PendingSignInBar::forget);
    // A sign-in also ends without signInFinished reaching here first (removed, discarded): the
    // service is asked, not remembered.
    connect(&core.catalog, &CredentialCatalog::configurationChanged, this, &PendingSignInBar::dropFinished);
    connect(&core.catalog, &CredentialCatalog::externalAuthenticationChanged, this, &PendingSignInBar::dropFinished);
    connect(m_ui->copyAddress, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->signInAddress->text()); });
    connect(m_ui->openAgain, &QPushButton::clicked, this, [this] {
        if (const Pending *pending = shown())
            m_core.signIn.openBrowserAgain(pending->credentialId); // signInUrl follows
    });
    connect(m_ui->cancelSignIn, &QPushButton::clicked, this, [this] {
        if (const Pending *pending = shown())
            m_core.signIn.cancel(pending->credentialId);
    });
    refresh();
}

PendingSignInBar::~PendingSignInBar() = default;

QString PendingSignInBar::shownCredential() const
{
    const Pending *pending = shown();
    return pending ? pending->credentialId : QString();
}

void PendingSignInBar::setPreferredCredential(const QString &credentialId)
{
    m_preferred = credentialId;
    refresh();
}

void PendingSignInBar::onSignInUrl(const QString &credentialId, const QUrl &url, bool browserOpened)
{
    forget(credentialId);
    m_pending.append({credentialId, url, browserOpened});
    refresh();
}

void PendingSignInBar::forget(const QString &credentialId)
{
    m_pending.removeIf([&](const Pending &pending) { return pending.credentialId == credentialId; });
    refresh();
}

void PendingSignInBar::dropFinished()
{
    m_pending.removeIf([this](const Pending &pending) { return !m_core.signIn.isSigningIn(pending.credentialId); });
    refresh();
}

const PendingSignInBar::Pending *PendingSignInBar::shown() const
{
    for (const Pending &pending : m_pending) {
        if (pending.credentialId == m_preferred)
            return &pending;
    }
    return m_pending.isEmpty() ? nullptr : &m_pending.last(); // the latest
}

void PendingSignInBar::refresh()
{
    const Pending *pending = shown();
    setVisible(pending != nullptr);
    if (!pending)
        return;
    const NamedCredential *credential = m_core.catalog.configuration().credentialById(pending->credentialId);
    const QString label = credential ? credential->displayLabel() : pending->credentialId;
    m_ui->pendingText->setText(
        pending->browserOpened
            ? tr("Continue in your browser to sign in to %1… If no browser page opened, open this address in a "
                 "browser on this computer:")
                  .arg(label)
            : tr("No browser could be opened. To sign in to %1, open this address in a browser on this computer:")
                  .arg(label));
    m_ui->signInAddress->setText(pending->url.toString(QUrl::FullyEncoded));
    m_ui->signInAddress->setCursorPosition(0);
}

} // namespace callout
