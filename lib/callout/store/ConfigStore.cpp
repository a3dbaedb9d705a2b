#include "callout/store/ConfigStore.h"

#include "callout/core/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::ConfigStore)
};

QList<Error> problemsUnder(const QList<Error> &problems, const QString &prefix)
{
    QList<Error> found;
    for (const Error &e : problems) {
        if (e.field == prefix || e.field.startsWith(prefix + u'.') || e.field.startsWith(prefix + u'['))
            found.append(e);
    }
    return found;
}

} // namespace

ConfigStore::ConfigStore(QString path, const Clock &clock)
    : m_file(std::move(path), Configuration::CurrentVersion, clock)
{ }

ConfigStore::Loaded ConfigStore::load(StoreFile::Unparsable unparsable)
{
    const StoreFile::Loaded read = m_file.load(unparsable);
    // After loading (a file moved aside is gone), of the bytes parsed when there are some.
    m_fingerprint = read.object ? fingerprintOf(read.bytes) : fingerprint();
    if (!read.object) {
        m_problemsOnDisk.clear(); // nothing to lose: missing, moved aside, or kept by StoreFile
        Loaded nothing;
        nothing.problems = read.problems;
        return nothing;
    }

    QList<Error> problems;
    const QJsonValue version = read.object->value(u"version"_s);
    if (!version.isUndefined() && (!version.isDouble() || version.toInt(-1) != Configuration::CurrentVersion))
        problems.append(Error(ErrorCode::InvalidConfiguration, Tr::tr("must be 1"), u"version"_s));
    Configuration parsed = Configuration::fromJson(*read.object, &problems);
    problems += parsed.validate();
    Loaded loaded = usableEntries(std::move(parsed), problems);
    loaded.fileRead = true;
    m_problemsOnDisk = loaded.problems;
    if (!loaded.problems.isEmpty())
        qCWarning(lcConfig) << "configuration has" << loaded.problems.size() << "problems";
    return loaded;
}

// The valid entries, and the credentials that are disabled with their problems (their own, or
// their provider's).
ConfigStore::Loaded ConfigStore::usableEntries(Configuration parsed, QList<Error> problems) const
{
    Loaded loaded;
    for (qsizetype i = 0; i < parsed.authProviders.size(); ++i) {
        if (problemsUnder(problems, u"authProviders[%1]"_s.arg(i)).isEmpty())
            loaded.configuration.authProviders.append(parsed.authProviders.at(i));
    }
    loaded.configuration.namedCredentials.reserve(parsed.namedCredentials.size());
    for (qsizetype i = 0; i < parsed.namedCredentials.size(); ++i) {
        NamedCredential &c = parsed.namedCredentials[i];
        QList<Error> own = problemsUnder(problems, u"namedCredentials[%1]"_s.arg(i));
        if (own.isEmpty() && !loaded.configuration.providerByName(c.authProvider))
            own.append(Error(ErrorCode::InvalidConfiguration,
                             Tr::tr("its auth provider %1 has a problem and cannot be used").arg(c.authProvider),
                             u"namedCredentials[%1].authProvider"_s.arg(i)));
        if (own.isEmpty())
            loaded.configuration.namedCredentials.append(std::move(c));
        else
            loaded.invalidCredentials.append({c.id, c.name, c.authProvider, c.url.toString(QUrl::FullyEncoded), own});
    }
    loaded.problems = std::move(problems);
    return loaded;
}

Result<void> ConfigStore::checkWritable() const
{
    if (Result<void> writable = m_file.checkWritable(); !writable.ok())
        return writable;
    if (!m_problemsOnDisk.isEmpty()) {
        QStringList details;
        for (const Error &p : m_problemsOnDisk)
            details.append(p.toString());
        return Error(ErrorCode::ConfigurationReadOnly,
                     Tr::tr("%1 has %n problem(s); Callout will not write over it. Fix it in an editor (Callout "
                            "reads it again when it is saved), then try again.",
                            nullptr, int(m_problemsOnDisk.size()))
                         .arg(path()),
                     {}, details);
    }
    return {};
}

Result<void> ConfigStore::save(const Configuration &configuration)
{
    if (Result<void> writable = checkWritable(); !writable.ok())
        return writable;
    if (changedOnDisk())
        return Error(ErrorCode::ConfigurationReadOnly,
                     Tr::tr("%1 was changed on disk and has not been read again yet; Callout will not write over "
                            "it. Try again in a moment.")
                         .arg(path()));
    Result<void> written = m_file.write(configuration.toJson());
    m_fingerprint = fingerprint(); // Callout's own save is not an edit to read again
    return written;
}

bool ConfigStore::changedOnDisk() const
{
    return fingerprint() != m_fingerprint;
}

// The file's bytes, hashed; empty when there is no file.
QByteArray ConfigStore::fingerprint() const
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fingerprintOf(file.readAll());
}

QByteArray ConfigStore::fingerprintOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace callout
