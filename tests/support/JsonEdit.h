#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace callout::test {

// Copies of a JSON object with one change, for tables of rows that each change one thing:
// `json` with `key` set to `value` (added or replaced) …
inline QJsonObject with(QJsonObject json, const QString &key, const QJsonValue &value)
{
    json.insert(key, value);
    return json;
}

// … and `json` without `keys`.
inline QJsonObject without(QJsonObject json, const QStringList &keys)
{
    for (const QString &key : keys)
        json.remove(key);
    return json;
}

inline QJsonObject without(QJsonObject json, const QString &key)
{
    json.remove(key);
    return json;
}

} // namespace callout::test
