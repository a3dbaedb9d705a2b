#include "callout/store/StateStore.h"

using namespace Qt::StringLiterals;

namespace callout {

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
    for (auto it = records.begin(); it != records.end(); ++it)
        loaded.records.insert(it.key(), ExternalAuthentication::fromJson(it.key(), it.value().toObject()));
    return loaded;
}

Result<void> StateStore::save(const Records &records)
{
    QJsonObject object;
    for (auto it = records.begin(); it != records.end(); ++it)
        object.insert(it.key(), it.value().toJson());
    return m_file.write({{u"version"_s, CurrentVersion}, {u"externalAuthentications"_s, object}});
}

} // namespace callout
