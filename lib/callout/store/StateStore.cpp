#include "callout/store/StateStore.h"

#include "callout/core/Clock.h"
#include "callout/core/Logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// The translation context of this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(callout::StateStore)
};

} // namespace

StateStore::StateStore(QString path, const Clock &clock)
    : m_file(std::move(path))
    , m_clock(clock)
{ }

StateStore::Loaded StateStore::load()
{
    m_readOnly = false;
    const JsonFile::ReadResult read = m_file.read();
    if (read.outcome == JsonFile::ReadOutcome::Missing)
        return {};
    if (read.outcome == JsonFile::ReadOutcome::Unparsable) {
        const Result<QString> aside = m_file.moveAside(u"corrupt"_s, m_clock);
        m_readOnly = !aside.ok();
        qCWarning(lcConfig) << "sign-in state unreadable:" << read.parseError;
        return {
            {},
            {Error(ErrorCode::ConfigurationUnreadable,
                   aside.ok()
                       ? Tr::tr("%1 could not be read (%2). It was kept as %3; sign-in details start "
                            "afresh.")
                             .arg(path(), read.parseError, aside.value())
                       : Tr::tr("%1 could not be read (%2) and could not be moved aside.").arg(path(), read.parseError))}};
    }
    const int version = read.object.value(u"version"_s).toInt(CurrentVersion);
    if (version > CurrentVersion) {
        m_readOnly = true;
        return {{},
                {Error(ErrorCode::ConfigurationTooNew,
                       Tr::tr("%1 was written by a newer Callout (version %2); Callout will not change it.")
                           .arg(path())
                           .arg(version))}};
    }
    Loaded loaded;
    const QJsonObject records = read.object.value(u"externalAuthentications"_s).toObject();
    for (auto it = records.begin(); it != records.end(); ++it)
        loaded.records.insert(it.key(), ExternalAuthentication::fromJson(it.key(), it.value().toObject()));
    return loaded;
}

Result<void> StateStore::save(const Records &records)
{
    if (m_readOnly)
        return Error(ErrorCode::ConfigurationReadOnly,
                     Tr::tr("%1 is kept as it is; Callout will not change it.").arg(path()));
    QJsonObject object;
    for (auto it = records.begin(); it != records.end(); ++it)
        object.insert(it.key(), it.value().toJson());
    return m_file.write({{u"version"_s, CurrentVersion}, {u"externalAuthentications"_s, object}});
}

} // namespace callout
