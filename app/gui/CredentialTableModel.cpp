#include "gui/CredentialTableModel.h"

#include "callout/store/CredentialCatalog.h"

#include <QLocale>
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

CredentialTableModel::CredentialTableModel(const CredentialCatalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
    connect(&catalog, &CredentialCatalog::configurationChanged, this, &CredentialTableModel::reset);
    connect(&catalog, &CredentialCatalog::externalAuthenticationChanged, this, &CredentialTableModel::refreshRowOf);
}

int CredentialTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog.configuration().namedCredentials.size());
}

int CredentialTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// Tool tips are shown as rich text whenever they look like markup (Qt::mightBeRichText); server
// text (an error, a user name) must show as it is, so every tip is converted to escaped HTML.
QVariant plainToolTip(const QVariant &text)
{
    return text.toString().isEmpty() ? text : QVariant(Qt::convertFromPlainText(text.toString()));
}

} // namespace

QVariant CredentialTableModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole)
        return plainToolTip(textAt(index, role));
    return textAt(index, role);
}

QVariant CredentialTableModel::textAt(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const NamedCredential &credential = m_catalog.configuration().namedCredentials.at(index.row());
    const ExternalAuthentication record = m_catalog.externalAuthentication(credential.id);
    switch (index.column()) {
    case Label: return credential.displayLabel();
    case Name: return credential.name;
    case Provider: return credential.authProvider;
    case Status:
        if (role == Qt::ToolTipRole)
            return record.lastError.code != ErrorCode::None ? record.lastError.toString() : record.notice;
        return statusText(record.status);
    case User: return record.user;
    case Expiry:
        if (record.status != AuthStatus::SignedIn && record.status != AuthStatus::Refreshing)
            return QString();
        return record.accessTokenExpiry.isValid()
            ? QLocale().toString(record.accessTokenExpiry.toLocalTime(), QLocale::ShortFormat)
            : tr("unknown");
    default: return {};
    }
}

QVariant CredentialTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label: return tr("External system");
    case Name: return tr("Named credential");
    case Provider: return tr("Auth provider");
    case Status: return tr("Status");
    case User: return tr("User");
    case Expiry: return tr("Access token expires");
    default: return {};
    }
}

void CredentialTableModel::reset()
{
    beginResetModel();
    endResetModel();
}

void CredentialTableModel::refreshRowOf(const QString &credentialId)
{
    const auto &credentials = m_catalog.configuration().namedCredentials;
    for (int row = 0; row < credentials.size(); ++row) {
        if (credentials.at(row).id == credentialId)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

} // namespace callout
