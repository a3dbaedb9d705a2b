#include "callout/store/ConfigStore.h"

#include "callout/core/Clock.h"
#include "callout/core/Logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// The translation context of this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(callout::ConfigStore)
};

bool hasProblemUnder(const QList<Error> &problems, const QString &prefix)
{
    return std::any_of(problems.begin(), problems.end(), [&](const Error &e) {
        return e.field == prefix || e.field.startsWith(prefix + u'.') || e.field.startsWith(prefix + u'[');
    });
}

} // namespace

ConfigStore::ConfigStore(QString path, const Clock &clock)
    : m_file(std::move(path))
    , m_clock(clock)
{ }

ConfigStore::Loaded ConfigStore::load()
{
    m_readOnly = false;
    m_backupBeforeSave = false;
    const JsonFile::ReadResult read = m_file.read();
    switch (read.outcome) {
    case JsonFile::ReadOutcome::Missing: return {};
    case JsonFile::ReadOutcome::Unparsable: {
        const Result<QString> aside = m_file.moveAside(u"corrupt"_s, m_clock);
        if (!aside.ok()) {
            m_readOnly = true; // could not move it: keep it untouched rather than overwrite it
            return {{},
                    {Error(ErrorCode::ConfigurationUnreadable,
                           Tr::tr("%1 could not be read (%2) and could not be moved aside; Callout will not change it.")
                               .arg(path(), read.parseError))}};
        }
        qCWarning(lcConfig) << "configuration unreadable, moved aside to" << aside.value();
        return {{},
                {Error(ErrorCode::ConfigurationUnreadable,
                       Tr::tr("%1 could not be read (%2). It was kept as %3; Callout starts without it.")
                           .arg(path(), read.parseError, aside.value()))}};
    }
    case JsonFile::ReadOutcome::Parsed: break;
    }

    const QJsonValue version = read.object.value(u"version"_s);
    if (version.toInt(Configuration::CurrentVersion) > Configuration::CurrentVersion) {
        m_readOnly = true;
        return {{},
                {Error(ErrorCode::ConfigurationTooNew,
                       Tr::tr("%1 was written by a newer Callout (version %2). Callout will not change it; "
                          "update Callout to use it.")
                           .arg(path())
                           .arg(version.toInt()))}};
    }

    Loaded loaded;
    if (!version.isUndefined() && (!version.isDouble() || version.toInt(-1) != Configuration::CurrentVersion))
        loaded.problems.append(Error(ErrorCode::InvalidConfiguration, Tr::tr("must be 1"), u"version"_s));
    const Configuration parsed = Configuration::fromJson(read.object, &loaded.problems);
    loaded.problems += parsed.validate();
    loaded.configuration = keepValidEntries(parsed, loaded.problems);
    if (!loaded.problems.isEmpty()) {
        m_backupBeforeSave = true; // entries were dropped: keep the original before any save
        qCWarning(lcConfig) << "configuration has" << loaded.problems.size() << "problems";
    }
    return loaded;
}

Configuration ConfigStore::keepValidEntries(Configuration configuration, const QList<Error> &problems) const
{
    Configuration kept;
    for (qsizetype i = 0; i < configuration.authProviders.size(); ++i) {
        if (!hasProblemUnder(problems, u"authProviders[%1]"_s.arg(i)))
            kept.authProviders.append(configuration.authProviders.at(i));
    }
    for (qsizetype i = 0; i < configuration.namedCredentials.size(); ++i) {
        const NamedCredential &c = configuration.namedCredentials.at(i);
        if (!hasProblemUnder(problems, u"namedCredentials[%1]"_s.arg(i)) && kept.providerByName(c.authProvider))
            kept.namedCredentials.append(c);
    }
    return kept;
}

Result<void> ConfigStore::save(const Configuration &configuration)
{
    if (m_readOnly)
        return Error(
            ErrorCode::ConfigurationReadOnly,
            Tr::tr("%1 is kept as it is because Callout could not use it; move it away or update Callout.").arg(path()));
    if (m_backupBeforeSave) {
        const Result<QString> copy = m_file.copyAside(u"invalid"_s, m_clock);
        if (!copy.ok())
            return copy.error();
        qCInfo(lcConfig) << "kept the previous configuration as" << copy.value();
        m_backupBeforeSave = false;
    }
    return m_file.write(configuration.toJson());
}

} // namespace callout
