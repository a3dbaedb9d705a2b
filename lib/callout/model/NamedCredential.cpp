#include "callout/model/NamedCredential.h"

#include "callout/model/Validation.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace callout {

using namespace validation;

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::NamedCredential)
};

const QStringList &knownKeys()
{
    static const QStringList keys{u"id"_s,
                                  u"name"_s,
                                  u"label"_s,
                                  u"url"_s,
                                  u"authProvider"_s,
                                  u"scopes"_s,
                                  u"generateAuthorizationHeader"_s,
                                  u"headers"_s,
                                  u"sessionHours"_s};
    return keys;
}

// RFC 7230 token characters: what an HTTP header name may contain.
bool isHeaderName(const QString &name)
{
    if (name.isEmpty())
        return false;
    static const QString allowed = u"!#$%&'*+-.^_`|~"_s;
    for (const QChar c : name) {
        if (c.unicode() > 127 || !(c.isLetterOrNumber() || allowed.contains(c)))
            return false;
    }
    return true;
}

// A whole number of hours; anything else is reported and read as "not set" (validate() checks the range).
int readHours(const QJsonObject &json, const QString &key, const QString &path, QList<Error> *problems)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return 0;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != std::floor(number) || number < 0 || number > NamedCredential::MaxSessionHours) {
        problem(problems, join(path, key),
                Tr::tr("must be a whole number of hours from 1 to %1").arg(NamedCredential::MaxSessionHours));
        return 0;
    }
    return static_cast<int>(number);
}

// C0 controls other than tab, and DEL: CR/LF would inject headers, NUL ends a C string early.
bool hasControlCharacter(const QString &value)
{
    return std::any_of(value.begin(), value.end(),
                       [](QChar c) { return (c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f; });
}

} // namespace

NamedCredential NamedCredential::fromJson(const QJsonObject &json, const QString &path, QList<Error> *problems)
{
    checkKnownKeys(json, knownKeys(), path, problems);
    NamedCredential c;
    c.id = readString(json, u"id"_s, path, problems);
    c.name = readString(json, u"name"_s, path, problems);
    c.label = readString(json, u"label"_s, path, problems);
    c.url = readUrl(json, u"url"_s, path, problems);
    c.authProvider = readString(json, u"authProvider"_s, path, problems);
    c.scopes = readString(json, u"scopes"_s, path, problems).simplified();
    c.generateAuthorizationHeader = readBool(json, u"generateAuthorizationHeader"_s, true, path, problems);
    c.headers = readStringMap(json, u"headers"_s, path, problems);
    c.sessionHours = readHours(json, u"sessionHours"_s, path, problems);
    return c;
}

QJsonObject NamedCredential::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"name"_s, name},
                     {u"url"_s, url.toString(QUrl::FullyEncoded)},
                     {u"authProvider"_s, authProvider},
                     {u"generateAuthorizationHeader"_s, generateAuthorizationHeader}};
    if (!label.isEmpty())
        json.insert(u"label"_s, label);
    if (!scopes.isEmpty())
        json.insert(u"scopes"_s, scopes);
    if (!headers.isEmpty())
        json.insert(u"headers"_s, stringMapToJson(headers));
    if (sessionHours > 0)
        json.insert(u"sessionHours"_s, sessionHours);
    return json;
}

QList<Error> NamedCredential::validate(const QString &path) const
{
    QList<Error> problems;
    checkName(&problems, join(path, u"name"_s), name);
    checkUrl(&problems, join(path, u"url"_s), url, true);
    if (url.hasQuery())
        problem(&problems, join(path, u"url"_s), Tr::tr("must not contain a query; add it to each call instead"));
    if (authProvider.isEmpty())
        problem(&problems, join(path, u"authProvider"_s), Tr::tr("is required"));
    if (sessionHours < 0 || sessionHours > MaxSessionHours)
        problem(&problems, join(path, u"sessionHours"_s),
                Tr::tr("must be a whole number of hours from 1 to %1").arg(MaxSessionHours));
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QString keyPath = join(join(path, u"headers"_s), it.key());
        if (!isHeaderName(it.key()))
            problem(&problems, keyPath, Tr::tr("is not a valid HTTP header name"));
        else if (it.value().contains(u'\r') || it.value().contains(u'\n'))
            problem(&problems, keyPath, Tr::tr("must not contain line breaks"));
        else if (hasControlCharacter(it.value()))
            problem(&problems, keyPath, Tr::tr("must not contain control characters (tab is allowed)"));
        else if (generateAuthorizationHeader && it.key().compare(u"Authorization"_s, Qt::CaseInsensitive) == 0)
            problem(&problems, keyPath,
                    Tr::tr("conflicts with generateAuthorizationHeader; set that to false to send your own"));
    }
    return problems;
}

QString NamedCredential::origin() const
{
    return validation::origin(url);
}

bool NamedCredential::changesOriginFrom(const NamedCredential &before) const
{
    return validation::origin(url) != validation::origin(before.url);
}

} // namespace callout
