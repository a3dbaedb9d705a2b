#include "CoreFixture.h"

#include "StoreFixture.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace callout::test {

CoreFixture::CoreFixture()
    : m_clock(QDateTime::currentDateTimeUtc())
{
    m_browser.user = ScriptedBrowser::User::StaysAway; // a sign-in waits until a test says otherwise
    m_core
        = std::make_unique<CalloutCore>(configPath(), m_dir.filePath(u"state.json"_s), m_secrets, m_browser, m_clock);
    const QList<Error> problems = m_core->load();
    if (!problems.isEmpty())
        QTest::qFail(qPrintable(problems.first().toString()), __FILE__, __LINE__);
}

CoreFixture::~CoreFixture() = default;

bool CoreFixture::importCredentials(const QStringList &names, const QStringList &labels)
{
    QJsonArray credentials;
    for (qsizetype i = 0; i < names.size(); ++i)
        credentials.append(QJsonObject{{u"name"_s, names.at(i)},
                                       {u"label"_s, labels.value(i, names.at(i))},
                                       {u"url"_s, u"https://api.example/"_s + names.at(i)},
                                       {u"authProvider"_s, u"Demo"_s}});
    const auto provider = [](const QString &name, const QString &host) {
        return QJsonObject{{u"name"_s, name},
                           {u"authorizeUrl"_s, u"https://%1/auth"_s.arg(host)},
                           {u"tokenUrl"_s, u"https://%1/token"_s.arg(host)},
                           {u"clientId"_s, u"c"_s},
                           {u"defaultScopes"_s, u"openid api"_s}};
    };
    QJsonArray providers; // those not there yet: an import adds, it does not repeat
    for (const auto &[name, host] : {std::pair(u"Demo"_s, u"a.example"_s), std::pair(u"Other"_s, u"b.example"_s)}) {
        if (!catalog().configuration().providerByName(name))
            providers.append(provider(name, host));
    }
    const QJsonObject document{{u"authProviders"_s, providers}, {u"namedCredentials"_s, credentials}};
    const Result<ImportPlan> imported = importAndWait(catalog(), QJsonDocument(document).toJson(), false, 60000);
    CHECK_OR_RETURN_FALSE(imported.ok(), qPrintable(failureOf(imported)));
    return true;
}

QString CoreFixture::id(const QString &name) const
{
    const NamedCredential *credential = m_core->catalog.configuration().credentialByName(name);
    return credential ? credential->id : QString();
}

bool CoreFixture::changeRecord(const QString &name, const std::function<void(ExternalAuthentication &)> &change)
{
    ExternalAuthentication record = catalog().externalAuthentication(id(name));
    change(record);
    const Result<void> updated = catalog().updateExternalAuthentication(record);
    CHECK_OR_RETURN_FALSE(updated.ok(), qPrintable(failureOf(updated)));
    return true;
}

bool CoreFixture::setStatus(const QString &name, AuthStatus status, const QString &reason)
{
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
        const bool changed = changeRecord(name, [&](ExternalAuthentication &record) {
            record.status = step;
            if (step == AuthStatus::SignInRequired)
                record.lastError
                    = Error(ErrorCode::SignInRequired, reason.isEmpty() ? u"The service ended the session."_s : reason);
        });
        if (!changed)
            return false;
    }
    return true;
}

} // namespace callout::test
