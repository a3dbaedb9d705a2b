#include "gui/CredentialTableModel.h"

#include "callout/store/CredentialCatalog.h"
#include "gui/ProblemText.h"

#include <QBrush>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QTextDocument>

namespace callout {

QString statusText(AuthStatus status)
{
    switch (status) {
    case AuthStatus::SignedOut: return CredentialTableModel::tr("Signed out");
    case AuthStatus::SigningIn: return CredentialTableModel::tr("Signing in…");
    case AuthStatus::SignedIn: return CredentialTableModel::tr("Signed in");
    case AuthStatus::Refreshing: return CredentialTableModel::tr("Refreshing…");
    case AuthStatus::SignInRequired: return CredentialTableModel::tr("Sign-in required");
    case AuthStatus::Error: return CredentialTableModel::tr("Error");
    }
    return {};
}

namespace {

// How a state looks: good, busy, needs the user, broken, nothing yet.
enum class Tone { Good, Busy, Attention, Broken, Neutral };

Tone toneOf(AuthStatus status)
{
    switch (status) {
    case AuthStatus::SignedIn: return Tone::Good;
    case AuthStatus::SigningIn:
    case AuthStatus::Refreshing: return Tone::Busy;
    case AuthStatus::SignInRequired: return Tone::Attention;
    case AuthStatus::Error: return Tone::Broken;
    case AuthStatus::SignedOut: return Tone::Neutral;
    }
    return Tone::Neutral;
}

QColor colourOf(Tone tone)
{
    switch (tone) {
    case Tone::Good: return {0x1a, 0x7f, 0x37};
    case Tone::Busy: return {0x1f, 0x5f, 0xbf};
    case Tone::Attention: return {0xb5, 0x47, 0x08};
    case Tone::Broken: return {0xb4, 0x23, 0x18};
    case Tone::Neutral: return {0x6b, 0x72, 0x80};
    }
    return {};
}

// A dot in the state's colour, next to the status text (the colour is never the only sign).
QPixmap dotOf(Tone tone)
{
    QPixmap dot(12, 12);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colourOf(tone));
    painter.drawEllipse(1, 1, 10, 10);
    return dot;
}

// Tool tips are shown as rich text whenever they look like markup (Qt::mightBeRichText); server
// text (an error, a user name) must show as it is, so every tip is converted to escaped HTML.
QVariant plainToolTip(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(Qt::convertFromPlainText(text));
}

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

CredentialTableModel::CredentialTableModel(const CredentialCatalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
    connect(&catalog, &CredentialCatalog::configurationChanged, this, &CredentialTableModel::reset);
    connect(&catalog, &CredentialCatalog::externalAuthenticationChanged, this, &CredentialTableModel::refreshRowOf);
}

int CredentialTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_catalog.configuration().namedCredentials.size() + m_catalog.invalidCredentials().size());
}

int CredentialTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CredentialTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto &credentials = m_catalog.configuration().namedCredentials;
    if (index.row() < credentials.size())
        return credentialData(credentials.at(index.row()), index.column(), role);
    return needsFixingData(m_catalog.invalidCredentials().at(index.row() - credentials.size()), index.column(), role);
}

QVariant CredentialTableModel::credentialData(const NamedCredential &credential, int column, int role) const
{
    switch (role) {
    case CredentialIdRole: return credential.id;
    case NameRole: return credential.name;
    case NeedsFixingRole: return false;
    default: break;
    }
    const ExternalAuthentication record = m_catalog.externalAuthentication(credential.id);
    if (role == NeedsUserRole)
        return needsUser(record.status);
    if (column == Status && role == Qt::DecorationRole)
        return dotOf(toneOf(record.status));
    if (column == Status && role == Qt::ForegroundRole)
        return QBrush(colourOf(toneOf(record.status)));
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Credential: return plainToolTip(tr("%1 (%2)").arg(credential.displayLabel(), credential.name));
        case Status:
            return plainToolTip(record.lastError.code != ErrorCode::None ? record.lastError.message : record.notice);
        case User: return plainToolTip(record.user);
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Credential: return credential.displayLabel();
    case Provider: return credential.authProvider;
    case User: return record.user;
    case Status:
        // Says what to do, where only the user can help.
        return needsUser(record.status) ? tr("Sign-in required — Re-authenticate") : statusText(record.status);
    case Expires:
        if (record.status != AuthStatus::SignedIn && record.status != AuthStatus::Refreshing)
            return QString();
        return record.accessTokenExpiry.isValid() ? shortTime(record.accessTokenExpiry) : tr("unknown");
    case LastRefresh: return shortTime(record.lastRefresh);
    default: return {};
    }
}

QVariant CredentialTableModel::needsFixingData(const InvalidCredential &entry, int column, int role) const
{
    const QString problem = entry.problems.isEmpty() ? QString() : problemtext::describe(entry.problems.first());
    switch (role) {
    case CredentialIdRole: return entry.id;
    case NameRole: return entry.name;
    case NeedsFixingRole: return true;
    case NeedsUserRole: return false;
    case Qt::DecorationRole: return column == Status ? QVariant(dotOf(Tone::Broken)) : QVariant();
    case Qt::ForegroundRole: return column == Status ? QVariant(QBrush(colourOf(Tone::Broken))) : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const Error &each : entry.problems)
            lines.append(problemtext::describe(each));
        return plainToolTip(lines.join(u'\n'));
    }
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (column) {
    case Credential: return entry.name;
    case Provider: return entry.authProvider;
    case Status: return tr("Needs fixing: %1").arg(problem);
    default: return QString();
    }
}

QVariant CredentialTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Credential: return tr("Named Credential");
    case Provider: return tr("Auth Provider");
    case User: return tr("User");
    case Status: return tr("Status");
    case Expires: return tr("Expires");
    case LastRefresh: return tr("Last refresh");
    default: return {};
    }
}

int CredentialTableModel::rowOf(const QString &credentialId) const
{
    const auto &credentials = m_catalog.configuration().namedCredentials;
    for (int row = 0; row < credentials.size(); ++row) {
        if (credentials.at(row).id == credentialId)
            return row;
    }
    const auto &invalid = m_catalog.invalidCredentials();
    for (int i = 0; i < invalid.size(); ++i) {
        if (invalid.at(i).id == credentialId)
            return int(credentials.size()) + i;
    }
    return -1;
}

void CredentialTableModel::reset()
{
    beginResetModel();
    endResetModel();
}

void CredentialTableModel::refreshRowOf(const QString &credentialId)
{
    if (const int row = rowOf(credentialId); row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace callout
