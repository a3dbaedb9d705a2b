#pragma once

#include "callout/model/ExternalAuthentication.h"
#include "callout/store/JsonFile.h"
#include "callout/core/Result.h"

#include <QMap>

namespace callout {

class Clock;

// state.json: the non-secret sign-in record of every named credential, keyed by credential id.
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
    bool isWritable() const { return !m_readOnly; }

private:
    JsonFile m_file;
    const Clock &m_clock;
    bool m_readOnly = false;
};

} // namespace callout
