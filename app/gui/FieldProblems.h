#pragma once

#include "callout/core/Error.h"

#include <QHash>
#include <QList>
#include <QString>

class QLabel;

namespace callout {

class KeyValueTable;

// Shows each problem of an edit plan next to its field: Error::field is the edited entry's JSON key
// ("name", "tokenUrl", "headers.X-Foo"), mapped here to the label under that field. What belongs to
// no field is handed back, for the line above the buttons.
class FieldProblems
{
public:
    // `label` shows the problems of `key`; `fieldName` precedes them ("Token URL: is required").
    void addField(const QString &key, const QString &fieldName, QLabel *label);
    // The problems of "<key>.<row name>" go to `label` and mark the row in `table`.
    void addTable(const QString &key, const QString &rowKind, KeyValueTable *table, QLabel *label);

    // Shows problems (and, where a field has none, its warnings); returns those of no known field.
    QList<Error> show(const QList<Error> &problems, const QList<Error> &warnings);

private:
    struct Field {
        QString name;
        QLabel *label = nullptr;
        KeyValueTable *table = nullptr; // for a table: name = the kind of its rows
    };
    QHash<QString, Field> m_fields;
};

} // namespace callout
