#include "gui/ConfigurationListModel.h"

#include "callout/store/CredentialCatalog.h"

namespace callout {

namespace {
// Tool tips are rich text whenever they look like it: entries come from a file anyone could edit.
QString literalToolTip(const QString &text)
{
    return text.isEmpty() ? text : QStringLiteral("<p>") + text.toHtmlEscaped();
}
} // namespace

ConfigurationListModel::ConfigurationListModel(const CredentialCatalog &catalog, Kind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
    , m_kind(kind)
{
    connect(&catalog, &CredentialCatalog::configurationChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int ConfigurationListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const Configuration &configuration = m_catalog.configuration();
    return int(m_kind == Kind::AuthProviders ? configuration.authProviders.size()
                                             : configuration.namedCredentials.size());
}

QVariant ConfigurationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Configuration &configuration = m_catalog.configuration();
    if (m_kind == Kind::AuthProviders) {
        const AuthProvider &provider = configuration.authProviders.at(index.row());
        switch (role) {
        case Qt::DisplayRole: return provider.name;
        case Qt::ToolTipRole:
            return literalToolTip(provider.issuer.isEmpty() ? provider.tokenUrl.toDisplayString() : provider.issuer);
        case IdRole: return provider.id;
        default: return {};
        }
    }
    const NamedCredential &credential = configuration.namedCredentials.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return credential.label.isEmpty() || credential.label == credential.name
            ? credential.name
            : tr("%1 (%2)").arg(credential.label, credential.name);
    case Qt::ToolTipRole: return literalToolTip(credential.url.toDisplayString());
    case IdRole: return credential.id;
    default: return {};
    }
}

QModelIndex ConfigurationListModel::indexOf(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row).data(IdRole).toString() == id)
            return index(row);
    }
    return {};
}

} // namespace callout
