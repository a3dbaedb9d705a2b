#include "CatalogFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace callout::test {

CatalogFixture::CatalogFixture()
    : m_configStore(std::make_unique<ConfigStore>(m_dir.filePath(u"callout.json"_s), m_clock))
    , m_stateStore(std::make_unique<StateStore>(m_dir.filePath(u"state.json"_s), m_clock))
    , m_catalog(std::make_unique<CredentialCatalog>(*m_configStore, *m_stateStore, m_secrets))
{
    m_catalog->load();
}

bool CatalogFixture::importCredentials(const QStringList &names, const QStringList &labels)
{
    QJsonArray credentials;
    for (qsizetype i = 0; i < names.size(); ++i)
        credentials.append(QJsonObject{{u"name"_s, names.at(i)},
                                       {u"label"_s, labels.value(i, names.at(i))},
                                       {u"url"_s, u"https://api.example/"_s + names.at(i)},
                                       {u"authProvider"_s, u"Demo"_s}});
    const QJsonObject document{
        {u"authProviders"_s, QJsonArray{QJsonObject{{u"name"_s, u"Demo"_s},
                                                     {u"authorizeUrl"_s, u"https://a.example/auth"_s},
                                                     {u"tokenUrl"_s, u"https://a.example/token"_s},
                                                     {u"clientId"_s, u"c"_s}}}},
        {u"namedCredentials"_s, credentials}};
    std::optional<Result<ImportPlan>> outcome;
    m_catalog->importDocument(QJsonDocument(document).toJson(), false,
                              [&outcome](Result<ImportPlan> r) { outcome.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 5000))
        return false;
    return outcome->ok();
}

QString CatalogFixture::id(const QString &name) const
{
    const NamedCredential *credential = m_catalog->configuration().credentialByName(name);
    return credential ? credential->id : QString();
}

bool CatalogFixture::setStatus(const QString &name, AuthStatus status, const QString &reason)
{
    // The status table allows these steps from anywhere a test needs to start.
    QList<AuthStatus> path;
    const AuthStatus now = m_catalog->externalAuthentication(id(name)).status;
    if (status != AuthStatus::SignedOut && status != AuthStatus::Error && !isAllowedTransition(now, status)) {
        if (now != AuthStatus::SigningIn)
            path.append(AuthStatus::SigningIn);
        if (status == AuthStatus::Refreshing || status == AuthStatus::SignInRequired)
            path.append(AuthStatus::SignedIn);
    }
    path.append(status);
    for (const AuthStatus step : std::as_const(path)) {
        ExternalAuthentication record = m_catalog->externalAuthentication(id(name));
        record.status = step;
        if (step == AuthStatus::SignInRequired)
            record.lastError = Error(ErrorCode::SignInRequired,
                                     reason.isEmpty() ? u"The service ended the session."_s : reason);
        if (!m_catalog->updateExternalAuthentication(record).ok())
            return false;
    }
    return true;
}

} // namespace callout::test
