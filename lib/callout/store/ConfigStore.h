#pragma once

#include "callout/model/Configuration.h"
#include "callout/store/JsonFile.h"
#include "callout/core/Result.h"

namespace callout {

class Clock;

// callout.json on disk. Loading never fails: it returns what it can use and reports the rest.
// A file it cannot parse is renamed aside; a file with entries it must drop is copied aside before
// the first save; a file from a newer Callout is never overwritten.
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
    bool isWritable() const { return !m_readOnly; }

private:
    Configuration keepValidEntries(Configuration configuration, const QList<Error> &problems) const;

    JsonFile m_file;
    const Clock &m_clock;
    bool m_readOnly = false;
    bool m_backupBeforeSave = false;
};

} // namespace callout
