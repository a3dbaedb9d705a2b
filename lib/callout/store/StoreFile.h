#pragma once

#include "callout/core/Error.h"
#include "callout/core/Result.h"
#include "callout/store/JsonFile.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace callout {

class Clock;

// The JSON file behind a store (callout.json, state.json), with the rules they share: a file that
// cannot be parsed is renamed aside ("<path>.corrupt-<UTC time>") and the store starts without it;
// a file from a newer Callout (`version` above the store's) is reported and never overwritten.
// Neither is ever written over while it stays where it is.
class StoreFile
{
public:
    struct Loaded {
        std::optional<QJsonObject> object; // the document to use; none when missing, unreadable or too new
        QList<Error> problems;             // why an existing file is not used
        QByteArray bytes;                  // the file's bytes, with `object`
    };

    StoreFile(QString path, int currentVersion, const Clock &clock);

    const QString &path() const { return m_file.path(); }

    // What to do with a file that cannot be parsed: move it aside (at start), or leave it where it
    // is and refuse to write over it until a later load can read it (while the user edits it).
    enum class Unparsable { MoveAside, KeepInPlace };

    Loaded load(Unparsable unparsable = Unparsable::MoveAside);
    // False when the file on disk must be kept as it is (too new, or unreadable and not moved aside).
    bool isWritable() const { return !m_readOnly; }
    // The same, with the reason to show when it is not.
    Result<void> checkWritable() const;
    // Writes atomically (JsonFile::write), or refuses when the file is not writable.
    Result<void> write(const QJsonObject &object) const;
    // Copies the file to "<path>.<label>-<UTC time>" and returns the copy's path.
    Result<QString> copyAside(const QString &label) const;

private:
    Loaded setAsideUnreadable(const QString &parseError);

    JsonFile m_file;
    int m_currentVersion;
    const Clock &m_clock;
    bool m_readOnly = false;
};

} // namespace callout
