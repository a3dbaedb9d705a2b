// Issue 15: the settings window in German, French and Spanish, loaded the way the agent loads it
// (callout::installTranslations from the user's locale). Every page is translated and no label,
// button or page title is cut off: longer German and French texts still fit at the window's
// default size. German screenshots (settings-de-*.png) are saved as artifacts.
#include "CoreFixture.h"
#include "calloutclient/Translations.h"
#include "gui/AuthProvidersPage.h"
#include "gui/AuthenticationSettingsPage.h"
#include "gui/GeneralPage.h"
#include "gui/NamedCredentialsPage.h"
#include "gui/SettingsWindow.h"
#include "platform/linux/AutostartEntry.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

using namespace callout;
using test::CoreFixture;

namespace {

// What a user cannot read in full: a one-line label or a button narrower than its text, a
// wrapped label shorter than its lines, a page title wider than the page list.
QStringList cutOffTexts(const QWidget &window)
{
    QStringList cut;
    const auto describe = [](const QWidget *widget, const QString &text) {
        return QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName() + u": \""_s + text
            + u'"';
    };
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->isVisibleTo(&window) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        const bool fits = label->wordWrap() ? label->height() >= label->heightForWidth(label->width())
                                            : label->width() >= label->minimumSizeHint().width();
        if (!fits)
            cut.append(describe(label, label->text()));
    }
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(&window) && !button->text().isEmpty()
            && button->width() < button->minimumSizeHint().width())
            cut.append(describe(button, button->text()));
    }
    for (const QGroupBox *group : window.findChildren<QGroupBox *>()) {
        if (group->isVisibleTo(&window) && group->width() < group->fontMetrics().horizontalAdvance(group->title()))
            cut.append(describe(group, group->title()));
    }
    for (const QListWidget *list : window.findChildren<QListWidget *>()) {
        if (!list->isVisibleTo(&window))
            continue;
        for (int row = 0; row < list->count(); ++row) {
            const QListWidgetItem *item = list->item(row);
            // The item's text, wrapped at word boundaries into the room beside its icon.
            const int icon = item->icon().isNull() ? 0 : list->iconSize().width() + 4;
            const QRect room = list->visualItemRect(item).adjusted(icon + 4, 0, -4, 0);
            const QRect needed = list->fontMetrics().boundingRect(room, Qt::TextWordWrap, item->text());
            if (needed.width() > room.width() || needed.height() > room.height())
                cut.append(describe(list, item->text()));
        }
    }
    return cut;
}

// The visible texts of the window's buttons: what the translation must have changed.
QStringList buttonTexts(const QWidget &window)
{
    QStringList texts;
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(&window) && !button->text().isEmpty())
            texts.append(button->text().remove(u'&'));
    }
    return texts;
}

} // namespace

class TestTranslatedWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyPageIsTranslatedAndFits_data();
    void everyPageIsTranslatedAndFits();

private:
    void useLanguage(const QString &language);

    std::unique_ptr<CoreFixture> m_fixture;
    QTemporaryDir m_dir;
};

void TestTranslatedWindow::init()
{
    QApplication::setApplicationDisplayName(u"Callout"_s);
    m_fixture = std::make_unique<CoreFixture>();
}

void TestTranslatedWindow::cleanup()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
    m_fixture.reset();
}

// As the agent does at start, for a user whose locale is `language`.
void TestTranslatedWindow::useLanguage(const QString &language)
{
    QLocale::setDefault(QLocale(language));
    installTranslations(*qApp);
}

void TestTranslatedWindow::everyPageIsTranslatedAndFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("newButton"); // "New" on the editor pages
    QTest::newRow("German") << u"de"_s << u"Neu"_s;
    QTest::newRow("French") << u"fr"_s << u"Nouveau"_s;
    QTest::newRow("Spanish") << u"es"_s << u"Nuevo"_s;
}

void TestTranslatedWindow::everyPageIsTranslatedAndFits()
{
    QFETCH(QString, language);
    QFETCH(QString, newButton);
    useLanguage(language);
    QVERIFY(m_fixture->importCredentials({u"TestApi"_s, u"Crm"_s}, {u"Test API"_s, u"CRM (production)"_s}));
    QVERIFY(m_fixture->setStatus(u"Crm"_s, AuthStatus::SignInRequired, u"The refresh token was revoked."_s));

    SettingsWindow window(m_fixture->core());
    AutostartEntry autostart(u"/usr/bin/callout"_s, m_dir.filePath(u"autostart.desktop"_s));
    auto *general = new GeneralPage(m_fixture->core(), autostart, &window);
    window.addPage(general, QCoreApplication::translate("main", "General"));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.authenticationPage()->showDetails(m_fixture->id(u"Crm"_s));

    const QList<std::pair<QWidget *, QString>> pages{{window.authenticationPage(), u"authentication"_s},
                                                     {window.namedCredentialsPage(), u"named-credentials"_s},
                                                     {window.authProvidersPage(), u"auth-providers"_s},
                                                     {general, u"general"_s}};
    const QString artifacts = qEnvironmentVariable("CALLOUT_ARTIFACTS_DIR");
    for (const auto &[page, name] : pages) {
        window.showPage(page);
        if (auto *list = page->findChild<QAbstractItemView *>(u"entries"_s))
            list->setCurrentIndex(list->model()->index(0, 0));
        // Layouts settle over a few event-loop turns (wrapped labels ask for their height later).
        QTRY_VERIFY2_WITH_TIMEOUT(cutOffTexts(window).isEmpty(),
                                  qPrintable(name + u": cut off:\n"_s + cutOffTexts(window).join(u'\n')), 2000);
        if (language == u"de"_s && !artifacts.isEmpty()) {
            QDir().mkpath(artifacts);
            QVERIFY(window.grab().save(artifacts + u"/settings-de-"_s + name + u".png"_s));
        }
        if (page == window.namedCredentialsPage() || page == window.authProvidersPage())
            QVERIFY2(buttonTexts(*page).contains(newButton), qPrintable(buttonTexts(*page).join(u", "_s)));
    }
    // The window's own words: the page list is translated too.
    const auto *pageList = window.findChild<QListWidget *>();
    QVERIFY(pageList);
    QVERIFY2(pageList->item(0)->text() != u"Authentication Settings for External Systems"_s,
             qPrintable(pageList->item(0)->text()));
}

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
