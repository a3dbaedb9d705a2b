#pragma once

#include "callout/core/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace callout::test {

// What a URL rule says of a URL that is not absolute https (Validation.cpp).
inline QString insecureUrlMessage()
{
    return QStringLiteral("must be an absolute https URL (http is allowed only for 127.0.0.1, ::1 and localhost)");
}

// One entry of callout.json (an AuthProvider or a NamedCredential) at `path`, e.g.
// "authProviders[0]", for validation tables: the paths its problems name, and its problems.
template<typename Entry> class EntryValidation
{
public:
    explicit EntryValidation(QString path)
        : m_path(std::move(path))
    { }

    const QString &path() const { return m_path; }
    // "authProviders[0].tokenUrl"
    QString at(const QString &field) const { return m_path + u'.' + field; }

    // The problems of parsing plus those of validation, as the configuration loader sees them.
    QList<Error> problemsOf(const QJsonObject &json) const
    {
        QList<Error> problems;
        const Entry entry = Entry::fromJson(json, m_path, &problems);
        problems += entry.validate(m_path);
        return problems;
    }

private:
    QString m_path;
};

} // namespace callout::test
