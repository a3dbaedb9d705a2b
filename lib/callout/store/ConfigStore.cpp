#include "callout/store/ConfigStore.h"

#include "callout/core/Logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// The translation context of this file's messages.
struct Tr {
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
    : m_file(std::move(path), Configuration::CurrentVersion, clock)
{ }

ConfigStore::Loaded ConfigStore::load()
{
    m_backupBeforeSave = false;
    const StoreFile::Loaded read = m_file.load();
    if (!read.object)
        return {{}, read.problems};

    Loaded loaded;
    const QJsonValue version = read.object->value(u"version"_s);
    if (!version.isUndefined() && (!version.isDouble() || version.toInt(-1) != Configuration::CurrentVersion))
        loaded.problems.append(Error(ErrorCode::InvalidConfiguration, Tr::tr("must be 1"), u"version"_s));
    const Configuration parsed = Configuration::fromJson(*read.object, &loaded.problems);
    loaded.problems += parsed.validate();
    loaded.configuration = keepValidEntries(parsed, loaded.problems);
    if (!loaded.problems.isEmpty()) {
        m_backupBeforeSave = true; // entries were dropped: keep the original before any save
        qCWarning(lcConfig) << "configuration has" << loaded.problems.size() << "problems";
    }
    return loaded;
}

Configuration ConfigStore::keepValidEntries(const Configuration &configuration, const QList<Error> &problems) const
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
    if (Result<void> writable = m_file.checkWritable(); !writable.ok())
        return writable;
    if (m_backupBeforeSave) {
        const Result<QString> copy = m_file.copyAside(u"invalid"_s);
        if (!copy.ok())
            return copy.error();
        qCInfo(lcConfig) << "kept the previous configuration as" << copy.value();
        m_backupBeforeSave = false;
    }
    return m_file.write(configuration.toJson());
}

} // namespace callout
