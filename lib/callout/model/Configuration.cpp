#include "callout/model/Configuration.h"

#include "callout/model/Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace callout {

using namespace validation;

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::Configuration)
};

QString indexed(const QString &key, qsizetype index)
{
    return key + u'[' + QString::number(index) + u']';
}

template<typename T> QList<T> readArray(const QJsonObject &json, const QString &key, QList<Error> *problems)
{
    QList<T> items;
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return items;
    if (!value.isArray()) {
        problem(problems, key, Tr::tr("must be an array"));
        return items;
    }
    const QJsonArray array = value.toArray();
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            problem(problems, indexed(key, i), Tr::tr("must be an object"));
            continue;
        }
        items.append(T::fromJson(array.at(i).toObject(), indexed(key, i), problems));
    }
    return items;
}

// Reports duplicates of a key (name or id) among entries, at the later entry's path.
template<typename T, typename Key>
void checkUnique(const QList<T> &items, const QString &arrayKey, const QString &field, Key key, QList<Error> *problems)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString value = key(items.at(i));
        if (value.isEmpty())
            continue;
        if (seen.contains(value))
            problem(problems, join(indexed(arrayKey, i), field), Tr::tr("\"%1\" is used more than once").arg(value));
        seen.insert(value);
    }
}

} // namespace

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Configuration Configuration::fromJson(const QJsonObject &json, QList<Error> *problems)
{
    checkKnownKeys(json, {u"version"_s, u"authProviders"_s, u"namedCredentials"_s}, {}, problems);
    Configuration config;
    config.authProviders = readArray<AuthProvider>(json, u"authProviders"_s, problems);
    config.namedCredentials = readArray<NamedCredential>(json, u"namedCredentials"_s, problems);
    return config;
}

QJsonObject Configuration::toJson() const
{
    QJsonArray providers;
    for (const AuthProvider &p : authProviders)
        providers.append(p.toJson());
    QJsonArray credentials;
    for (const NamedCredential &c : namedCredentials)
        credentials.append(c.toJson());
    return {{u"version"_s, CurrentVersion}, {u"authProviders"_s, providers}, {u"namedCredentials"_s, credentials}};
}

QList<Error> Configuration::validate() const
{
    QList<Error> problems;
    const QString providersKey = u"authProviders"_s;
    const QString credentialsKey = u"namedCredentials"_s;
    for (qsizetype i = 0; i < authProviders.size(); ++i)
        problems += authProviders.at(i).validate(indexed(providersKey, i));
    for (qsizetype i = 0; i < namedCredentials.size(); ++i) {
        const NamedCredential &c = namedCredentials.at(i);
        problems += c.validate(indexed(credentialsKey, i));
        if (!c.authProvider.isEmpty() && !providerByName(c.authProvider))
            problem(&problems, join(indexed(credentialsKey, i), u"authProvider"_s),
                    Tr::tr("no auth provider is named \"%1\"").arg(c.authProvider));
    }
    checkUnique(
        authProviders, providersKey, u"name"_s, [](const AuthProvider &p) { return p.name; }, &problems);
    checkUnique(
        authProviders, providersKey, u"id"_s, [](const AuthProvider &p) { return p.id; }, &problems);
    checkUnique(
        namedCredentials, credentialsKey, u"name"_s, [](const NamedCredential &c) { return c.name; }, &problems);
    checkUnique(
        namedCredentials, credentialsKey, u"id"_s, [](const NamedCredential &c) { return c.id; }, &problems);
    return problems;
}

const AuthProvider *Configuration::providerByName(const QString &name) const
{
    for (const AuthProvider &p : authProviders) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const AuthProvider *Configuration::providerById(const QString &id) const
{
    for (const AuthProvider &p : authProviders) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const NamedCredential *Configuration::credentialByName(const QString &name) const
{
    for (const NamedCredential &c : namedCredentials) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const NamedCredential *Configuration::credentialById(const QString &id) const
{
    for (const NamedCredential &c : namedCredentials) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

bool Configuration::assignMissingIds()
{
    bool changed = false;
    for (AuthProvider &p : authProviders) {
        if (p.id.isEmpty()) {
            p.id = newId();
            changed = true;
        }
    }
    for (NamedCredential &c : namedCredentials) {
        if (c.id.isEmpty()) {
            c.id = newId();
            changed = true;
        }
    }
    return changed;
}

} // namespace callout
