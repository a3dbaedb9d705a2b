#pragma once

#include <QAbstractListModel>

namespace callout {

class CredentialCatalog;

// The auth providers or the named credentials of the catalog's configuration, one row each, read
// straight from the catalog (nothing copied); reset whenever the configuration changes.
class ConfigurationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind { AuthProviders, NamedCredentials };
    static constexpr int IdRole = Qt::UserRole; // the entry's stable id

    ConfigurationListModel(const CredentialCatalog &catalog, Kind kind, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The row of the entry with `id`, or an invalid index.
    QModelIndex indexOf(const QString &id) const;

private:
    const CredentialCatalog &m_catalog;
    Kind m_kind;
};

} // namespace callout
