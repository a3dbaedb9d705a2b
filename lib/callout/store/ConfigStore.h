#pragma once

#include "callout/core/Result.h"
#include "callout/model/Configuration.h"
#include "callout/store/StoreFile.h"

namespace callout {

class Clock;

// callout.json on disk. Loading never fails: it returns what it can use and reports the rest.
// A file it cannot parse is renamed aside and a file from a newer Callout is never overwritten
// (StoreFile); a file with entries it must drop is copied aside before the first save.
class ConfigStore
{
public:
    struct Loaded {
        Configuration configuration;
        QList<Error> problems;
    };

    ConfigStore(QString path, const Clock &clock);

    const QString &path() const { return m_file.path(); }

    Loaded load();
    Result<void> save(const Configuration &configuration);

    // False when the file on disk must be kept as it is (written by a newer Callout).
    bool isWritable() const { return m_file.isWritable(); }

private:
    Configuration keepValidEntries(const Configuration &configuration, const QList<Error> &problems) const;

    StoreFile m_file;
    bool m_backupBeforeSave = false;
};

} // namespace callout
