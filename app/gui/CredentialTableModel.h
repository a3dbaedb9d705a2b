#pragma once

#include "callout/model/AuthStatus.h"

#include <QAbstractTableModel>

namespace callout {

class CredentialCatalog;
struct InvalidCredential;
class NamedCredential;

// The rows of "Authentication Settings for External Systems": one named credential each, with
// its provider and sign-in status, then the entries of callout.json that need fixing. Rows are read
// from the catalog when shown (nothing is copied), so 10,000 credentials cost nothing up front.
class CredentialTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Credential, Provider, User, Status, Expires, LastRefresh, ColumnCount };
    enum Role {
        CredentialIdRole = Qt::UserRole + 1, // the credential's id (stable across renames)
        NameRole,                            // its name, as calloutctl knows it
        NeedsFixingRole,                     // bool: an entry of callout.json that cannot be used
        NeedsUserRole,                       // bool: only a new sign-in helps
    };

    explicit CredentialTableModel(const CredentialCatalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row of a credential id, -1 when it has none.
    int rowOf(const QString &credentialId) const;

private:
    QVariant credentialData(const NamedCredential &credential, int column, int role) const;
    QVariant needsFixingData(const InvalidCredential &entry, int column, int role) const;
    void reset();
    void refreshRowOf(const QString &credentialId);

    const CredentialCatalog &m_catalog;
};

// "Signed in", "Sign-in required", … for people.
QString statusText(AuthStatus status);

} // namespace callout
