#include "ConfigurationSamples.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace callout::test {

AuthProvider provider(const QString &name, const QString &id)
{
    AuthProvider p;
    p.id = id;
    p.name = name;
    p.authorizeUrl = QUrl(u"https://login.%1.test/authorize"_s.arg(name.toLower()));
    p.tokenUrl = QUrl(u"https://login.%1.test/token"_s.arg(name.toLower()));
    p.clientId = u"callout"_s;
    return p;
}

NamedCredential credential(const QString &name, const QString &providerName, const QString &id, const QString &url)
{
    NamedCredential c;
    c.id = id;
    c.name = name;
    c.url = QUrl(url.isEmpty() ? u"https://%1.example.test/api"_s.arg(name.toLower()) : url);
    c.authProvider = providerName;
    return c;
}

} // namespace callout::test
