#pragma once

#include "callout/core/Result.h"

#include <QJsonObject>
#include <QString>

namespace callout {

class Clock;

// One JSON document on disk, read whole and written atomically (QSaveFile: a crash leaves the old
// file or the new one, never half of one). Shared by callout.json and state.json.
class JsonFile
{
public:
    enum class ReadOutcome { Missing, Parsed, Unparsable };
    struct ReadResult {
        ReadOutcome outcome = ReadOutcome::Missing;
        QJsonObject object;
        QString parseError; // when Unparsable
        QByteArray bytes;   // the file's bytes, when Parsed
    };

    explicit JsonFile(QString path);

    const QString &path() const { return m_path; }

    ReadResult read() const;
    // Writes with mode 0600 into a directory created 0700.
    Result<void> write(const QJsonObject &object) const;
    // Renames the file to "<path>.<label>-<UTC timestamp>" and returns the new path.
    Result<QString> moveAside(const QString &label, const Clock &clock) const;
    // Copies the file to "<path>.<label>-<UTC timestamp>" and returns the copy's path.
    Result<QString> copyAside(const QString &label, const Clock &clock) const;

private:
    QString asidePath(const QString &label, const Clock &clock) const;

    QString m_path;
};

} // namespace callout
