#include "gui/KeyValueTable.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace callout {

namespace {
const QColor ProblemBackground(0xfd, 0xe7, 0xe9);
} // namespace

KeyValueTable::KeyValueTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_addButton(new QPushButton(tr("Add"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_buttons(new QHBoxLayout)
{
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setAccessibleName(tr("Names and values"));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, 180);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(110);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside
    setColumnTitles(tr("Name"), tr("Value"));
    setFocusProxy(m_table);

    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setAccessibleName(tr("Add a row"));
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected row"));
    m_buttons->addWidget(m_addButton);
    m_buttons->addWidget(m_removeButton);
    m_buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(m_buttons);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow({}, {});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { Q_EMIT changed(); });
}

void KeyValueTable::setColumnTitles(const QString &key, const QString &value)
{
    m_table->setHorizontalHeaderLabels({key, value});
}

QMap<QString, QString> KeyValueTable::values() const
{
    QMap<QString, QString> map;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0)->text().trimmed();
        const QString value = m_table->item(row, 1)->text();
        if (!key.isEmpty() || !value.isEmpty())
            map.insert(key, value);
    }
    return map;
}

void KeyValueTable::setValues(const QMap<QString, QString> &values)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (auto it = values.begin(); it != values.end(); ++it)
        addRow(it.key(), it.value());
}

QStringList KeyValueTable::duplicateKeys() const
{
    QSet<QString> seen;
    QStringList duplicates;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0)->text().trimmed();
        if (seen.contains(key) && !duplicates.contains(key))
            duplicates.append(key);
        seen.insert(key);
    }
    return duplicates;
}

void KeyValueTable::markProblems(const QMap<QString, QString> &problems)
{
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *key = m_table->item(row, 0);
        const auto problem = problems.constFind(key->text().trimmed());
        key->setBackground(problem == problems.constEnd() ? QBrush() : QBrush(ProblemBackground));
        // Rich text on purpose, escaped: a name the user typed is shown literally.
        key->setToolTip(problem == problems.constEnd() ? QString()
                                                       : QStringLiteral("<p>") + problem.value().toHtmlEscaped());
    }
}

QPushButton *KeyValueTable::addButton(const QString &text, const QString &accessibleName)
{
    auto *button = new QPushButton(text, this);
    button->setAccessibleName(accessibleName);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

void KeyValueTable::insertIntoValue(const QString &text)
{
    int row = m_table->currentRow();
    if (row < 0) {
        addRow({}, text);
        row = m_table->rowCount() - 1;
        Q_EMIT changed();
    } else {
        QTableWidgetItem *value = m_table->item(row, 1);
        value->setText(value->text() + text); // emits changed() through itemChanged
    }
    m_table->setCurrentCell(row, 1);
}

void KeyValueTable::addRow(const QString &key, const QString &value)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
}

} // namespace callout
