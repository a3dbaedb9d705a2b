#include "callout/store/StateStore.h"

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
        return {{}, read.problems};
    Loaded loaded;
    const QJsonObject records = read.object->value(u"externalAuthentications"_s).toObject();
    for (auto it = records.begin(); it != records.end(); ++it) {
        ExternalAuthentication record = ExternalAuthentication::fromJson(it.key(), it.value().toObject());
        record.status = settledStatus(record);
        loaded.records.insert(it.key(), record);
    }
    return loaded;
}

Result<void> StateStore::save(const Records &records)
{
    QJsonObject object;
    for (auto it = records.begin(); it != records.end(); ++it) {
        ExternalAuthentication record = it.value();
        record.status = settledStatus(record);
        object.insert(it.key(), record.toJson());
    }
    return m_file.write({{u"version"_s, CurrentVersion}, {u"externalAuthentications"_s, object}});
}

} // namespace callout
