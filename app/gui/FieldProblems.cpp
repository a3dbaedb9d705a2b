#include "gui/FieldProblems.h"

#include "gui/KeyValueTable.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMap>

using namespace Qt::StringLiterals;

namespace callout {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::FieldProblems)
};

const auto ProblemStyle = u"QLabel { color: #b00020; }"_s;
const auto WarningStyle = u"QLabel { color: #8a5300; }"_s;
} // namespace

void FieldProblems::addField(const QString &key, const QString &fieldName, QLabel *label)
{
    m_fields.insert(key, Field{fieldName, label, nullptr});
}

void FieldProblems::addTable(const QString &key, const QString &rowKind, KeyValueTable *table, QLabel *label)
{
    m_fields.insert(key, Field{rowKind, label, table});
}

QList<Error> FieldProblems::show(const QList<Error> &problems, const QList<Error> &warnings)
{
    QHash<QLabel *, QStringList> problemLines;
    QHash<QLabel *, QStringList> warningLines;
    QHash<KeyValueTable *, QMap<QString, QString>> rowProblems;
    QList<Error> unplaced;

    auto place = [&](const Error &error, QHash<QLabel *, QStringList> &lines) {
        const auto exact = m_fields.constFind(error.field);
        if (exact != m_fields.constEnd() && !exact->table) {
            lines[exact->label].append(Tr::tr("%1: %2").arg(exact->name, error.message));
            return true;
        }
        const QString tableKey = error.field.section(u'.', 0, 0);
        const auto table = m_fields.constFind(tableKey);
        if (table == m_fields.constEnd() || !table->table)
            return false;
        const QString row = error.field.section(u'.', 1);
        lines[table->label].append(row.isEmpty() && error.field == tableKey
                                       ? error.message
                                       : Tr::tr("%1 “%2”: %3").arg(table->name, row, error.message));
        if (&lines == &problemLines)
            rowProblems[table->table].insert(row, error.message);
        return true;
    };
    for (const Error &problem : problems) {
        if (!place(problem, problemLines))
            unplaced.append(problem);
    }
    for (const Error &warning : warnings) {
        if (!place(warning, warningLines))
            unplaced.append(warning);
    }

    for (const Field &field : std::as_const(m_fields)) {
        const QStringList shown = problemLines.value(field.label);
        const QStringList warned = warningLines.value(field.label);
        const bool isProblem = !shown.isEmpty();
        field.label->setText((isProblem ? shown : warned).join(u'\n'));
        field.label->setStyleSheet(isProblem ? ProblemStyle : WarningStyle);
        field.label->setProperty("severity", isProblem ? u"problem"_s : u"warning"_s); // for tests and styles
        field.label->setVisible(isProblem || !warned.isEmpty());
        if (field.table)
            field.table->markProblems(rowProblems.value(field.table));
    }
    return unplaced;
}

} // namespace callout
