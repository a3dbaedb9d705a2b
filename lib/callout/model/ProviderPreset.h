#pragma once

#include "callout/core/Result.h"
#include "callout/model/AuthProvider.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace callout {

// One thing a preset asks the user to type: the client id, the client secret, or a placeholder of
// its URLs ({tenant}, {myDomain}, …).
struct PresetQuestion {
    // What a placeholder accepts; each kind refuses text that could change more of a URL than its own part.
    enum class Kind {
        ClientId,
        ClientSecret,
        HostLabel,   // DNS labels in front of a fixed domain: "MyCompany" in MyCompany.my.salesforce.com
        PathSegment, // one path segment: a tenant id or domain, never "/" or ".."
        BaseUrl,     // an https URL the preset's paths are appended to; a trailing slash is dropped
        Issuer,      // an https issuer URL, kept exactly (the `iss` check compares it)
    };

    QString key;   // "clientId", "clientSecret" or the placeholder's name
    QString label; // human, translated: "Client ID", "Tenant"
    QString help;  // the catalogue's explanation (English, as the services' documentation)
    Kind kind = Kind::ClientId;

    bool isPlaceholder() const { return kind != Kind::ClientId && kind != Kind::ClientSecret; }
};

// What the user typed for a preset.
struct PresetAnswers {
    QString name; // empty: the preset's default name
    QString clientId;
    QString clientSecret;          // goes to the keychain, never into callout.json
    QMap<QString, QString> values; // placeholder name → text
};

// A popular service's provider settings (resources/presets/providers.json): endpoints, scopes,
// client authentication and redirect rules, with the notes the user needs to register the client.
class ProviderPreset
{
public:
    QString id;           // "github-oauth-app"
    QString title;        // "GitHub (OAuth app)"
    QString defaultName;  // "GitHub"
    QJsonObject provider; // authProviders fields; URLs may hold {placeholders}
    QList<PresetQuestion> questions;
    QString pkce;
    QString clientSecretNote;
    QString redirectNote;      // what to register at the service
    QString refresh;           // the service's refresh-token behaviour
    int sessionLimitHours = 0; // a documented fixed session limit whatever the refreshes; 0: none
    QStringList notes;         // what Callout cannot express or the user must know
    QStringList unverified;
    QStringList sources; // the documentation the facts come from

    bool asks(const QString &key) const;
    // Whether `provider` was made from this preset: its token URL is the preset's, any placeholder
    // standing for what the user typed.
    bool made(const AuthProvider &provider) const;
    // What made() matches a token URL with (compiling it is the cost: keep it where it is used often).
    QRegularExpression tokenUrlMatcher() const;
    static bool matches(const QRegularExpression &tokenUrlMatcher, const AuthProvider &provider);
    QList<PresetQuestion> placeholders() const;

    // The provider's fields with every placeholder replaced by its checked value; name and client id
    // are left empty. Every wrong or missing value is in Error::details ("tenant: …").
    Result<AuthProvider> fill(const QMap<QString, QString> &values) const;
    // fill() plus the name and client id, checked with the configuration's rules; a client secret is
    // required exactly when the preset asks for one.
    Result<AuthProvider> apply(const PresetAnswers &answers) const;

    // `provider` as an import document (README, "Configuration") carrying `clientSecret` when given,
    // which the import moves into the keychain.
    static QByteArray importDocument(const AuthProvider &provider, const QString &clientSecret);

    // Checks a placeholder's text; the empty string when it is fine, else why not.
    static QString checkValue(PresetQuestion::Kind kind, const QString &value);
    // A value of `kind` that passes checkValue(), for checking the catalogue.
    static QString sampleValue(PresetQuestion::Kind kind);
};

} // namespace callout
