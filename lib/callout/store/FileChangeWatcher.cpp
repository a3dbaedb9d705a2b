#include "callout/store/FileChangeWatcher.h"

#include <QDir>
#include <QFileInfo>

namespace callout {

FileChangeWatcher::FileChangeWatcher(const QString &path, std::chrono::milliseconds settle, QObject *parent)
    : QObject(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settle);
    connect(&m_settle, &QTimer::timeout, this, &FileChangeWatcher::settled);
    auto changedHere = [this](const QString &) { m_settle.start(); };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, changedHere);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, changedHere);
    rearm();
}

void FileChangeWatcher::rearm()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (QDir(folder).exists() && !m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
    // A watch on a file that was replaced follows the old file: renew it.
    if (m_watcher.files().contains(m_path))
        m_watcher.removePath(m_path);
    if (QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

void FileChangeWatcher::settled()
{
    rearm();
    Q_EMIT changed();
}

} // namespace callout
