#include "callout/model/ProviderPreset.h"

#include "callout/model/Configuration.h"
#include "callout/model/Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace callout {

using namespace validation;

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::ProviderPreset)
};

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

// Why `url` cannot be a base or issuer URL, or nothing. Dot segments would move the preset's paths
// elsewhere on the server; a query or fragment would swallow them.
QString checkUrlValue(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (text.contains(u' ') || !isSecureUrl(url))
        return Tr::tr("must be an absolute https URL such as https://gitlab.example.com");
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return Tr::tr("must not contain a user name, a query (?) or a fragment (#)");
    const QStringList segments = url.path(QUrl::FullyDecoded).split(u'/');
    if (segments.contains(u"."_s) || segments.contains(u".."_s))
        return Tr::tr("must not contain . or .. path segments");
    return {};
}

// Every value of a preset's provider object with {key} replaced by `values`' text.
QJsonObject substituted(const QJsonObject &provider, const QMap<QString, QString> &values)
{
    auto replace = [&values](QString text) {
        for (auto it = values.begin(); it != values.end(); ++it)
            text.replace(u'{' + it.key() + u'}', it.value());
        return text;
    };
    QJsonObject filled;
    for (auto it = provider.begin(); it != provider.end(); ++it) {
        if (it.value().isString()) {
            filled.insert(it.key(), replace(it.value().toString()));
        } else if (it.value().isObject()) {
            QJsonObject inner = it.value().toObject();
            for (auto field = inner.begin(); field != inner.end(); ++field) {
                if (field.value().isString())
                    *field = replace(field.value().toString());
            }
            filled.insert(it.key(), inner);
        } else {
            filled.insert(it.key(), it.value());
        }
    }
    return filled;
}

Error refused(const ProviderPreset &preset, const QList<Error> &problems)
{
    QStringList details;
    for (const Error &p : problems)
        details.append(p.toString());
    return Error(
        ErrorCode::InvalidConfiguration,
        Tr::tr("The preset %1 needs other answers: %n problem(s).", nullptr, int(problems.size())).arg(preset.id),
        problems.value(0).field, details);
}

} // namespace

bool ProviderPreset::asks(const QString &key) const
{
    return std::any_of(questions.begin(), questions.end(), [&key](const PresetQuestion &q) { return q.key == key; });
}

bool ProviderPreset::made(const AuthProvider &provider) const
{
    return matches(tokenUrlMatcher(), provider);
}

QRegularExpression ProviderPreset::tokenUrlMatcher() const
{
    const QString tokenUrl = provider.value(u"tokenUrl"_s).toString();
    if (tokenUrl.isEmpty())
        return {}; // matches() takes an empty pattern as "never"
    // Each {placeholder} matches what checkValue() let through; the rest must be the same.
    QString pattern = QRegularExpression::escape(tokenUrl);
    static const QRegularExpression escapedPlaceholder(uR"(\\\{[A-Za-z]+\\\})"_s);
    pattern.replace(escapedPlaceholder, u".+"_s);
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern), QRegularExpression::CaseInsensitiveOption);
}

bool ProviderPreset::matches(const QRegularExpression &tokenUrlMatcher, const AuthProvider &provider)
{
    if (tokenUrlMatcher.pattern().isEmpty() || provider.tokenUrl.isEmpty())
        return false;
    return tokenUrlMatcher.match(provider.tokenUrl.toString(QUrl::FullyEncoded)).hasMatch();
}

QList<PresetQuestion> ProviderPreset::placeholders() const
{
    QList<PresetQuestion> found;
    std::copy_if(questions.begin(), questions.end(), std::back_inserter(found),
                 [](const PresetQuestion &q) { return q.isPlaceholder(); });
    return found;
}

