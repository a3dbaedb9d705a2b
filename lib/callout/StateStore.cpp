#include "callout/StateStore.h"

#include "callout/Clock.h"
#include "callout/Logging.h"

#include <QCoreApplication>

namespace callout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("callout::StateStore", text);
}

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
        const Result<QString> aside = m_file.moveAside(u"corrupt"_qs, m_clock);
        m_readOnly = !aside.ok();
        qCWarning(lcConfig) << "sign-in state unreadable:" << read.parseError;
        return {
            {},
            {Error(ErrorCode::ConfigurationUnreadable,
                   aside.ok()
                       ? tr("%1 could not be read (%2). It was kept as %3; sign-in details start "
                            "afresh.")
                             .arg(path(), read.parseError, aside.value())
                       : tr("%1 could not be read (%2) and could not be moved aside.").arg(path(), read.parseError))}};
    }
    const int version = read.object.value(u"version"_qs).toInt(CurrentVersion);
    if (version > CurrentVersion) {
        m_readOnly = true;
        return {{},
                {Error(ErrorCode::ConfigurationTooNew,
                       tr("%1 was written by a newer Callout (version %2); Callout will not change it.")
                           .arg(path())
                           .arg(version))}};
    }
    Loaded loaded;
    const QJsonObject records = read.object.value(u"externalAuthentications"_qs).toObject();
    for (auto it = records.begin(); it != records.end(); ++it)
        loaded.records.insert(it.key(), ExternalAuthentication::fromJson(it.key(), it.value().toObject()));
    return loaded;
}

Result<void> StateStore::save(const Records &records)
{
    if (m_readOnly)
        return Error(ErrorCode::ConfigurationReadOnly,
                     tr("%1 is kept as it is; Callout will not change it.").arg(path()));
    QJsonObject object;
    for (auto it = records.begin(); it != records.end(); ++it)
        object.insert(it.key(), it.value().toJson());
    return m_file.write({{u"version"_qs, CurrentVersion}, {u"externalAuthentications"_qs, object}});
}

} // namespace callout
