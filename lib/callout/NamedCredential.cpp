#include "callout/NamedCredential.h"

#include "callout/Validation.h"

#include <QCoreApplication>

namespace callout {

using namespace validation;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("callout::NamedCredential", text);
}

const QStringList &knownKeys()
{
    static const QStringList keys{u"id"_qs,
                                  u"name"_qs,
                                  u"label"_qs,
                                  u"url"_qs,
                                  u"authProvider"_qs,
                                  u"scopes"_qs,
                                  u"generateAuthorizationHeader"_qs,
                                  u"headers"_qs};
    return keys;
}

// RFC 7230 token characters: what an HTTP header name may contain.
bool isHeaderName(const QString &name)
{
    if (name.isEmpty())
        return false;
    static const QString allowed = u"!#$%&'*+-.^_`|~"_qs;
    for (const QChar c : name) {
        if (c.unicode() > 127 || !(c.isLetterOrNumber() || allowed.contains(c)))
            return false;
    }
    return true;
}

// scheme://host:port, the port always explicit, so that https://a.test and https://a.test:443 agree.
QString origin(const QUrl &url)
{
    return url.scheme().toLower() + u"://"_qs + url.host(QUrl::FullyEncoded).toLower() + u':'
        + QString::number(url.port(url.scheme() == u"https"_qs ? 443 : 80));
}

} // namespace

NamedCredential NamedCredential::fromJson(const QJsonObject &json, const QString &path, QList<Error> *problems)
{
    checkKnownKeys(json, knownKeys(), path, problems);
    NamedCredential c;
    c.id = readString(json, u"id"_qs, path, problems);
    c.name = readString(json, u"name"_qs, path, problems);
    c.label = readString(json, u"label"_qs, path, problems);
    c.url = readUrl(json, u"url"_qs, path, problems);
    c.authProvider = readString(json, u"authProvider"_qs, path, problems);
    c.scopes = readString(json, u"scopes"_qs, path, problems).simplified();
    c.generateAuthorizationHeader = readBool(json, u"generateAuthorizationHeader"_qs, true, path, problems);
    c.headers = readStringMap(json, u"headers"_qs, path, problems);
    return c;
}

QJsonObject NamedCredential::toJson() const
{
    QJsonObject json{{u"id"_qs, id},
                     {u"name"_qs, name},
                     {u"url"_qs, url.toString(QUrl::FullyEncoded)},
                     {u"authProvider"_qs, authProvider},
                     {u"generateAuthorizationHeader"_qs, generateAuthorizationHeader}};
    if (!label.isEmpty())
        json.insert(u"label"_qs, label);
    if (!scopes.isEmpty())
        json.insert(u"scopes"_qs, scopes);
    if (!headers.isEmpty())
        json.insert(u"headers"_qs, stringMapToJson(headers));
    return json;
}

QList<Error> NamedCredential::validate(const QString &path) const
{
    QList<Error> problems;
    checkName(&problems, join(path, u"name"_qs), name);
    checkUrl(&problems, join(path, u"url"_qs), url, true);
    if (url.hasQuery())
        problem(&problems, join(path, u"url"_qs), tr("must not contain a query; add it to each call instead"));
    if (authProvider.isEmpty())
        problem(&problems, join(path, u"authProvider"_qs), tr("is required"));
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QString keyPath = join(join(path, u"headers"_qs), it.key());
        if (!isHeaderName(it.key()))
            problem(&problems, keyPath, tr("is not a valid HTTP header name"));
        else if (it.value().contains(u'\r') || it.value().contains(u'\n'))
            problem(&problems, keyPath, tr("must not contain line breaks"));
        else if (generateAuthorizationHeader && it.key().compare(u"Authorization"_qs, Qt::CaseInsensitive) == 0)
            problem(&problems, keyPath,
                    tr("conflicts with generateAuthorizationHeader; set that to false to send your own"));
    }
    return problems;
}

QString NamedCredential::origin() const
{
    return callout::origin(url);
}

bool NamedCredential::changesOriginFrom(const NamedCredential &before) const
{
    return callout::origin(url) != callout::origin(before.url);
}

} // namespace callout
