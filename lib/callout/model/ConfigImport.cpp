#include "callout/model/ConfigImport.h"

#include "callout/core/JsonPosition.h"
#include "callout/model/Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::ConfigImport)
};

// Removes `clientSecret` from each provider object and returns them by provider index.
QMap<qsizetype, QString> takeClientSecrets(QJsonObject *document, QList<Error> *problems)
{
    QMap<qsizetype, QString> secrets;
    QJsonArray providers = document->value(u"authProviders"_s).toArray();
    for (qsizetype i = 0; i < providers.size(); ++i) {
        QJsonObject provider = providers.at(i).toObject();
        const QJsonValue secret = provider.take(u"clientSecret"_s);
        if (secret.isUndefined() || secret.isNull())
            continue;
        if (!secret.isString() || secret.toString().isEmpty())
            validation::problem(problems, u"authProviders[%1].clientSecret"_s.arg(i),
                                Tr::tr("must be a non-empty string"));
        else
            secrets.insert(i, secret.toString());
        providers.replace(i, provider);
    }
    if (document->contains(u"authProviders"_s) && document->value(u"authProviders"_s).isArray())
        document->insert(u"authProviders"_s, providers);
    return secrets;
}

// An entry of the document matches the one already there.
bool matches(const NamedCredential &incoming, const NamedCredential &existing)
{
    return incoming == existing;
}

// A provider matches also when discovery has filled in since what the document leaves empty (its
// endpoints, the `iss` requirement): re-running a setup script's import changes nothing.
bool matches(const AuthProvider &incoming, const AuthProvider &existing)
{
    AuthProvider completed = incoming;
    if (!incoming.issuer.isEmpty()) {
        for (auto field : {&AuthProvider::authorizeUrl, &AuthProvider::tokenUrl, &AuthProvider::revocationUrl,
                           &AuthProvider::userInfoUrl}) {
            if ((completed.*field).isEmpty())
                completed.*field = existing.*field;
        }
        completed.authorizationResponseIssRequired
            = incoming.authorizationResponseIssRequired || existing.authorizationResponseIssRequired;
    }
    return completed == existing;
}

// Merges `incoming` entries into `merged` by name; records what happened in `plan`.
template<typename T>
void mergeEntries(QList<T> *merged, QList<T> incoming, const QString &kind, const QString &arrayKey, bool replace,
                  const QSet<qsizetype> &forceChanged, ImportPlan *plan, QList<Error> *problems,
                  QList<QString> *importedIds)
{
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        T entry = incoming.at(i);
        const QString label = kind + u' ' + entry.name;
        auto existing = std::find_if(merged->begin(), merged->end(), [&](const T &e) { return e.name == entry.name; });
        if (existing == merged->end()) {
            entry.id = newId();
            merged->append(entry);
            plan->added.append(label);
        } else {
            entry.id = existing->id;
            if (matches(entry, *existing) && !forceChanged.contains(i)) {
                plan->unchanged.append(label);
            } else if (!replace) {
                validation::problem(
                    problems, u"%1[%2].name"_s.arg(arrayKey).arg(i),
                    Tr::tr("\"%1\" exists already; import with --replace to change it").arg(entry.name));
            } else {
                *existing = entry;
                plan->replaced.append(label);
            }
        }
        importedIds->append(entry.id);
    }
}

// Validates the document's entries with the document's own JSON paths: the document's providers
// come first (so their indexes match), followed by the current ones it may refer to.
QList<Error> validateWithDocumentPaths(const Configuration &incoming, const Configuration &current)
{
    Configuration view = incoming;
    for (const AuthProvider &p : current.authProviders) {
        if (!incoming.providerByName(p.name))
            view.authProviders.append(p);
    }
    for (AuthProvider &p : view.authProviders)
        p.id.clear(); // ids of the document are ignored
    for (NamedCredential &c : view.namedCredentials)
        c.id.clear();
    return view.validate();
}

