#include "callout/model/ProviderPresets.h"

#include "callout/model/NamedCredential.h"
#include "callout/model/Validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace callout {

using namespace validation;

// The catalogue is compiled in and checked by tst_providerpresets: its structural messages are for
// the people who edit it, in English. What a user can get wrong (the answers) is translated in
// ProviderPreset.cpp; the labels below are translated here.
namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::ProviderPresets)
};

// The catalogue's placeholder labels, for lupdate: they are translated where they are read.
[[maybe_unused]] constexpr const char *PlaceholderLabels[] = {
    QT_TRANSLATE_NOOP("callout::ProviderPresets", "My Domain"),
    QT_TRANSLATE_NOOP("callout::ProviderPresets", "GitLab URL"),
    QT_TRANSLATE_NOOP("callout::ProviderPresets", "Tenant"),
    QT_TRANSLATE_NOOP("callout::ProviderPresets", "Issuer"),
};

std::optional<PresetQuestion::Kind> kindNamed(const QString &name)
{
    using Kind = PresetQuestion::Kind;
    static const QMap<QString, Kind> kinds{{u"host-label"_s, Kind::HostLabel},
                                           {u"path-segment"_s, Kind::PathSegment},
                                           {u"base-url"_s, Kind::BaseUrl},
                                           {u"issuer"_s, Kind::Issuer}};
    const auto found = kinds.find(name);
    return found == kinds.end() ? std::nullopt : std::optional(*found);
}

// A list of non-empty strings at `key` (absent: empty, unless required).
QStringList readStrings(const QJsonObject &json, const QString &key, bool required, const QString &path,
                        QList<Error> *problems)
{
    const QJsonValue value = json.value(key);
    QStringList strings;
    if (value.isUndefined() && !required)
        return strings;
    if (!value.isArray()) {
        problem(problems, join(path, key), u"must be an array of strings"_s);
        return strings;
    }
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty())
            problem(problems, join(path, key), u"must hold only non-empty strings"_s);
        else
            strings.append(item.toString());
    }
    if (required && strings.isEmpty())
        problem(problems, join(path, key), u"must not be empty"_s);
    return strings;
}

QString readText(const QJsonObject &json, const QString &key, bool required, const QString &path,
                 QList<Error> *problems)
{
    QString text = readString(json, key, path, problems);
    if (required && text.isEmpty())
        problem(problems, join(path, key), u"is required"_s);
    return text;
}

// Every {name} in the provider's string values (nested objects included).
QSet<QString> placeholdersIn(const QJsonObject &provider)
{
    static const QRegularExpression pattern(u"\\{([A-Za-z][A-Za-z0-9_]*)\\}"_s);
    QSet<QString> names;
    for (const QJsonValue &value : provider) {
        const QJsonArray texts = value.isObject()
            ? QJsonArray::fromVariantList(value.toObject().toVariantMap().values())
            : QJsonArray{value};
        for (const QJsonValue &text : texts) {
            auto matches = pattern.globalMatch(text.toString());
            while (matches.hasNext())
                names.insert(matches.next().captured(1));
        }
    }
    return names;
}

