#include "CatalogFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace callout::test {

CatalogFixture::CatalogFixture()
{
    m_files.open(m_secrets).load();
}

bool CatalogFixture::importCredentials(const QStringList &names, const QStringList &labels)
{
    QJsonArray credentials;
    for (qsizetype i = 0; i < names.size(); ++i)
        credentials.append(QJsonObject{{u"name"_s, names.at(i)},
                                       {u"label"_s, labels.value(i, names.at(i))},
                                       {u"url"_s, u"https://api.example/"_s + names.at(i)},
                                       {u"authProvider"_s, u"Demo"_s}});
    const QJsonObject document{{u"authProviders"_s,
                                QJsonArray{QJsonObject{{u"name"_s, u"Demo"_s},
                                                       {u"authorizeUrl"_s, u"https://a.example/auth"_s},
                                                       {u"tokenUrl"_s, u"https://a.example/token"_s},
                                                       {u"clientId"_s, u"c"_s}}}},
                               {u"namedCredentials"_s, credentials}};
    return importAndWait(catalog(), QJsonDocument(document).toJson(), false, 5000).ok();
}

QString CatalogFixture::id(const QString &name) const
{
    const NamedCredential *credential = catalog().configuration().credentialByName(name);
    return credential ? credential->id : QString();
}

bool CatalogFixture::setStatus(const QString &name, AuthStatus status, const QString &reason)
{
    // The status table allows these steps from anywhere a test needs to start.
    QList<AuthStatus> path;
    const AuthStatus now = catalog().externalAuthentication(id(name)).status;
    if (status != AuthStatus::SignedOut && status != AuthStatus::Error && !isAllowedTransition(now, status)) {
        if (now != AuthStatus::SigningIn)
            path.append(AuthStatus::SigningIn);
        if (status == AuthStatus::Refreshing || status == AuthStatus::SignInRequired)
            path.append(AuthStatus::SignedIn);
    }
    path.append(status);
    for (const AuthStatus step : std::as_const(path)) {
        ExternalAuthentication record = catalog().externalAuthentication(id(name));
        record.status = step;
        if (step == AuthStatus::SignInRequired)
            record.lastError
                = Error(ErrorCode::SignInRequired, reason.isEmpty() ? u"The service ended the session."_s : reason);
        if (!catalog().updateExternalAuthentication(record).ok())
            return false;
    }
    return true;
}

} // namespace callout::test
