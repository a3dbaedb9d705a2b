#include "ui/SettingsWindow.h"

#include "callout/CredentialCatalog.h"
#include "ui/CredentialTableModel.h"
#include "ui_SettingsWindow.h"

#include <QHeaderView>

namespace callout {

SettingsWindow::SettingsWindow(CredentialCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SettingsWindow>())
    , m_model(new CredentialTableModel(catalog, this))
{
    m_ui->setupUi(this);
    m_ui->credentials->setModel(m_model);
    m_ui->credentials->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SettingsWindow::updateEmptyHint);
    updateEmptyHint();
}

SettingsWindow::~SettingsWindow() = default;

void SettingsWindow::showProblems(const QList<Error> &problems)
{
    QStringList lines;
    for (const Error &problem : problems) {
        lines.append(problem.toString());
        lines += problem.details;
    }
    m_ui->problems->setText(lines.join(u'\n'));
    m_ui->problems->setVisible(!lines.isEmpty());
}

void SettingsWindow::updateEmptyHint()
{
    m_ui->emptyHint->setVisible(m_model->rowCount() == 0);
}

} // namespace callout
