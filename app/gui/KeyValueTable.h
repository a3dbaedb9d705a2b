#pragma once

#include "callout/core/Error.h"

#include <QMap>
#include <QWidget>

class QHBoxLayout;
class QPushButton;
class QTableWidget;

namespace callout {

// A two-column name → value table with Add / Remove, for a credential's custom headers and a
// provider's extra authorize parameters. Holds a handful of rows, so they live in the widget.
class KeyValueTable : public QWidget
{
    Q_OBJECT

public:
    explicit KeyValueTable(QWidget *parent = nullptr);

    void setColumnTitles(const QString &key, const QString &value);
    // The rows as a map; rows with neither name nor value are left out.
    QMap<QString, QString> values() const;
    void setValues(const QMap<QString, QString> &values);
    // A name given twice would silently lose a row in the map: each such name, once.
    QStringList duplicateKeys() const;

    // Marks the rows whose names have a problem (name → message), clears the others.
    void markProblems(const QMap<QString, QString> &problems);

    // Adds a button of the caller's (e.g. "Insert token field") next to Add / Remove.
    QPushButton *addButton(const QString &text, const QString &accessibleName);
    // Appends `text` to the value of the current row, or adds a row with it as its value.
    void insertIntoValue(const QString &text);

Q_SIGNALS:
    void changed();

private:
    void addRow(const QString &key, const QString &value);

    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QHBoxLayout *m_buttons;
};

} // namespace callout
