#include "gui/ReauthPrompt.h"

#include "callout/store/CredentialCatalog.h"
#include "ui_ReauthPrompt.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace callout {

ReauthPrompt::ReauthPrompt(const CredentialCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReauthPrompt>())
    , m_catalog(catalog)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/callout-attention.svg"_s));
    connect(m_ui->laterButton, &QPushButton::clicked, this, &ReauthPrompt::laterRequested);
}

ReauthPrompt::~ReauthPrompt() = default;

QString ReauthPrompt::reasonFor(const CredentialCatalog &catalog, const QString &credentialId)
{
    const NamedCredential *credential = catalog.configuration().credentialById(credentialId);
    if (!credential)
        return {};
    // Plain words; the technical reason stays in the settings window and `calloutctl status`.
    return tr("%1: the service ended your session. Sign in again to continue.").arg(credential->displayLabel());
}

ReauthPrompt::Row ReauthPrompt::makeRow(const QString &credentialId)
{
    const NamedCredential *credential = m_catalog.configuration().credentialById(credentialId);
    auto *widget = new QWidget(m_ui->rows);
    widget->setObjectName(u"row-"_s + (credential ? credential->name : credentialId));
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *message = new QLabel(widget);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    auto *button = new QPushButton(tr("Re-authenticate"), widget);
    button->setObjectName(u"reauthenticate"_s);
    button->setDefault(true);
    layout->addWidget(message, 1);
    layout->addWidget(button);
    m_ui->rowsLayout->addWidget(widget);
    connect(button, &QPushButton::clicked, this,
            [this, credentialId] { Q_EMIT reauthenticateRequested(credentialId); });
    return {widget, message, button};
}

void ReauthPrompt::showFor(const QStringList &credentialIds)
{
    for (const QString &id : m_rows.keys()) {
        if (!credentialIds.contains(id))
            removeRow(id);
    }
    for (const QString &id : credentialIds) {
        if (!m_rows.contains(id))
            m_rows.insert(id, makeRow(id));
        m_rows[id].message->setText(reasonFor(m_catalog, id));
    }
    if (m_rows.isEmpty()) {
        hide();
        return;
    }
    adjustSize();
    show();
    raise();
    activateWindow();
}

void ReauthPrompt::removeRow(const QString &credentialId)
{
    const Row row = m_rows.take(credentialId);
    delete row.widget;
}

void ReauthPrompt::signInStarted(const QString &credentialId)
{
    if (!m_rows.contains(credentialId))
        return;
    const Row &row = m_rows[credentialId];
    row.message->setText(tr("Continue in your browser… Callout is waiting for the sign-in to finish."));
    row.button->setEnabled(false);
}

void ReauthPrompt::signInFinished(const QString &credentialId, const Error &error)
{
    if (!m_rows.contains(credentialId))
        return;
    if (error.code == ErrorCode::None) {
        removeRow(credentialId);
        if (m_rows.isEmpty())
            hide();
        return;
    }
    const Row &row = m_rows[credentialId];
    row.message->setText(tr("The sign-in did not complete: %1").arg(error.message));
    row.button->setText(tr("Try again"));
    row.button->setEnabled(true);
}

} // namespace callout
