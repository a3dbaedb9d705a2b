#pragma once

#include "callout/store/PreferencesStore.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;

namespace Ui {
class GeneralPage;
}

namespace callout {

class CalloutCore;
class StartAtLogin;

// The settings window's "General" page: start at login, the reminder snooze and the refresh lead
// (the agent's preferences, validated by Preferences::validate() with each message at its field,
// saved with Apply), the loopback proxy's switch and port (on and off at once), and import and export of the same JSON
// documents as `calloutctl`.
class GeneralPage : public QWidget
{
    Q_OBJECT

public:
    enum class FileChoice { Import, Export };
    // Asks the user for a file; an empty name means cancelled. Replaced by tests (no real dialogs).
    using FileChooser = std::function<QString(QWidget *parent, FileChoice choice)>;

    GeneralPage(CalloutCore &core, StartAtLogin &startAtLogin, QWidget *parent = nullptr);
    ~GeneralPage() override;

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // The preferences as the fields say (not yet applied).
    Preferences editedPreferences() const;

Q_SIGNALS:
    // An import or export finished; `message` is what the page shows (for the window's status).
    void transferFinished(bool ok, const QString &message);

private:
    void loadPreferences();
    void validatePreferences();
    void applyPreferences();
    void toggleStartAtLogin(bool enabled);
    void toggleProxy(bool enabled);
    void showProxy();
    void importFile();
    void exportFile();
    void showTransfer(bool ok, const QString &message);
    QLabel *messageLabelFor(const QString &field) const;

    std::unique_ptr<Ui::GeneralPage> m_ui;
    CalloutCore &m_core;
    StartAtLogin &m_startAtLogin;
    FileChooser m_chooseFile;
};

} // namespace callout
