#pragma once

#include "callout/core/Result.h"
#include "callout/model/ExternalAuthentication.h"
#include "callout/store/StoreFile.h"

#include <QMap>

namespace callout {

class Clock;

// state.json: the non-secret sign-in record of every named credential, keyed by credential id.
// "signing-in" is never kept: it is written and read as what the stored tokens say. A file it cannot parse is renamed
// aside and a file from a newer Callout is never overwritten (StoreFile).
class StateStore
{
public:
    static constexpr int CurrentVersion = 1;
    using Records = QMap<QString, ExternalAuthentication>;
    // How long sessions lasted from sign-in to the refusal, by auth provider id, in seconds, newest
    // last (at most ObservedLength): learns a service's fixed session limit (SessionEnd).
    using ObservedSessions = QMap<QString, QList<qint64>>;
    static constexpr int ObservedLength = 2;

    struct Loaded {
        Records records;
        ObservedSessions observedSessions;
        QList<Error> problems;
    };

    StateStore(QString path, const Clock &clock);

    const QString &path() const { return m_file.path(); }

    Loaded load();
    Result<void> save(const Records &records, const ObservedSessions &observedSessions = {});
    bool isWritable() const { return m_file.isWritable(); }

private:
    StoreFile m_file;
};

} // namespace callout
