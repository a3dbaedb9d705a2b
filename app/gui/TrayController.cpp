#include "gui/TrayController.h"

#include "callout/session/SignInOverview.h"
#include "callout/store/CredentialCatalog.h"
#include "gui/CredentialTableModel.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

constexpr auto UnconfiguredIcon = ":/icons/callout-unconfigured.svg";

QString iconFor(TrayController::State state)
{
    switch (state) {
    case TrayController::State::Attention: return u":/icons/callout-attention.svg"_s;
    case TrayController::State::Busy: return u":/icons/callout-busy.svg"_s;
    case TrayController::State::SignedIn: break;
    }
    return u":/icons/callout.svg"_s;
}

bool hasTokens(AuthStatus status)
{
    return status == AuthStatus::SignedIn || status == AuthStatus::Refreshing || status == AuthStatus::SignInRequired;
}

// A credential that never signed in has no session to renew, whatever its status says (a token
// request raises "sign-in required" before any sign-in): its action is Sign in.
bool hasSignedInBefore(const ExternalAuthentication &record)
{
    return !record.tokenBinding.isEmpty() || !record.user.isEmpty() || record.accessTokenExpiry.isValid()
        || std::any_of(record.history.cbegin(), record.history.cend(), [](const AuthEvent &event) {
               return event.kind == AuthEvent::Kind::SignedIn || event.kind == AuthEvent::Kind::Reauthenticated;
           });
}

bool offersReauthentication(const ExternalAuthentication &record)
{
    if (record.status == AuthStatus::SignInRequired)
        return hasSignedInBefore(record);
    return isReauthentication(record.status);
}

} // namespace

TrayController::TrayController(const CredentialCatalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_menu(new QMenu)
    , m_tray(new QSystemTrayIcon(this))
{
    m_tray->setContextMenu(m_menu);
    // A left click opens the settings, as users expect from a tray icon.
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT settingsRequested();
    });
    // QSystemTrayIcon::messageClicked is not used: on the D-Bus path Qt 6.4 emits it for every
    // notification action on the bus, whoever sent the notification (docs/qt64-workarounds.md, T1).
    connect(&catalog, &CredentialCatalog::configurationChanged, this, &TrayController::rebuild);
    connect(&catalog, &CredentialCatalog::externalAuthenticationChanged, this, &TrayController::rebuild);
    rebuild();
}

TrayController::~TrayController()
{
    delete m_menu; // a context menu has no QObject parent (QSystemTrayIcon does not own it)
}

bool TrayController::show()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    m_tray->show();
    return true;
}

bool TrayController::isUnconfigured() const
{
    return m_catalog.configuration().namedCredentials.isEmpty() && m_catalog.invalidCredentials().isEmpty();
}

void TrayController::addCredentialMenu(const NamedCredential &credential)
{
    const QString credentialId = credential.id;
    const ExternalAuthentication record = m_catalog.externalAuthentication(credentialId);
    // The status alone: the access token's expiry moves with every refresh and is not when the
    // session ends, so it is not shown here (the settings window's details have it).
    QMenu *submenu = m_menu->addMenu(tr("%1 — %2").arg(credential.displayLabel(), statusText(record.status)));
    QAction *signIn = submenu->addAction(offersReauthentication(record) ? tr("Re-authenticate") : tr("Sign in"));
    signIn->setEnabled(record.status != AuthStatus::SigningIn);
    connect(signIn, &QAction::triggered, this, [this, credentialId] { Q_EMIT signInRequested(credentialId); });
    QAction *signOut = submenu->addAction(tr("Sign out"));
    signOut->setEnabled(hasTokens(record.status));
    connect(signOut, &QAction::triggered, this, [this, credentialId] { Q_EMIT signOutRequested(credentialId); });
}

void TrayController::setSessionWarnings(const QHash<QString, QString> &textById)
{
    if (textById == m_sessionWarnings)
        return;
    m_sessionWarnings = textById;
    rebuild();
}

QStringList TrayController::sessionWarningIds() const
{
    QStringList ids;
    for (const NamedCredential &c : m_catalog.configuration().namedCredentials) {
        if (m_sessionWarnings.contains(c.id))
            ids.append(c.id);
    }
    return ids;
}

void TrayController::rebuild()
{
    // Submenus are children of the menu, not actions it owns: clear() alone would keep them.
    qDeleteAll(m_menu->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly));
    m_menu->clear();
    const QList<NamedCredential> &credentials = m_catalog.configuration().namedCredentials;
    for (qsizetype i = 0; i < std::min<qsizetype>(credentials.size(), MaxCredentialMenus); ++i)
        addCredentialMenu(credentials.at(i));
    if (const qsizetype more = credentials.size() - MaxCredentialMenus; more > 0) {
        connect(m_menu->addAction(tr("%n more in Settings…", nullptr, int(more))), &QAction::triggered, this,
                &TrayController::settingsRequested);
    }
    const SignInOverview overview = SignInOverview::of(m_catalog);
    const QStringList &needing = overview.needingUser();
    const QStringList warned = sessionWarningIds();
    if (!warned.isEmpty()) {
        m_menu->addSeparator();
        for (const QString &id : warned) {
            QAction *signIn = m_menu->addAction(QIcon(iconFor(State::Attention)), m_sessionWarnings.value(id));
            connect(signIn, &QAction::triggered, this, [this, id] { Q_EMIT signInRequested(id); });
        }
    }
    if (!needing.isEmpty()) {
        m_menu->addSeparator();
        QStringList labels;
        for (const QString &id : std::as_const(needing)) {
            const QString label = m_catalog.configuration().credentialById(id)->displayLabel();
            labels.append(label);
            const QString text = offersReauthentication(m_catalog.externalAuthentication(id))
                ? tr("Re-authenticate %1").arg(label)
                : tr("Sign in to %1").arg(label);
            QAction *reauth = m_menu->addAction(QIcon(iconFor(State::Attention)), text);
            connect(reauth, &QAction::triggered, this, [this, id] { Q_EMIT signInRequested(id); });
        }
        connect(m_menu->addAction(tr("Show the sign-in prompt…")), &QAction::triggered, this,
                &TrayController::promptRequested);
        m_tray->setToolTip(tr("Callout — sign in again: %1").arg(labels.join(u", "_s)));
    } else if (!warned.isEmpty()) {
        QStringList texts;
        for (const QString &id : warned)
            texts.append(m_sessionWarnings.value(id));
        m_tray->setToolTip(texts.join(u'\n'));
    } else if (overview.isBusy()) {
        m_tray->setToolTip(tr("Callout — signing in…"));
    } else if (isUnconfigured()) {
        m_tray->setToolTip(tr("Callout — nothing set up yet. Open Settings to add a sign-in."));
    } else {
        m_tray->setToolTip(tr("Callout — signed in"));
    }
    // A session that ends soon asks for the user too, unless something is under way.
    m_state = warned.isEmpty() || overview.state() != State::SignedIn ? overview.state() : State::Attention;
    m_tray->setIcon(QIcon(isUnconfigured() ? QString::fromLatin1(UnconfiguredIcon) : iconFor(m_state)));
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Settings…")), &QAction::triggered, this, &TrayController::settingsRequested);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Quit Callout")), &QAction::triggered, this, &TrayController::quitRequested);
}

} // namespace callout
