#pragma once

#include "callout/core/Result.h"
#include "callout/model/ProviderPreset.h"

#include <QByteArray>
#include <QList>

namespace callout {

// The catalogue of provider presets. The built-in one is resources/presets/providers.json,
// compiled into the core library; every preset is checked when it is read, so a wrong fact fails
// loudly rather than producing a provider that cannot sign in.
class ProviderPresets
{
public:
    // Reads and checks a catalogue: its shape, each preset's questions and placeholders, its sources,
    // and that its provider passes the configuration rules once filled in with sample answers.
    // Every problem is in Error::details with its JSON path.
    static Result<ProviderPresets> fromJson(const QByteArray &json);
    // The catalogue compiled into Callout.
    static Result<ProviderPresets> builtIn();

    const QList<ProviderPreset> &presets() const { return m_presets; }
    const ProviderPreset *find(const QString &id) const;
    // The documented fixed session limit of the service `provider` signs in to, in hours (0: none known).
    int sessionLimitHours(const AuthProvider &provider) const;

private:
    struct SessionLimit {
        QRegularExpression tokenUrl; // ProviderPreset::tokenUrlMatcher(), compiled once: asked per credential
        int hours = 0;
    };

    QList<ProviderPreset> m_presets;
    QList<SessionLimit> m_sessionLimits;
};

} // namespace callout