QList<PresetQuestion> readQuestions(const QJsonObject &json, const QString &path, QList<Error> *problems)
{
    const QJsonObject placeholders = json.value(u"placeholders"_s).toObject();
    if (json.contains(u"placeholders"_s) && !json.value(u"placeholders"_s).isObject())
        problem(problems, join(path, u"placeholders"_s), u"must be an object"_s);
    QList<PresetQuestion> questions;
    const QStringList asks = readStrings(json, u"asks"_s, true, path, problems);
    if (!asks.contains(u"clientId"_s))
        problem(problems, join(path, u"asks"_s), u"must contain clientId"_s);
    for (const QString &key : asks) {
        if (std::any_of(questions.begin(), questions.end(), [&key](const PresetQuestion &q) { return q.key == key; }))
            problem(problems, join(path, u"asks"_s), u"names %1 twice"_s.arg(key));
        else if (key == u"clientId"_s)
            questions.append({key, Tr::tr("Client ID"), {}, PresetQuestion::Kind::ClientId});
        else if (key == u"clientSecret"_s)
            questions.append({key, Tr::tr("Client secret"), {}, PresetQuestion::Kind::ClientSecret});
        else if (!placeholders.contains(key))
            problem(problems, join(path, u"asks"_s), u"names %1, which is no placeholder"_s.arg(key));
    }
    for (auto it = placeholders.begin(); it != placeholders.end(); ++it) {
        const QString at = join(join(path, u"placeholders"_s), it.key());
        const QJsonObject entry = it.value().toObject();
        checkKnownKeys(entry, {u"label"_s, u"kind"_s, u"help"_s}, at, problems);
        const QString label = readText(entry, u"label"_s, true, at, problems);
        const QString help = readText(entry, u"help"_s, true, at, problems);
        const std::optional<PresetQuestion::Kind> kind = kindNamed(readText(entry, u"kind"_s, true, at, problems));
        if (!kind)
            problem(problems, join(at, u"kind"_s), u"must be host-label, path-segment, base-url or issuer"_s);
        else if (!asks.contains(it.key()))
            problem(problems, at, u"is not in asks"_s);
        else {
            const QByteArray source = label.toUtf8();
            questions.append(
                {it.key(), QCoreApplication::translate("callout::ProviderPresets", source.constData()), help, *kind});
        }
    }
    return questions;
}

void checkProvider(const ProviderPreset &preset, const QString &path, QList<Error> *problems)
{
    const QString at = join(path, u"provider"_s);
    for (const QString &key : {u"id"_s, u"name"_s, u"clientId"_s, u"clientSecret"_s}) {
        if (preset.provider.contains(key))
            problem(problems, join(at, key), u"comes from the user, not the preset"_s);
    }
    QList<PresetQuestion> placeholders = preset.placeholders();
    const QSet<QString> used = placeholdersIn(preset.provider);
    for (const PresetQuestion &question : placeholders) {
        if (!used.contains(question.key))
            problem(problems, join(join(path, u"placeholders"_s), question.key), u"is used by no provider field"_s);
    }
    for (const QString &name : used) {
        if (!preset.asks(name))
            problem(problems, at, u"uses {%1}, which is no placeholder of this preset"_s.arg(name));
    }
    const bool secret = preset.provider.value(u"clientAuthentication"_s).toString(u"none"_s) != u"none"_s;
    if (secret != preset.asks(u"clientSecret"_s))
        problem(problems, join(path, u"asks"_s),
                u"must contain clientSecret exactly when clientAuthentication is post or basic"_s);
    if (!problems->isEmpty())
        return;
    // Filled in with sample answers, the provider passes the configuration's rules.
    PresetAnswers sample{{}, ProviderPreset::sampleValue(PresetQuestion::Kind::ClientId), {}, {}};
    if (preset.asks(u"clientSecret"_s))
        sample.clientSecret = ProviderPreset::sampleValue(PresetQuestion::Kind::ClientSecret);
    for (const PresetQuestion &question : placeholders)
        sample.values.insert(question.key, ProviderPreset::sampleValue(question.kind));
    const Result<AuthProvider> applied = preset.apply(sample);
    if (!applied.ok()) {
        for (const QString &detail : applied.error().details)
            problem(problems, at, detail);
    }
}

