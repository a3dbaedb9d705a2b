#pragma once

#include "callout/model/AuthStatus.h"

#include <QAbstractTableModel>

namespace callout {

class CredentialCatalog;

// The rows of "Authentication Settings for External Systems": one named credential each, with
// its provider and sign-in status.
class CredentialTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Label, Name, Provider, Status, User, Expiry, ColumnCount };

    explicit CredentialTableModel(const CredentialCatalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // What a cell shows, before tool tips are made literal.
    QVariant textAt(const QModelIndex &index, int role) const;
    void reset();
    void refreshRowOf(const QString &credentialId);

    const CredentialCatalog &m_catalog;
};

// "Signed in", "Sign-in required", … for people.
QString statusText(AuthStatus status);

} // namespace callout
