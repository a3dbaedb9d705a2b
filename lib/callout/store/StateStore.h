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

    struct Loaded {
        Records records;
        QList<Error> problems;
    };

    StateStore(QString path, const Clock &clock);

    const QString &path() const { return m_file.path(); }

    Loaded load();
    Result<void> save(const Records &records);
    bool isWritable() const { return m_file.isWritable(); }

private:
    StoreFile m_file;
};

} // namespace callout