ProviderPreset readPreset(const QJsonObject &json, const QString &path, QList<Error> *problems)
{
    static const QRegularExpression idPattern(u"\\A[a-z0-9]+(?:-[a-z0-9]+)*\\z"_s);
    checkKnownKeys(json,
                   {u"id"_s, u"name"_s, u"title"_s, u"provider"_s, u"asks"_s, u"placeholders"_s, u"pkce"_s,
                    u"clientSecret"_s, u"redirectNote"_s, u"refresh"_s, u"sessionLimitHours"_s, u"notes"_s,
                    u"unverified"_s, u"sources"_s},
                   path, problems);
    const qsizetype before = problems->size();
    ProviderPreset preset;
    preset.id = readText(json, u"id"_s, true, path, problems);
    if (!preset.id.isEmpty() && !idPattern.match(preset.id).hasMatch())
        problem(problems, join(path, u"id"_s), u"must be lowercase letters and digits joined by -"_s);
    preset.title = readText(json, u"title"_s, true, path, problems);
    preset.defaultName = readString(json, u"name"_s, path, problems);
    checkName(problems, join(path, u"name"_s), preset.defaultName);
    if (!json.value(u"provider"_s).isObject())
        problem(problems, join(path, u"provider"_s), u"must be an object"_s);
    preset.provider = json.value(u"provider"_s).toObject();
    preset.questions = readQuestions(json, path, problems);
    preset.pkce = readString(json, u"pkce"_s, path, problems);
    preset.clientSecretNote = readString(json, u"clientSecret"_s, path, problems);
    preset.redirectNote = readText(json, u"redirectNote"_s, true, path, problems);
    preset.refresh = readText(json, u"refresh"_s, true, path, problems);
    if (const QJsonValue limit = json.value(u"sessionLimitHours"_s); !limit.isUndefined()) {
        const double hours = limit.toDouble(-1);
        if (!limit.isDouble() || hours != std::floor(hours) || hours < 1 || hours > NamedCredential::MaxSessionHours)
            problem(problems, join(path, u"sessionLimitHours"_s),
                    u"must be a whole number of hours from 1 to %1"_s.arg(NamedCredential::MaxSessionHours));
        else
            preset.sessionLimitHours = static_cast<int>(hours);
    }
    preset.notes = readStrings(json, u"notes"_s, false, path, problems);
    preset.unverified = readStrings(json, u"unverified"_s, false, path, problems);
    preset.sources = readStrings(json, u"sources"_s, true, path, problems);
    for (const QString &source : std::as_const(preset.sources)) {
        const QUrl url(source, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"https"_s || url.host().isEmpty())
            problem(problems, join(path, u"sources"_s), u"%1 is not an https URL"_s.arg(source));
    }
    QList<Error> providerProblems;
    AuthProvider::fromJson(preset.provider, join(path, u"provider"_s), &providerProblems);
    *problems += providerProblems;
    if (problems->size() == before)
        checkProvider(preset, path, problems);
    return preset;
}

} // namespace

Result<ProviderPresets> ProviderPresets::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error(ErrorCode::ConfigurationUnreadable,
                     u"The provider presets are not a JSON object: %1."_s.arg(parseError.errorString()));
    const QJsonObject root = document.object();
    QList<Error> problems;
    if (root.value(u"version"_s).toInt() != 1)
        problem(&problems, u"version"_s, u"must be 1"_s);
    const QJsonArray entries = root.value(u"presets"_s).toArray();
    if (entries.isEmpty())
        problem(&problems, u"presets"_s, u"must be a non-empty array"_s);
    ProviderPresets catalogue;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = u"presets[%1]"_s.arg(i);
        if (!entries.at(i).isObject()) {
            problem(&problems, path, u"must be an object"_s);
            continue;
        }
        ProviderPreset preset = readPreset(entries.at(i).toObject(), path, &problems);
        if (catalogue.find(preset.id))
            problem(&problems, join(path, u"id"_s), u"%1 is used twice"_s.arg(preset.id));
        if (preset.sessionLimitHours > 0)
            catalogue.m_sessionLimits.append({preset.tokenUrlMatcher(), preset.sessionLimitHours});
        catalogue.m_presets.append(std::move(preset));
    }
    if (!problems.isEmpty()) {
        QStringList details;
        for (const Error &p : std::as_const(problems))
            details.append(p.toString());
        return Error(ErrorCode::InvalidConfiguration,
                     u"The provider presets are wrong: %1 problem(s)."_s.arg(problems.size()), problems.first().field,
                     details);
    }
    return catalogue;
}

Result<ProviderPresets> ProviderPresets::builtIn()
{
    QFile file(u":/presets/providers.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileError, u"The built-in provider presets are missing: %1."_s.arg(file.errorString()));
    return fromJson(file.readAll());
}

const ProviderPreset *ProviderPresets::find(const QString &id) const
{
    const auto found
        = std::find_if(m_presets.begin(), m_presets.end(), [&id](const ProviderPreset &p) { return p.id == id; });
    return found == m_presets.end() ? nullptr : &*found;
}

int ProviderPresets::sessionLimitHours(const AuthProvider &provider) const
{
    for (const SessionLimit &limit : m_sessionLimits) {
        if (ProviderPreset::matches(limit.tokenUrl, provider))
            return limit.hours;
    }
    return 0;
}

} // namespace callout