// Problems as the document reads: by section (where its key first appears in the text), then by
// entry index; the sort is stable, so one entry's problems keep their order.
void sortInDocumentOrder(QList<Error> *problems, const QByteArray &document)
{
    static const QRegularExpression path(u"^([A-Za-z]+)(?:\\[(\\d+)\\])?"_s);
    auto position = [&document](const Error &problem) {
        const QRegularExpressionMatch match = path.match(problem.field);
        if (!match.hasMatch())
            return std::pair<qsizetype, qsizetype>(-1, -1);
        const qsizetype section = document.indexOf('"' + match.captured(1).toUtf8() + '"');
        return std::pair<qsizetype, qsizetype>(section < 0 ? document.size() : section,
                                               match.captured(2).isEmpty() ? -1 : match.captured(2).toLongLong());
    };
    std::stable_sort(problems->begin(), problems->end(),
                     [&position](const Error &a, const Error &b) { return position(a) < position(b); });
}

} // namespace

Result<ImportPlan> planImport(const Configuration &current, const QByteArray &document, bool replace)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (json.isNull() || !json.isObject())
        return Error(
            ErrorCode::ConfigurationUnreadable,
            parseError.error != QJsonParseError::NoError
                ? Tr::tr("The import document is not valid JSON: %1.").arg(describeJsonError(document, parseError))
                : Tr::tr("The import document must be a JSON object."));
    QJsonObject object = json.object();
    const int version = object.value(u"version"_s).toInt(Configuration::CurrentVersion);
    if (version > Configuration::CurrentVersion)
        return Error(ErrorCode::ConfigurationTooNew,
                     Tr::tr("The import document has version %1; this Callout reads version %2 and older.")
                         .arg(version)
                         .arg(Configuration::CurrentVersion));

    QList<Error> problems;
    const QMap<qsizetype, QString> secrets = takeClientSecrets(&object, &problems);
    const Configuration incoming = Configuration::fromJson(object, &problems);

    ImportPlan plan;
    plan.configuration = current;
    QList<QString> providerIds;
    QList<QString> credentialIds;
    const QList<qsizetype> secretIndexes = secrets.keys();
    mergeEntries(&plan.configuration.authProviders, incoming.authProviders, u"authProvider"_s, u"authProviders"_s,
                 replace, QSet<qsizetype>(secretIndexes.begin(), secretIndexes.end()), &plan, &problems, &providerIds);
    mergeEntries(&plan.configuration.namedCredentials, incoming.namedCredentials, u"namedCredential"_s,
                 u"namedCredentials"_s, replace, {}, &plan, &problems, &credentialIds);
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        plan.clientSecrets.insert(providerIds.value(it.key()), it.value());

    problems += validateWithDocumentPaths(incoming, current);
    if (problems.isEmpty())
        problems += plan.configuration.validate(); // a safety net; paths index the merged file
    if (!problems.isEmpty()) {
        sortInDocumentOrder(&problems, document);
        QStringList details;
        for (const Error &p : std::as_const(problems))
            details.append(p.toString());
        return Error(
            ErrorCode::InvalidConfiguration,
            Tr::tr("The import was refused, nothing was changed: %n problem(s).", nullptr, int(problems.size())), {},
            details);
    }
    plan.discards = tokensToDiscard(current, plan.configuration);
    plan.secretDiscards = clientSecretsToDiscard(current, plan.configuration, plan.clientSecrets.keys());
    for (qsizetype i = 0; i < incoming.authProviders.size(); ++i) {
        for (const Error &warning : incoming.authProviders.at(i).warnings(u"authProviders[%1]"_s.arg(i)))
            plan.warnings.append(warning.toString());
    }
    return plan;
}

QByteArray exportDocument(const Configuration &configuration)
{
    QJsonObject json = configuration.toJson();
    for (const QString &key : {u"authProviders"_s, u"namedCredentials"_s}) {
        QJsonArray entries = json.value(key).toArray();
        for (QJsonValueRef value : entries) {
            QJsonObject entry = value.toObject();
            entry.remove(u"id"_s);
            value = entry;
        }
        json.insert(key, entries);
    }
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

} // namespace callout
