#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace callout {

class CredentialCatalog;
class NamedCredential;

// When a credential's session ends whatever the refreshes (the service then asks for a new
// sign-in), and how Callout knows. In order of precedence:
//   setting  — the named credential's sessionHours: the user's own word beats any guess;
//   server   — the token response's refresh_token_expires_in (or refresh_expires_in), a fact about
//              this very session;
//   preset   — the service's documented fixed limit (providers.json sessionLimitHours);
//   observed — the time from sign-in to the refusal, seen twice for its auth provider; the shorter
//              of the two, since a refusal is noticed only at the next use, so an observation can only
//              be too long.
struct SessionEnd {
    enum class Source { Setting, Server, Preset, Observed };

    QDateTime at;
    Source source = Source::Server;
    QDateTime sessionStarted; // the sign-in it ends (invalid: unknown); a new sign-in is a new session

    // What the end is worked out from.
    struct Facts {
        QDateTime sessionStarted; // invalid: unknown (only the server's end can then be used)
        int settingHours = 0;
        QDateTime serverEnd;
        int presetHours = 0;
        QList<qint64> observedSeconds; // newest last
    };
    static constexpr int ObservationsNeeded = 2;

    static std::optional<SessionEnd> from(const Facts &facts);
    // The end of the credential's current session; nullopt when it is not signed in or nothing is known.
    static std::optional<SessionEnd> of(const CredentialCatalog &catalog, const QString &credentialId);
    // The same for a credential of the catalog's configuration at hand (no search by id: `list` of thousands).
    static std::optional<SessionEnd> of(const CredentialCatalog &catalog, const NamedCredential &credential);

    // "setting", "server", "preset", "observed" (the agent's JSON).
    static QString sourceName(Source source);

    friend bool operator==(const SessionEnd &, const SessionEnd &) = default;
};

} // namespace callout
