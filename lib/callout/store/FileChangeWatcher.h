#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace callout {

// Tells when a file may have changed on disk, e.g. callout.json edited while Callout runs. Watches
// the file and its folder: an atomic replace (QSaveFile, most editors) renames a new file over the
// old one, which ends a watch on the file itself, so the watch is renewed after every change.
// A burst of changes (an editor's save) is told once, after it settles. Whether the content really
// changed is the reader's to check (ConfigStore::changedOnDisk()): Callout's own saves show up here too.
class FileChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit FileChangeWatcher(const QString &path, std::chrono::milliseconds settle = std::chrono::milliseconds(200),
                               QObject *parent = nullptr);

    // Watches the file and its folder where they exist now (the folder may appear with the first
    // save: call again then).
    void rearm();

Q_SIGNALS:
    void changed();

private:
    void settled();

    QString m_path;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

} // namespace callout
