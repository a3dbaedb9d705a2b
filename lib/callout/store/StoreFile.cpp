#include "callout/store/StoreFile.h"

#include "callout/core/Logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::StoreFile)
};

} // namespace

StoreFile::StoreFile(QString path, int currentVersion, const Clock &clock)
    : m_file(std::move(path))
    , m_currentVersion(currentVersion)
    , m_clock(clock)
{ }

StoreFile::Loaded StoreFile::load(Unparsable unparsable)
{
    m_readOnly = false;
    const JsonFile::ReadResult read = m_file.read();
    switch (read.outcome) {
    case JsonFile::ReadOutcome::Missing: return {};
    case JsonFile::ReadOutcome::Unparsable:
        if (unparsable == Unparsable::MoveAside)
            return setAsideUnreadable(read.parseError);
        m_readOnly = true;
        return {std::nullopt,
                {Error(ErrorCode::ConfigurationUnreadable,
                       Tr::tr("%1 could not be read (%2); Callout keeps what it had and will not change the file "
                              "until it can read it.")
                           .arg(path(), read.parseError))},
                {}};
    case JsonFile::ReadOutcome::Parsed: break;
    }
    const int version = read.object.value(u"version"_s).toInt(m_currentVersion);
    if (version > m_currentVersion) {
        m_readOnly = true;
        return {std::nullopt,
                {Error(ErrorCode::ConfigurationTooNew,
                       Tr::tr("%1 was written by a newer Callout (version %2). Callout will not change it; "
                              "update Callout to use it.")
                           .arg(path())
                           .arg(version))},
                {}};
    }
    return {read.object, {}, read.bytes};
}

StoreFile::Loaded StoreFile::setAsideUnreadable(const QString &parseError)
{
    const Result<QString> aside = m_file.moveAside(u"corrupt"_s, m_clock);
    if (!aside.ok()) {
        m_readOnly = true; // could not move it: keep it untouched rather than overwrite it
        qCWarning(lcConfig).noquote() << u"%1 unreadable (%2) and could not be moved aside"_s.arg(path(), parseError);
        return {std::nullopt,
                {Error(ErrorCode::ConfigurationUnreadable,
                       Tr::tr("%1 could not be read (%2) and could not be moved aside; Callout will not change it.")
                           .arg(path(), parseError))},
                {}};
    }
    qCWarning(lcConfig).noquote() << u"%1 unreadable (%2), moved aside to %3"_s.arg(path(), parseError, aside.value());
    return {std::nullopt,
            {Error(ErrorCode::ConfigurationUnreadable,
                   Tr::tr("%1 could not be read (%2). It was kept as %3; Callout starts without it.")
                       .arg(path(), parseError, aside.value()))},
            {}};
}

Result<void> StoreFile::checkWritable() const
{
    if (m_readOnly)
        return Error(ErrorCode::ConfigurationReadOnly,
                     Tr::tr("%1 is kept as it is because Callout could not use it; move it away or update Callout.")
                         .arg(path()));
    return {};
}

Result<void> StoreFile::write(const QJsonObject &object) const
{
    if (Result<void> writable = checkWritable(); !writable.ok())
        return writable;
    return m_file.write(object);
}

Result<QString> StoreFile::copyAside(const QString &label) const
{
    return m_file.copyAside(label, m_clock);
}

} // namespace callout
