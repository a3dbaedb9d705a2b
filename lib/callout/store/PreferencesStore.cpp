#include "callout/store/PreferencesStore.h"

#include "callout/core/Logging.h"
#include "callout/model/Validation.h"
#include "callout/store/JsonFile.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::PreferencesStore)
};

constexpr int CurrentVersion = 1;
const QString RefreshLeadKey = u"refreshLeadSeconds"_s;
const QString ReminderSnoozeKey = u"reminderSnoozeMinutes"_s;
const QString SessionWarningLeadKey = u"sessionWarningLeadMinutes"_s;
const QString QuietHoursStartKey = u"quietHoursStart"_s; // "HH:mm", local time
const QString QuietHoursEndKey = u"quietHoursEnd"_s;
const QString ProxyEnabledKey = u"proxyEnabled"_s;
const QString ProxyPortKey = u"proxyPort"_s;

void checkRange(QList<Error> *problems, const QString &key, qint64 value, qint64 min, qint64 max)
{
    if (value < min || value > max)
        validation::problem(problems, key, Tr::tr("must be between %1 and %2").arg(min).arg(max));
}

// Reads one whole number; a wrong type or a value out of its range is reported and the default kept.
template<typename Duration>
void readDuration(const QJsonObject &json, const QString &key, Duration min, Duration max, Duration *value,
                  QList<Error> *problems)
{
    const QJsonValue read = json.value(key);
    if (read.isUndefined())
        return;
    const double number = read.toDouble(-1);
    if (!read.isDouble() || number != std::floor(number)) {
        validation::problem(problems, key, Tr::tr("must be a whole number"));
        return;
    }
    QList<Error> found;
    checkRange(&found, key, qint64(number), min.count(), max.count());
    if (!found.isEmpty()) {
        *problems += found;
        return;
    }
    *value = Duration(qint64(number));
}

void readProxy(const QJsonObject &json, Preferences *preferences, QList<Error> *problems)
{
    const QJsonValue enabled = json.value(ProxyEnabledKey);
    if (enabled.isBool())
        preferences->proxyEnabled = enabled.toBool();
    else if (!enabled.isUndefined())
        validation::problem(problems, ProxyEnabledKey, Tr::tr("must be true or false"));
    const QJsonValue port = json.value(ProxyPortKey);
    const double number = port.toDouble(-1);
    if (port.isUndefined())
        return;
    if (!port.isDouble() || number != std::floor(number) || number < 0 || number > 65535)
        validation::problem(problems, ProxyPortKey, Tr::tr("must be a port number from 0 to 65535"));
    else
        preferences->proxyPort = quint16(number);
}

QTime readTimeOfDay(const QJsonObject &json, const QString &key, QList<Error> *problems)
{
    const QJsonValue read = json.value(key);
    if (read.isUndefined() || read.isNull())
        return {};
    const QTime time = QTime::fromString(read.toString(), u"HH:mm"_s);
    if (!time.isValid())
        validation::problem(problems, key, Tr::tr("must be a time of day written HH:mm"));
    return time;
}

} // namespace

QList<Error> Preferences::validate() const
{
    QList<Error> problems;
    checkRange(&problems, RefreshLeadKey, refreshLead.count(), MinRefreshLead.count(), MaxRefreshLead.count());
    checkRange(&problems, ReminderSnoozeKey, reminderSnooze.count(), MinReminderSnooze.count(),
               MaxReminderSnooze.count());
    checkRange(&problems, SessionWarningLeadKey, sessionWarningLead.count(), MinSessionWarningLead.count(),
               MaxSessionWarningLead.count());
    if (quietHoursStart.isValid() != quietHoursEnd.isValid())
        validation::problem(&problems, quietHoursStart.isValid() ? QuietHoursEndKey : QuietHoursStartKey,
                            Tr::tr("quiet hours need both a start and an end"));
    return problems;
}

PreferencesStore::PreferencesStore(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{ }

QList<Error> PreferencesStore::load()
{
    m_preferences = {};
    const JsonFile::ReadResult read = JsonFile(m_path).read();
    if (read.outcome == JsonFile::ReadOutcome::Missing)
        return {};
    if (read.outcome == JsonFile::ReadOutcome::Unparsable) {
        // Kept as it is (the user may want to fix it); the defaults apply until a save replaces it.
        const Error error(
            ErrorCode::ConfigurationUnreadable,
            Tr::tr("%1 could not be read (%2); the default preferences are used.").arg(m_path, read.parseError));
        qCWarning(lcConfig).noquote() << error.message;
        return {error};
    }
    QList<Error> problems;
    readDuration(read.object, RefreshLeadKey, Preferences::MinRefreshLead, Preferences::MaxRefreshLead,
                 &m_preferences.refreshLead, &problems);
    readDuration(read.object, ReminderSnoozeKey, Preferences::MinReminderSnooze, Preferences::MaxReminderSnooze,
                 &m_preferences.reminderSnooze, &problems);
    readDuration(read.object, SessionWarningLeadKey, Preferences::MinSessionWarningLead,
                 Preferences::MaxSessionWarningLead, &m_preferences.sessionWarningLead, &problems);
    m_preferences.quietHoursStart = readTimeOfDay(read.object, QuietHoursStartKey, &problems);
    m_preferences.quietHoursEnd = readTimeOfDay(read.object, QuietHoursEndKey, &problems);
    if (m_preferences.quietHoursStart.isValid() != m_preferences.quietHoursEnd.isValid()) {
        validation::problem(&problems, QuietHoursStartKey, Tr::tr("quiet hours need both a start and an end"));
        m_preferences.quietHoursStart = m_preferences.quietHoursEnd = {};
    }
    readProxy(read.object, &m_preferences, &problems);
    for (const Error &problem : std::as_const(problems))
        qCWarning(lcConfig).noquote() << m_path << problem.toString();
    return problems;
}

Result<void> PreferencesStore::save(const Preferences &preferences)
{
    if (const QList<Error> problems = preferences.validate(); !problems.isEmpty())
        return problems.first();
    QJsonObject json{{u"version"_s, CurrentVersion},
                     {RefreshLeadKey, qint64(preferences.refreshLead.count())},
                     {ReminderSnoozeKey, qint64(preferences.reminderSnooze.count())},
                     {SessionWarningLeadKey, qint64(preferences.sessionWarningLead.count())},
                     {ProxyEnabledKey, preferences.proxyEnabled},
                     {ProxyPortKey, int(preferences.proxyPort)}};
    if (preferences.quietHoursStart.isValid()) {
        json.insert(QuietHoursStartKey, preferences.quietHoursStart.toString(u"HH:mm"_s));
        json.insert(QuietHoursEndKey, preferences.quietHoursEnd.toString(u"HH:mm"_s));
    }
    if (Result<void> written = JsonFile(m_path).write(json); !written.ok())
        return written;
    m_preferences = preferences;
    Q_EMIT changed();
    return {};
}

} // namespace callout
