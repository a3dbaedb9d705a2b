#pragma once

#include "callout/core/Result.h"
#include "callout/model/Configuration.h"
#include "callout/store/StoreFile.h"

#include <QByteArray>

namespace callout {

class Clock;

// callout.json on disk. Loading never fails: it returns what it can use and reports the rest.
// A file it cannot parse is renamed aside at start (StoreFile) and left where it is on a reload; a
// file from a newer Callout is never overwritten. A file with problems is never written over either:
// the user's text stays as written until the user fixes it (its invalid entries are disabled, not
// dropped). Nor is a file changed on disk since it was last read or written, until it is read again.
class ConfigStore
{
public:
    struct Loaded {
        Configuration configuration;                 // the entries Callout can use
        QList<InvalidCredential> invalidCredentials; // in the file, but disabled
        QList<Error> problems;
        // The file was there and parsed: an id missing from it really left it. False when it is
        // missing, could not be parsed or is too new.
        bool fileRead = false;
    };

    ConfigStore(QString path, const Clock &clock);

    const QString &path() const { return m_file.path(); }

    Loaded load(StoreFile::Unparsable unparsable = StoreFile::Unparsable::MoveAside);
    Result<void> save(const Configuration &configuration);

    // False when the file on disk must be kept as it is (too new, unreadable, or with problems).
    bool isWritable() const { return checkWritable().ok(); }
    Result<void> checkWritable() const;

    // The file differs from what was last read or written here (an edit, not Callout's own save).
    bool changedOnDisk() const;

private:
    Loaded usableEntries(Configuration parsed, QList<Error> problems) const;
    QByteArray fingerprint() const; // of the file on disk; empty when there is none
    static QByteArray fingerprintOf(const QByteArray &bytes);

    StoreFile m_file;
    QList<Error> m_problemsOnDisk; // of the file as last read: saving would lose the user's text
    QByteArray m_fingerprint;      // of the file as last read or written
};

} // namespace callout
