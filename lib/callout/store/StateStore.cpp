#include "callout/store/StateStore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// "signing-in" lasts only while this agent waits for the browser, so the file never keeps it: an
// agent killed mid-sign-in must not leave the credential stuck (nothing would end that sign-in).
// Written, and read from files older than this rule, as what the tokens say: signed-in when the
// record has their binding (a sign-in stored tokens), else signed-out. TokenManager then checks
// the keychain at the first use (no tokens there: sign-in-required).
AuthStatus settledStatus(const ExternalAuthentication &record)
{
    if (record.status != AuthStatus::SigningIn)
        return record.status;
    return record.tokenBinding.isEmpty() ? AuthStatus::SignedOut : AuthStatus::SignedIn;
}

} // namespace

StateStore::StateStore(QString path, const Clock &clock)
    : m_file(std::move(path), CurrentVersion, clock)
{ }

StateStore::Loaded StateStore::load()
{
    const StoreFile::Loaded read = m_file.load();
    if (!read.object)
        return {{}, {}, read.problems};
    Loaded loaded;
    const QJsonObject records = read.object->value(u"externalAuthentications"_s).toObject();
    for (auto it = records.begin(); it != records.end(); ++it) {
        ExternalAuthentication record = ExternalAuthentication::fromJson(it.key(), it.value().toObject());
        record.status = settledStatus(record);
        loaded.records.insert(it.key(), record);
    }
    // Informative: an unreadable entry is skipped (the limit is learned again).
    const QJsonObject observed = read.object->value(u"observedSessions"_s).toObject();
    for (auto it = observed.begin(); it != observed.end(); ++it) {
        QList<qint64> lengths;
        for (const QJsonValue &value : it.value().toArray()) {
            if (value.isDouble() && value.toDouble() > 0)
                lengths.append(static_cast<qint64>(value.toDouble()));
        }
        while (lengths.size() > ObservedLength)
            lengths.removeFirst();
        if (!lengths.isEmpty())
            loaded.observedSessions.insert(it.key(), lengths);
    }
    return loaded;
}

Result<void> StateStore::save(const Records &records, const ObservedSessions &observedSessions)
{
    QJsonObject object;
    for (auto it = records.begin(); it != records.end(); ++it) {
        ExternalAuthentication record = it.value();
        record.status = settledStatus(record);
        object.insert(it.key(), record.toJson());
    }
    QJsonObject document{{u"version"_s, CurrentVersion}, {u"externalAuthentications"_s, object}};
    if (!observedSessions.isEmpty()) {
        QJsonObject observed;
        for (auto it = observedSessions.begin(); it != observedSessions.end(); ++it) {
            QJsonArray lengths;
            for (const qint64 seconds : it.value())
                lengths.append(seconds);
            observed.insert(it.key(), lengths);
        }
        document.insert(u"observedSessions"_s, observed);
    }
    return m_file.write(document);
}

} // namespace callout