QString ProviderPreset::checkValue(PresetQuestion::Kind kind, const QString &value)
{
    // DNS labels: letters, digits and inner hyphens, at most 63 characters each.
    static const QRegularExpression hostLabels(
        u"\\A[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\z"_s);
    static const QRegularExpression pathSegment(u"\\A[A-Za-z0-9][A-Za-z0-9._-]{0,252}\\z"_s);
    if (value.isEmpty())
        return Tr::tr("is required");
    switch (kind) {
    case PresetQuestion::Kind::ClientId:
        if (hasControlCharacters(value) || value.contains(u' ') || value.size() > 1024)
            return Tr::tr("must be the client id the service showed, without spaces");
        return {};
    case PresetQuestion::Kind::ClientSecret:
        if (hasControlCharacters(value) || value.size() > 4096)
            return Tr::tr("must be the client secret the service showed, on one line");
        return {};
    case PresetQuestion::Kind::HostLabel:
        if (value.size() > 200 || !hostLabels.match(value).hasMatch())
            return Tr::tr("must be only the name in front of the service's domain (letters, digits, - and .), "
                          "not a URL");
        return {};
    case PresetQuestion::Kind::PathSegment:
        if (!pathSegment.match(value).hasMatch() || value.contains(u".."_s))
            return Tr::tr("must be a name or id of letters, digits, -, _ and . (no / and no ..)");
        return {};
    case PresetQuestion::Kind::BaseUrl:
    case PresetQuestion::Kind::Issuer: return checkUrlValue(value);
    }
    return {};
}

QString ProviderPreset::sampleValue(PresetQuestion::Kind kind)
{
    switch (kind) {
    case PresetQuestion::Kind::ClientId: return u"sample-client"_s;
    case PresetQuestion::Kind::ClientSecret: return u"sample-secret"_s;
    case PresetQuestion::Kind::HostLabel:
    case PresetQuestion::Kind::PathSegment: return u"example"_s;
    case PresetQuestion::Kind::BaseUrl:
    case PresetQuestion::Kind::Issuer: return u"https://example.test"_s;
    }
    return {};
}

Result<AuthProvider> ProviderPreset::fill(const QMap<QString, QString> &values) const
{
    QList<Error> problems;
    QMap<QString, QString> checked;
    for (const PresetQuestion &question : placeholders()) {
        QString value = values.value(question.key).trimmed();
        if (const QString why = checkValue(question.kind, value); !why.isEmpty()) {
            problem(&problems, question.key, why);
            continue;
        }
        while (question.kind == PresetQuestion::Kind::BaseUrl && value.endsWith(u'/'))
            value.chop(1);
        checked.insert(question.key, value);
    }
    if (!problems.isEmpty())
        return refused(*this, problems);
    AuthProvider filled = AuthProvider::fromJson(substituted(provider, checked), {}, &problems);
    if (!problems.isEmpty())
        return refused(*this, problems);
    return filled;
}

Result<AuthProvider> ProviderPreset::apply(const PresetAnswers &answers) const
{
    Result<AuthProvider> filled = fill(answers.values);
    if (!filled.ok())
        return filled;
    AuthProvider result = filled.value();
    result.name = answers.name.trimmed().isEmpty() ? defaultName : answers.name.trimmed();
    result.clientId = answers.clientId.trimmed();
    QList<Error> problems;
    if (const QString why = checkValue(PresetQuestion::Kind::ClientId, result.clientId); !why.isEmpty())
        problem(&problems, u"clientId"_s, why);
    if (asks(u"clientSecret"_s)) {
        if (const QString why = checkValue(PresetQuestion::Kind::ClientSecret, answers.clientSecret); !why.isEmpty())
            problem(&problems, u"clientSecret"_s, why);
    } else if (!answers.clientSecret.isEmpty()) {
        problem(&problems, u"clientSecret"_s,
                Tr::tr("is not used: this preset is for a public client (PKCE, no secret)"));
    }
    // The configuration's rules, each field once (an empty client id is already reported).
    for (const Error &rule : result.validate({})) {
        if (std::none_of(problems.begin(), problems.end(), [&rule](const Error &p) { return p.field == rule.field; }))
            problems.append(rule);
    }
    if (!problems.isEmpty())
        return refused(*this, problems);
    return result;
}

QByteArray ProviderPreset::importDocument(const AuthProvider &provider, const QString &clientSecret)
{
    QJsonObject entry = provider.toJson();
    entry.remove(u"id"_s); // the import assigns its own
    if (!clientSecret.isEmpty())
        entry.insert(u"clientSecret"_s, clientSecret);
    const QJsonObject document{{u"version"_s, Configuration::CurrentVersion}, {u"authProviders"_s, QJsonArray{entry}}};
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

} // namespace callout
