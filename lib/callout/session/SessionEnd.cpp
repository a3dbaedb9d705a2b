#include "callout/session/SessionEnd.h"

#include "callout/model/ProviderPresets.h"
#include "callout/store/CredentialCatalog.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

constexpr qint64 SecondsPerHour = 3600;

// The built-in catalogue is checked once per process; a broken one (tst_providerpresets fails
// loudly) only means no preset limits.
const ProviderPresets *builtInPresets()
{
    static const Result<ProviderPresets> presets = ProviderPresets::builtIn();
    return presets.ok() ? &presets.value() : nullptr;
}

// Records from before Callout kept the session's start: the last sign-in in the history.
QDateTime sessionStart(const ExternalAuthentication &record)
{
    if (record.sessionStarted.isValid())
        return record.sessionStarted;
    const auto last = std::find_if(record.history.crbegin(), record.history.crend(), [](const AuthEvent &event) {
        return event.kind == AuthEvent::Kind::SignedIn || event.kind == AuthEvent::Kind::Reauthenticated;
    });
    return last != record.history.crend() ? last->time : QDateTime();
}

} // namespace

std::optional<SessionEnd> SessionEnd::from(const Facts &facts)
{
    const QDateTime &start = facts.sessionStarted;
    auto end = [&start](const QDateTime &at, Source source) { return SessionEnd{at, source, start}; };
    if (start.isValid() && facts.settingHours > 0)
        return end(start.addSecs(facts.settingHours * SecondsPerHour), Source::Setting);
    if (facts.serverEnd.isValid())
        return end(facts.serverEnd, Source::Server);
    if (start.isValid() && facts.presetHours > 0)
        return end(start.addSecs(facts.presetHours * SecondsPerHour), Source::Preset);
    if (start.isValid() && facts.observedSeconds.size() >= ObservationsNeeded) {
        const auto last = facts.observedSeconds.end();
        const qint64 shorter = *std::min_element(last - ObservationsNeeded, last);
        return end(start.addSecs(shorter), Source::Observed);
    }
    return std::nullopt;
}

std::optional<SessionEnd> SessionEnd::of(const CredentialCatalog &catalog, const QString &credentialId)
{
    const NamedCredential *credential = catalog.configuration().credentialById(credentialId);
    return credential ? of(catalog, *credential) : std::nullopt;
}

std::optional<SessionEnd> SessionEnd::of(const CredentialCatalog &catalog, const NamedCredential &credential)
{
    const ExternalAuthentication record = catalog.externalAuthentication(credential.id);
    if (record.status != AuthStatus::SignedIn && record.status != AuthStatus::Refreshing)
        return std::nullopt;
    Facts facts;
    facts.sessionStarted = sessionStart(record);
    facts.settingHours = credential.sessionHours;
    facts.serverEnd = record.serverSessionEnd;
    if (const AuthProvider *provider = catalog.configuration().providerByName(credential.authProvider)) {
        if (const ProviderPresets *presets = builtInPresets())
            facts.presetHours = presets->sessionLimitHours(*provider);
        facts.observedSeconds = catalog.observedSessions(provider->id);
    }
    return from(facts);
}

QString SessionEnd::sourceName(Source source)
{
    switch (source) {
    case Source::Setting: return u"setting"_s;
    case Source::Server: return u"server"_s;
    case Source::Preset: return u"preset"_s;
    case Source::Observed: return u"observed"_s;
    }
    return u"server"_s;
}

} // namespace callout
