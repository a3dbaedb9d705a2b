#include "callout/model/Validation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace callout::validation {

namespace {
// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::validation)
};

// A JSON escape may spell half a UTF-16 surrogate pair ("\\ud800"): such text cannot be saved as
// UTF-8 and read back the same, so it is refused where it is read.
QString invalidUnicode()
{
    return Tr::tr("must be valid Unicode text (it holds half of a surrogate pair, such as \\ud800)");
}

} // namespace

bool isValidName(const QString &name)
{
    static const QRegularExpression pattern(u"\\A[A-Za-z][A-Za-z0-9_]{0,79}\\z"_s);
    return pattern.match(name).hasMatch();
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return address == QHostAddress(QHostAddress::LocalHost) || address == QHostAddress(QHostAddress::LocalHostIPv6);
}

QString origin(const QUrl &url)
{
    return url.scheme().toLower() + u"://"_s + url.host(QUrl::FullyEncoded).toLower() + u':'
        + QString::number(url.port(url.scheme() == u"https"_s ? 443 : 80));
}

bool isSecureUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return false;
    if (url.scheme() == u"https"_s)
        return true;
    return url.scheme() == u"http"_s && isLoopbackHost(url.host());
}

void problem(QList<Error> *problems, const QString &path, const QString &message)
{
    problems->append(Error(ErrorCode::InvalidConfiguration, message, path));
}

void checkName(QList<Error> *problems, const QString &path, const QString &name)
{
    if (name.isEmpty())
        problem(problems, path, Tr::tr("is required"));
    else if (!isValidName(name))
        problem(problems, path,
                Tr::tr("must start with a letter and contain only letters, digits and _ (at most 80 characters)"));
}

void checkUrl(QList<Error> *problems, const QString &path, const QUrl &url, bool required)
{
    if (url.isEmpty()) {
        if (required)
            problem(problems, path, Tr::tr("is required"));
        return;
    }
    if (!isSecureUrl(url))
        problem(problems, path,
                Tr::tr("must be an absolute https URL (http is allowed only for 127.0.0.1, ::1 and localhost)"));
    else if (!url.userInfo().isEmpty())
        problem(problems, path, Tr::tr("must not contain a user name or password"));
    else if (url.hasFragment())
        problem(problems, path, Tr::tr("must not contain a fragment (#…)"));
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString readString(const QJsonObject &json, const QString &key, const QString &path, QList<Error> *problems)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        problem(problems, join(path, key), Tr::tr("must be a string"));
        return {};
    }
    QString text = value.toString();
    if (!text.isValidUtf16()) {
        problem(problems, join(path, key), invalidUnicode());
        return {};
    }
    return text;
}

QUrl readUrl(const QJsonObject &json, const QString &key, const QString &path, QList<Error> *problems)
{
    const QString text = readString(json, key, path, problems);
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

bool readBool(const QJsonObject &json, const QString &key, bool defaultValue, const QString &path,
              QList<Error> *problems)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return defaultValue;
    if (!value.isBool()) {
        problem(problems, join(path, key), Tr::tr("must be true or false"));
        return defaultValue;
    }
    return value.toBool();
}

QMap<QString, QString> readStringMap(const QJsonObject &json, const QString &key, const QString &path,
                                     QList<Error> *problems)
{
    QMap<QString, QString> map;
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return map;
    if (!value.isObject()) {
        problem(problems, join(path, key), Tr::tr("must be an object of strings"));
        return map;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            problem(problems, join(join(path, key), it.key()), Tr::tr("must be a string"));
        else if (!it.key().isValidUtf16() || !it.value().toString().isValidUtf16())
            problem(problems, join(join(path, key), it.key()), invalidUnicode());
        else
            map.insert(it.key(), it.value().toString());
    }
    return map;
}

QJsonObject stringMapToJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

void checkKnownKeys(const QJsonObject &json, const QStringList &known, const QString &path, QList<Error> *problems)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            problem(problems, join(path, it.key()), Tr::tr("is not a known field"));
    }
}

} // namespace callout::validation
