#pragma once

// The settings pages' world: a CalloutCore over temporary files with an in-memory keychain, a
// scripted browser and a manual clock; helpers to fill an editor's fields and save screenshots.
#include "ManualClock.h"
#include "MemorySecretStore.h"
#include "ScriptedBrowser.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "callout/agent/CalloutCore.h"

#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

#include <memory>

namespace callout::test {

class EditorPageFixture
{
public:
    EditorPageFixture()
        : core(dir.filePath(QStringLiteral("callout.json")), dir.filePath(QStringLiteral("state.json")), secrets,
               browser, clock)
    { }

    QString configPath() const { return dir.filePath(QStringLiteral("callout.json")); }

    // Imports `document` (README, "Configuration") and waits; false with the reason recorded.
    bool import(const QByteArray &document, bool replace = false)
    {
        const Result<ImportPlan> imported = importAndWait(core.catalog, document, replace);
        CHECK_OR_RETURN_FALSE(imported.ok(), qPrintable(failureOf(imported)));
        return true;
    }

    QTemporaryDir dir;
    ManualClock clock;
    MemorySecretStore secrets;
    ScriptedBrowser browser;
    CalloutCore core; // last: it uses the rest
};

// A top-level window showing `page`. Its layout puts no size constraint on the window: the offscreen
// platform warns at every change of a window's minimum size, and every warning fails a test.
inline std::unique_ptr<QWidget> showInWindow(QWidget *page, QSize size)
{
    auto window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(window.get());
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(page);
    window->resize(size);
    window->show();
    return window;
}

// The line edit `name` of `parent`, its text replaced as a user would (every keystroke is an edit).
inline bool typeInto(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(name);
    CHECK_OR_RETURN_FALSE(edit, qPrintable(QStringLiteral("no line edit ") + name));
    edit->selectAll();
    edit->del();
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
    return true;
}

// Saves `widget` at 1280×800 as `<CALLOUT_ARTIFACTS_DIR>/<name>.png` when tests/run.sh asks for artifacts.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CALLOUT_ARTIFACTS_DIR");
    if (dir.isEmpty())
        return;
    widget->resize(1280, 800);
    QTest::qWait(50); // layouts settle
    QVERIFY(widget->grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

} // namespace callout::test
