<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthProviderEditor</name>
    <message>
        <source>Auth. Provider</source>
        <translation>Authentifizierungsanbieter</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Letters, digits and _</source>
        <translation>Buchstaben, Ziffern und _</translation>
    </message>
    <message>
        <source>Problem of name</source>
        <translation>Problem bei name</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <source>Dis&amp;cover</source>
        <translation>Er&amp;mitteln</translation>
    </message>
    <message>
        <source>Discover endpoints</source>
        <translation>Endpunkte ermitteln</translation>
    </message>
    <message>
        <source>Fill in the endpoints from the issuer&apos;s OpenID / OAuth metadata</source>
        <translation>Die Endpunkte aus den OpenID-/OAuth-Metadaten des Ausstellers übernehmen</translation>
    </message>
    <message>
        <source>Problem of issuer</source>
        <translation>Problem bei issuer</translation>
    </message>
    <message>
        <source>Discovery result</source>
        <translation>Ergebnis der Ermittlung</translation>
    </message>
    <message>
        <source>&amp;Authorize URL:</source>
        <translation>Autorisierungs-U&amp;RL:</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Problem of authorizeUrl</source>
        <translation>Problem bei authorizeUrl</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>To&amp;ken-URL:</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Problem of tokenUrl</source>
        <translation>Problem bei tokenUrl</translation>
    </message>
    <message>
        <source>&amp;Revocation URL:</source>
        <translation>Wi&amp;derrufs-URL:</translation>
    </message>
    <message>
        <source>Revocation URL</source>
        <translation>Widerrufs-URL</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Problem of revocationUrl</source>
        <translation>Problem bei revocationUrl</translation>
    </message>
    <message>
        <source>User in&amp;fo URL:</source>
        <translation>Benutzer&amp;info-URL:</translation>
    </message>
    <message>
        <source>User info URL</source>
        <translation>Benutzerinfo-URL</translation>
    </message>
    <message>
        <source>Problem of userInfoUrl</source>
        <translation>Problem bei userInfoUrl</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>Clien&amp;t-ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Problem of clientId</source>
        <translation>Problem bei clientId</translation>
    </message>
    <message>
        <source>Client S&amp;ecret:</source>
        <translation>Client-G&amp;eheimnis:</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation>Erset&amp;zen</translation>
    </message>
    <message>
        <source>Replace the stored client secret</source>
        <translation>Das gespeicherte Client-Geheimnis ersetzen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the stored client secret</source>
        <translation>Das gespeicherte Client-Geheimnis entfernen</translation>
    </message>
    <message>
        <source>Client secret status</source>
        <translation>Status des Client-Geheimnisses</translation>
    </message>
    <message>
        <source>Problem of clientSecret</source>
        <translation>Problem bei clientSecret</translation>
    </message>
    <message>
        <source>Client aut&amp;hentication:</source>
        <translation>Client-Aut&amp;hentifizierung:</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source>Problem of clientAuthentication</source>
        <translation>Problem bei clientAuthentication</translation>
    </message>
    <message>
        <source>Default sc&amp;opes:</source>
        <translation>Standard-Sc&amp;opes:</translation>
    </message>
    <message>
        <source>Default scopes</source>
        <translation>Standard-Scopes</translation>
    </message>
    <message>
        <source>Space-separated, e.g. openid profile</source>
        <translation>Durch Leerzeichen getrennt, z. B. openid profile</translation>
    </message>
    <message>
        <source>Problem of defaultScopes</source>
        <translation>Problem bei defaultScopes</translation>
    </message>
    <message>
        <source>Redirect &amp;URI:</source>
        <translation>&amp;Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source>Redirect URI override</source>
        <translation>Abweichende Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Default: http://127.0.0.1:&lt;any port&gt;/callback</source>
        <translation>Standard: http://127.0.0.1:&lt;beliebiger Port&gt;/callback</translation>
    </message>
    <message>
        <source>Problem of redirectUri</source>
        <translation>Problem bei redirectUri</translation>
    </message>
    <message>
        <source>E&amp;xtra authorize
parameters:</source>
        <translation>Zusätzliche Autori-
sierungs&amp;parameter:</translation>
    </message>
    <message>
        <source>Extra authorize parameters</source>
        <translation>Zusätzliche Autorisierungsparameter</translation>
    </message>
    <message>
        <source>Problem of extraAuthorizeParameters</source>
        <translation>Problem bei extraAuthorizeParameters</translation>
    </message>
    <message>
        <source>Start from a &amp;preset:</source>
        <translation>Mit einer &amp;Vorlage beginnen:</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Fill in a popular service&apos;s endpoints, scopes and redirect rules</source>
        <translation>Endpunkte, Scopes und Weiterleitungsregeln eines bekannten Dienstes eintragen</translation>
    </message>
    <message>
        <source>Problem of the preset&apos;s answers</source>
        <translation>Problem mit den Angaben für die Vorlage</translation>
    </message>
    <message>
        <source>&amp;Fill in the form</source>
        <translation>Formular &amp;ausfüllen</translation>
    </message>
    <message>
        <source>Replace the endpoints, scopes, client authentication and redirect URI with the preset&apos;s</source>
        <translation>Endpunkte, Scopes, Client-Authentifizierung und Weiterleitungs-URI durch die der Vorlage ersetzen</translation>
    </message>
    <message>
        <source>What the preset needs</source>
        <translation>Was die Vorlage braucht</translation>
    </message>
</context>
<context>
    <name>AuthenticationSettingsPage</name>
    <message>
        <source>Authentication Settings for External Systems</source>
        <translation>Authentifizierungseinstellungen für externe Systeme</translation>
    </message>
    <message>
        <source>Your sign-ins to external systems. Programs get their access tokens from Callout (calloutctl token NAME); when a session ends, sign in again here.</source>
        <translation>Ihre Anmeldungen bei externen Systemen. Programme erhalten ihre Zugriffstoken von Callout (calloutctl token NAME); wenn eine Sitzung endet, melden Sie sich hier erneut an.</translation>
    </message>
    <message>
        <source>Sign-ins to external systems</source>
        <translation>Anmeldungen bei externen Systemen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>New external authentication</source>
        <translation>Neue externe Authentifizierung</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected sign-in</source>
        <translation>Die ausgewählte Anmeldung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected named credential</source>
        <translation>Die ausgewählte benannte Anmeldeinformation löschen</translation>
    </message>
    <message>
        <source>&amp;Re-authenticate</source>
        <translation>E&amp;rneut anmelden</translation>
    </message>
    <message>
        <source>Sign in to the selected external system in your browser</source>
        <translation>Im Browser beim ausgewählten externen System anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign out of the selected external system</source>
        <translation>Vom ausgewählten externen System abmelden</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Show the details of the selected sign-in</source>
        <translation>Die Details der ausgewählten Anmeldung anzeigen</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>No named credentials yet. Add an auth provider and a named credential on their pages, then choose New here to sign in. Or import a configuration with: calloutctl import FILE</source>
        <translation>Noch keine benannten Anmeldeinformationen. Fügen Sie auf den jeweiligen Seiten einen Authentifizierungsanbieter und eine benannte Anmeldeinformation hinzu und wählen Sie dann hier Neu, um sich anzumelden. Oder importieren Sie eine Konfiguration mit: calloutctl import FILE</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>permission denied or not a folder</source>
        <translation>Zugriff verweigert oder kein Ordner</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>ConfigurationPage</name>
    <message>
        <source>Ne&amp;w</source>
        <translation>Ne&amp;u</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Forget your changes and show what is saved</source>
        <translation>Ihre Änderungen verwerfen und den gespeicherten Stand zeigen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>ExternalAuthenticationDialog</name>
    <message>
        <source>External Authentication</source>
        <translation>Externe Authentifizierung</translation>
    </message>
    <message>
        <source>Choose the external system and how you sign in to it.</source>
        <translation>Wählen Sie das externe System und wie Sie sich dort anmelden.</translation>
    </message>
    <message>
        <source>External System &amp;Definition:</source>
        <translation>&amp;Definition des externen Systems:</translation>
    </message>
    <message>
        <source>External System Definition (named credential)</source>
        <translation>Definition des externen Systems (benannte Anmeldeinformation)</translation>
    </message>
    <message>
        <source>Problem with the named credential</source>
        <translation>Problem mit der benannten Anmeldeinformation</translation>
    </message>
    <message>
        <source>Authentication Protocol:</source>
        <translation>Authentifizierungsprotokoll:</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>Authentication Protocol</source>
        <translation>Authentifizierungsprotokoll</translation>
    </message>
    <message>
        <source>Authentication &amp;Provider:</source>
        <translation>Authentifizierungs&amp;anbieter:</translation>
    </message>
    <message>
        <source>Authentication Provider</source>
        <translation>Authentifizierungsanbieter</translation>
    </message>
    <message>
        <source>Problem with the authentication provider</source>
        <translation>Problem mit dem Authentifizierungsanbieter</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Problem with the scope</source>
        <translation>Problem mit dem Scope</translation>
    </message>
    <message>
        <source>Start Authentication &amp;Flow on Save</source>
        <translation>Authentifizierungs&amp;vorgang beim Speichern starten</translation>
    </message>
    <message>
        <source>Start Authentication Flow on Save</source>
        <translation>Authentifizierungsvorgang beim Speichern starten</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;Start Callout in the tray when I log in</source>
        <translation>Callout beim Anmelden im &amp;Tray starten</translation>
    </message>
    <message>
        <source>Start Callout when I log in</source>
        <translation>Callout beim Anmelden starten</translation>
    </message>
    <message>
        <source>Reminders and refresh</source>
        <translation>Erinnerungen und Aktualisierung</translation>
    </message>
    <message>
        <source>&amp;Later reminds me again after:</source>
        <translation>&amp;Später erinnert mich erneut nach:</translation>
    </message>
    <message>
        <source>Reminder snooze in minutes</source>
        <translation>Erinnerungspause in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Refresh tokens this long before they expire:</source>
        <translation>Token so lange vor Ablauf &amp;aktualisieren:</translation>
    </message>
    <message>
        <source>Refresh lead in seconds</source>
        <translation>Aktualisierungsvorlauf in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Apply the reminder and refresh settings</source>
        <translation>Die Erinnerungs- und Aktualisierungseinstellungen übernehmen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Revert the reminder and refresh settings</source>
        <translation>Die Erinnerungs- und Aktualisierungseinstellungen verwerfen</translation>
    </message>
    <message>
        <source>Loopback proxy</source>
        <translation>Loopback-Proxy</translation>
    </message>
    <message>
        <source>Let local programs call &amp;through the proxy on port</source>
        <translation>Lokale Programme über den &amp;Proxy aufrufen lassen, auf Port</translation>
    </message>
    <message>
        <source>Loopback proxy on</source>
        <translation>Loopback-Proxy an</translation>
    </message>
    <message>
        <source>Loopback proxy port</source>
        <translation>Port des Loopback-Proxys</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Loopback proxy address</source>
        <translation>Adresse des Loopback-Proxys</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Import und Export</translation>
    </message>
    <message>
        <source>The same JSON documents as calloutctl import and export. Exports never contain client secrets or tokens.</source>
        <translation>Dieselben JSON-Dokumente wie bei calloutctl import und export. Exporte enthalten nie Client-Geheimnisse oder Token.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a configuration document</source>
        <translation>Ein Konfigurationsdokument importieren</translation>
    </message>
    <message>
        <source>&amp;Change existing entries</source>
        <translation>Bestehende Einträge ä&amp;ndern</translation>
    </message>
    <message>
        <source>Let the import change existing entries</source>
        <translation>Den Import bestehende Einträge ändern lassen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the configuration</source>
        <translation>Die Konfiguration exportieren</translation>
    </message>
    <message>
        <source>Import and export outcome</source>
        <translation>Ergebnis von Import und Export</translation>
    </message>
    <message>
        <source>&amp;Warn this long before a service asks me to sign in again:</source>
        <translation>So lange &amp;vorher warnen, bevor ein Dienst eine neue Anmeldung verlangt:</translation>
    </message>
    <message>
        <source>Session end warning in minutes</source>
        <translation>Warnung vor Sitzungsende in Minuten</translation>
    </message>
    <message>
        <source>&amp;Quiet hours, no such warnings:</source>
        <translation>&amp;Ruhezeiten, keine solchen Warnungen:</translation>
    </message>
    <message>
        <source>Quiet hours on</source>
        <translation>Ruhezeiten an</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
</context>
<context>
    <name>NamedCredentialEditor</name>
    <message>
        <source>Named Credential</source>
        <translation>Benannte Anmeldeinformation</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Shown to you; defaults to the name</source>
        <translation>Für Sie angezeigt; standardmäßig der Name</translation>
    </message>
    <message>
        <source>Problem of label</source>
        <translation>Problem bei label</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Used by programs: calloutctl token Name</source>
        <translation>Von Programmen verwendet: calloutctl token Name</translation>
    </message>
    <message>
        <source>Problem of name</source>
        <translation>Problem bei name</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>https://api.example.com/v1</source>
        <translation>https://api.example.com/v1</translation>
    </message>
    <message>
        <source>Problem of url</source>
        <translation>Problem bei url</translation>
    </message>
    <message>
        <source>Auth &amp;Provider:</source>
        <translation>Authentifizierungs&amp;anbieter:</translation>
    </message>
    <message>
        <source>Auth Provider</source>
        <translation>Authentifizierungsanbieter</translation>
    </message>
    <message>
        <source>Problem of authProvider</source>
        <translation>Problem bei authProvider</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>S&amp;cope:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Leave empty for the provider&apos;s default scopes</source>
        <translation>Leer lassen für die Standard-Scopes des Anbieters</translation>
    </message>
    <message>
        <source>Problem of scopes</source>
        <translation>Problem bei scopes</translation>
    </message>
    <message>
        <source>&amp;Generate Authorization Header</source>
        <translation>Authorization-Header &amp;erzeugen</translation>
    </message>
    <message>
        <source>Generate Authorization Header</source>
        <translation>Authorization-Header erzeugen</translation>
    </message>
    <message>
        <source>Send &quot;Authorization: Bearer &lt;token&gt;&quot; with every call</source>
        <translation>Bei jedem Aufruf &quot;Authorization: Bearer &lt;token&gt;&quot; senden</translation>
    </message>
    <message>
        <source>Problem of generateAuthorizationHeader</source>
        <translation>Problem bei generateAuthorizationHeader</translation>
    </message>
    <message>
        <source>Custom &amp;headers:</source>
        <translation>Eigene &amp;Header:</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>Eigene Header</translation>
    </message>
    <message>
        <source>Problem of headers</source>
        <translation>Problem bei headers</translation>
    </message>
    <message>
        <source>Sessions &amp;end after:</source>
        <translation>Sitzungen &amp;enden nach:</translation>
    </message>
    <message>
        <source>Sessions end after this many hours</source>
        <translation>Sitzungen enden nach so vielen Stunden</translation>
    </message>
    <message>
        <source>For a service that asks you to sign in again after a fixed time, whatever the refreshes: Callout warns before. Not set: Callout learns it from the service when it can.</source>
        <translation>Für einen Dienst, der nach einer festen Zeit eine neue Anmeldung verlangt, egal wie oft erneuert wurde: Callout warnt vorher. Nicht gesetzt: Callout erfährt es vom Dienst, wenn es geht.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Problem of the session length</source>
        <translation>Problem mit der Sitzungsdauer</translation>
    </message>
</context>
<context>
    <name>PendingSignInBar</name>
    <message>
        <source>Sign-in in progress</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Die Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>Erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the sign-in address in the browser again</source>
        <translation>Die Anmeldeadresse erneut im Browser öffnen</translation>
    </message>
    <message>
        <source>Cancel si&amp;gn-in</source>
        <translation>Anmeldung abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Die Anmeldung abbrechen</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Auth provider</source>
        <translation>Authentifizierungsanbieter</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>Eigene Header</translation>
    </message>
    <message>
        <source>Generate Authorization Header</source>
        <translation>Authorization-Header erzeugen</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Revocation URL</source>
        <translation>Widerrufs-URL</translation>
    </message>
    <message>
        <source>User info URL</source>
        <translation>Benutzerinfo-URL</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source>Default scopes</source>
        <translation>Standard-Scopes</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Revocation answered HTTP %1.</source>
        <translation>Der Widerruf antwortete mit HTTP %1.</translation>
    </message>
</context>
<context>
    <name>ReauthPrompt</name>
    <message>
        <source>Callout — Sign in again</source>
        <translation>Callout — Erneut anmelden</translation>
    </message>
    <message>
        <source>&lt;b&gt;These sign-ins need you.&lt;/b&gt; Re-authenticate to continue; waiting calls go on once you are signed in.</source>
        <translation>&lt;b&gt;Diese Anmeldungen brauchen Sie.&lt;/b&gt; Melden Sie sich erneut an, um fortzufahren; wartende Aufrufe laufen weiter, sobald Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Remind me in 15 minutes</source>
        <translation>In 15 Minuten erinnern</translation>
    </message>
</context>
<context>
    <name>ReauthPromptRow</name>
    <message>
        <source>&amp;Re-authenticate</source>
        <translation>E&amp;rneut anmelden</translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer to sign in.</source>
        <translation>Öffnen Sie diese Adresse in einem Browser auf diesem Computer, um sich anzumelden.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Die Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>Erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser again</source>
        <translation>Die Anmeldeseite erneut im Browser öffnen</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Die Anmeldung abbrechen</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Callout — %1 (tokens)</source>
        <translation>Callout — %1 (Token)</translation>
    </message>
    <message>
        <source>Callout — %1 (client secret)</source>
        <translation>Callout — %1 (Client-Geheimnis)</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Configuration problems</source>
        <translation>Konfigurationsprobleme</translation>
    </message>
</context>
<context>
    <name>SignInDetailsPanel</name>
    <message>
        <source>Sign-in details</source>
        <translation>Anmeldedetails</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Anmeldeinformation</translation>
    </message>
    <message>
        <source>&amp;Hide details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Requested scopes:</source>
        <translation>Angeforderte Scopes:</translation>
    </message>
    <message>
        <source>Requested scopes</source>
        <translation>Angeforderte Scopes</translation>
    </message>
    <message>
        <source>Granted scopes:</source>
        <translation>Gewährte Scopes:</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Gewährte Scopes</translation>
    </message>
    <message>
        <source>Missing scopes:</source>
        <translation>Fehlende Scopes:</translation>
    </message>
    <message>
        <source>Missing scopes</source>
        <translation>Fehlende Scopes</translation>
    </message>
    <message>
        <source>&amp;Re-authenticate to get them</source>
        <translation>E&amp;rneut anmelden, um sie zu erhalten</translation>
    </message>
    <message>
        <source>Re-authenticate to get the missing scopes</source>
        <translation>Erneut anmelden, um die fehlenden Scopes zu erhalten</translation>
    </message>
    <message>
        <source>Access token expires:</source>
        <translation>Zugriffstoken läuft ab:</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>Zugriffstoken läuft ab</translation>
    </message>
    <message>
        <source>Last refresh:</source>
        <translation>Letzte Aktualisierung:</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Next refresh:</source>
        <translation>Nächste Aktualisierung:</translation>
    </message>
    <message>
        <source>Next planned refresh</source>
        <translation>Nächste geplante Aktualisierung</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Sign-in history</source>
        <translation>Anmeldeverlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Session ends:</source>
        <translation>Sitzung endet:</translation>
    </message>
    <message>
        <source>Session ends</source>
        <translation>Sitzung endet</translation>
    </message>
</context>
<context>
    <name>callout</name>
    <message>
        <source>The path may not contain an encoded slash or backslash (%2F, %5C).</source>
        <translation>Der Pfad darf keinen kodierten Schrägstrich oder Backslash enthalten (%2F, %5C).</translation>
    </message>
    <message>
        <source>The path may not contain &quot;.&quot; or &quot;..&quot; segments, in any spelling.</source>
        <translation>Der Pfad darf keine &quot;.&quot;- oder &quot;..&quot;-Segmente enthalten, in keiner Schreibweise.</translation>
    </message>
    <message>
        <source>The path may not contain control characters, encoded or not.</source>
        <translation>Der Pfad darf keine Steuerzeichen enthalten, weder kodiert noch unkodiert.</translation>
    </message>
    <message>
        <source>The address may not contain control characters.</source>
        <translation>Die Adresse darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The address may not contain a fragment (#).</source>
        <translation>Die Adresse darf kein Fragment (#) enthalten.</translation>
    </message>
    <message>
        <source>The path must be relative to the credential&apos;s URL; an absolute URL is not allowed.</source>
        <translation>Der Pfad muss relativ zur URL der Anmeldeinformation sein; eine absolute URL ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The path must start with &quot;/&quot;.</source>
        <translation>Der Pfad muss mit &quot;/&quot; beginnen.</translation>
    </message>
    <message>
        <source>The path may not start with &quot;//&quot;, which would name another host.</source>
        <translation>Der Pfad darf nicht mit &quot;//&quot; beginnen, da dies einen anderen Host benennen würde.</translation>
    </message>
    <message>
        <source>The path may not contain a backslash.</source>
        <translation>Der Pfad darf keinen Backslash enthalten.</translation>
    </message>
    <message>
        <source>The address may not contain an encoded NUL character (%00).</source>
        <translation>Die Adresse darf kein kodiertes NUL-Zeichen (%00) enthalten.</translation>
    </message>
    <message>
        <source>The credential&apos;s URL is not a valid http or https URL.</source>
        <translation>Die URL der Anmeldeinformation ist keine gültige http- oder https-URL.</translation>
    </message>
    <message>
        <source>The path leaves the credential&apos;s URL.</source>
        <translation>Der Pfad verlässt die URL der Anmeldeinformation.</translation>
    </message>
</context>
<context>
    <name>callout::AgentCallAuthorizer</name>
    <message>
        <source>The callout agent&apos;s answer to authorize was not understood.</source>
        <translation>Die Antwort des Callout-Agenten auf authorize wurde nicht verstanden.</translation>
    </message>
</context>
<context>
    <name>callout::ApiHandler</name>
    <message>
        <source>A request needs a string method, an id (number or string) and object params.</source>
        <translation>Eine Anfrage braucht eine Methode als Zeichenkette, eine id (Zahl oder Zeichenkette) und params als Objekt.</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;.</source>
        <translation>Unbekannte Methode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This method needs params.name.</source>
        <translation>Diese Methode braucht params.name.</translation>
    </message>
    <message>
        <source>No named credential is called %1.</source>
        <translation>Keine benannte Anmeldeinformation heißt %1.</translation>
    </message>
    <message>
        <source>%1 is disabled until its entry in the configuration file is fixed; its sign-in is kept.</source>
        <translation>%1 ist deaktiviert, bis sein Eintrag in der Konfigurationsdatei korrigiert ist; seine Anmeldung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Disabled: its entry in the configuration file has a problem. Its sign-in is kept and works again once the entry is fixed.</source>
        <translation>Deaktiviert: Der Eintrag in der Konfigurationsdatei hat ein Problem. Die Anmeldung bleibt erhalten und funktioniert wieder, sobald der Eintrag korrigiert ist.</translation>
    </message>
    <message>
        <source>params.document must be an import document (object or string).</source>
        <translation>params.document muss ein Importdokument sein (Objekt oder Zeichenkette).</translation>
    </message>
    <message>
        <source>params.replace must be true or false.</source>
        <translation>params.replace muss true oder false sein.</translation>
    </message>
    <message>
        <source>params.timeout must be a whole number of seconds from %1 to %2.</source>
        <translation>params.timeout muss eine ganze Zahl von Sekunden zwischen %1 und %2 sein.</translation>
    </message>
    <message>
        <source>params.token must be a string.</source>
        <translation>params.token muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>params.wait must be a whole number of seconds from 0 to %1.</source>
        <translation>params.wait muss eine ganze Zahl von Sekunden zwischen 0 und %1 sein.</translation>
    </message>
    <message>
        <source>params.refusedToken must be a string.</source>
        <translation>params.refusedToken muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>params.arguments must be an array of strings.</source>
        <translation>params.arguments muss ein Array von Zeichenketten sein.</translation>
    </message>
    <message>
        <source>This agent has no loopback proxy.</source>
        <translation>Dieser Agent hat keinen Loopback-Proxy.</translation>
    </message>
    <message>
        <source>params.action must be on, off or status; params.port (with on) a port from 1 to 65535.</source>
        <translation>params.action muss on, off oder status sein; params.port (mit on) ein Port von 1 bis 65535.</translation>
    </message>
</context>
<context>
    <name>callout::AsyncApiClient</name>
    <message>
        <source>The callout agent is not running or closed the connection.</source>
        <translation>Der Callout-Agent läuft nicht oder hat die Verbindung geschlossen.</translation>
    </message>
</context>
<context>
    <name>callout::AuthProvider</name>
    <message>
        <source>must be a loopback http URL such as http://localhost:1717/OauthRedirect (host 127.0.0.1, ::1 or localhost)</source>
        <translation>muss eine Loopback-http-URL sein, etwa http://localhost:1717/OauthRedirect (Host 127.0.0.1, ::1 oder localhost)</translation>
    </message>
    <message>
        <source>must name a port; leave it empty to use an ephemeral 127.0.0.1 port</source>
        <translation>muss einen Port nennen; leer lassen, um einen flüchtigen Port auf 127.0.0.1 zu verwenden</translation>
    </message>
    <message>
        <source>must not contain a query or fragment</source>
        <translation>darf keine Query und kein Fragment enthalten</translation>
    </message>
    <message>
        <source>must not be stored in the configuration file; import it so it goes to the keychain</source>
        <translation>darf nicht in der Konfigurationsdatei stehen; importieren Sie es, damit es in den Schlüsselbund kommt</translation>
    </message>
    <message>
        <source>must be none, post or basic</source>
        <translation>muss none, post oder basic sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>needs an issuer to compare with</source>
        <translation>braucht einen Aussteller zum Vergleich</translation>
    </message>
    <message>
        <source>is set by Callout itself and cannot be overridden</source>
        <translation>wird von Callout selbst gesetzt und kann nicht überschrieben werden</translation>
    </message>
    <message>
        <source>parameter names must not be empty</source>
        <translation>Parameternamen dürfen nicht leer sein</translation>
    </message>
    <message>
        <source>is on another server (%1) than the issuer (%2); the client secret and the codes go there: check that it is right</source>
        <translation>liegt auf einem anderen Server (%1) als der Aussteller (%2); Client-Geheimnis und Codes gehen dorthin: Prüfen Sie, ob das stimmt</translation>
    </message>
</context>
<context>
    <name>callout::AuthProviderEditor</name>
    <message>
        <source>None (public client, PKCE only)</source>
        <translation>Keine (öffentlicher Client, nur PKCE)</translation>
    </message>
    <message>
        <source>Secret in the request body (client_secret_post)</source>
        <translation>Geheimnis im Anfragetext (client_secret_post)</translation>
    </message>
    <message>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation>HTTP Basic (client_secret_basic)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Revocation URL</source>
        <translation>Widerrufs-URL</translation>
    </message>
    <message>
        <source>User info URL</source>
        <translation>Benutzerinfo-URL</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source>Default scopes</source>
        <translation>Standard-Scopes</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Stored (hidden). Replace to enter a new one</source>
        <translation>Gespeichert (verborgen). Zum Ändern ersetzen</translation>
    </message>
    <message>
        <source>Only for confidential clients</source>
        <translation>Nur für vertrauliche Clients</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>No client secret is stored.</source>
        <translation>Es ist kein Client-Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>Whether a client secret is stored is unknown: %1</source>
        <translation>Ob ein Client-Geheimnis gespeichert ist, ist unbekannt: %1</translation>
    </message>
    <message>
        <source>The stored client secret is deleted from the keychain on Save.</source>
        <translation>Das gespeicherte Client-Geheimnis wird beim Speichern aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>A client secret is stored; Save replaces it with the one entered.</source>
        <translation>Ein Client-Geheimnis ist gespeichert; Speichern ersetzt es durch das eingegebene.</translation>
    </message>
    <message>
        <source>A client secret is stored in the keychain.</source>
        <translation>Ein Client-Geheimnis ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>is given more than once</source>
        <translation>ist mehrfach angegeben</translation>
    </message>
    <message>
        <source>is empty: enter the new secret, or Revert</source>
        <translation>ist leer: Geben Sie das neue Geheimnis ein oder verwerfen Sie die Änderung</translation>
    </message>
    <message>
        <source>Enter the issuer first.</source>
        <translation>Geben Sie zuerst den Aussteller ein.</translation>
    </message>
    <message>
        <source>Asking %1 for its metadata…</source>
        <translation>%1 wird nach seinen Metadaten gefragt…</translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation>Ermittlung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Found in the metadata of %1:</source>
        <translation>In den Metadaten von %1 gefunden:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (your entry %3 is kept)</source>
        <translation>%1: %2 (Ihre Eingabe %3 bleibt erhalten)</translation>
    </message>
    <message>
        <source>The issuer sends “iss” with its responses; Callout will require it.</source>
        <translation>Der Aussteller sendet „iss“ mit seinen Antworten; Callout wird es verlangen.</translation>
    </message>
    <message>
        <source>None: enter the fields yourself</source>
        <translation>Keine: Felder selbst ausfüllen</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>You type: %1.</source>
        <translation>Sie geben ein: %1.</translation>
    </message>
    <message>
        <source>Redirect: %1</source>
        <translation>Weiterleitung: %1</translation>
    </message>
    <message>
        <source>Refresh: %1</source>
        <translation>Aktualisierung: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>callout::AuthProvidersPage</name>
    <message>
        <source>Auth. Providers</source>
        <translation>Authentifizierungsanbieter</translation>
    </message>
    <message>
        <source>Auth. Provider: %1</source>
        <translation>Authentifizierungsanbieter: %1</translation>
    </message>
    <message>
        <source>New Auth. Provider</source>
        <translation>Neuer Authentifizierungsanbieter</translation>
    </message>
</context>
<context>
    <name>callout::AuthenticationSettingsPage</name>
    <message>
        <source>Fix this entry in callout.json first.</source>
        <translation>Korrigieren Sie zuerst diesen Eintrag in callout.json.</translation>
    </message>
    <message>
        <source>&amp;Re-authenticate</source>
        <translation>E&amp;rneut anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Saved the authentication settings of %1.</source>
        <translation>Authentifizierungseinstellungen von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Delete the named credential %1? Its sign-in and tokens are deleted too, and programs that use it can no longer call %1.</source>
        <translation>Die benannte Anmeldeinformation %1 löschen? Ihre Anmeldung und Token werden ebenfalls gelöscht, und Programme, die sie verwenden, können %1 nicht mehr aufrufen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <source>Signing out of %1 failed: %2</source>
        <translation>Abmelden von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>Sign-in to %1 did not complete: %2</source>
        <translation>Anmeldung bei %1 nicht abgeschlossen: %2</translation>
    </message>
</context>
<context>
    <name>callout::CalloutAddress</name>
    <message>
        <source>A callout address starts with &quot;callout:&quot; (callout:NAME/PATH).</source>
        <translation>Eine Callout-Adresse beginnt mit &quot;callout:&quot; (callout:NAME/PATH).</translation>
    </message>
    <message>
        <source>The address names no credential (callout:NAME/PATH).</source>
        <translation>Die Adresse nennt keine Anmeldeinformation (callout:NAME/PATH).</translation>
    </message>
    <message>
        <source>A credential&apos;s name starts with a letter and holds only letters, digits and &quot;_&quot; (at most 80 characters).</source>
        <translation>Der Name einer Anmeldeinformation beginnt mit einem Buchstaben und enthält nur Buchstaben, Ziffern und &quot;_&quot; (höchstens 80 Zeichen).</translation>
    </message>
</context>
<context>
    <name>callout::CalloutProxy</name>
    <message>
        <source>The proxy could not listen on 127.0.0.1 port %1: %2</source>
        <translation>Der Proxy konnte nicht auf 127.0.0.1 Port %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>callout::CalloutReply</name>
    <message>
        <source>The request has no HTTP method.</source>
        <translation>Die Anfrage hat keine HTTP-Methode.</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
</context>
<context>
    <name>callout::ConfigImport</name>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already; import with --replace to change it</source>
        <translation>&quot;%1&quot; existiert bereits; importieren Sie mit --replace, um es zu ändern</translation>
    </message>
    <message>
        <source>The import document must be a JSON object.</source>
        <translation>Das Importdokument muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The import document has version %1; this Callout reads version %2 and older.</source>
        <translation>Das Importdokument hat Version %1; dieses Callout liest Version %2 und älter.</translation>
    </message>
    <message numerus="yes">
        <source>The import was refused, nothing was changed: %n problem(s).</source>
        <translation>
            <numerusform>Der Import wurde abgelehnt, nichts wurde geändert: %n Problem.</numerusform>
            <numerusform>Der Import wurde abgelehnt, nichts wurde geändert: %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import document is not valid JSON: %1.</source>
        <translation>Das Importdokument ist kein gültiges JSON: %1.</translation>
    </message>
</context>
<context>
    <name>callout::ConfigStore</name>
    <message>
        <source>must be 1</source>
        <translation>muss 1 sein</translation>
    </message>
    <message>
        <source>its auth provider %1 has a problem and cannot be used</source>
        <translation>sein Authentifizierungsanbieter %1 hat ein Problem und kann nicht verwendet werden</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); Callout will not write over it. Fix it in an editor (Callout reads it again when it is saved), then try again.</source>
        <translation>
            <numerusform>%1 hat %n Problem; Callout überschreibt die Datei nicht. Korrigieren Sie sie in einem Editor (Callout liest sie beim Speichern erneut) und versuchen Sie es dann noch einmal.</numerusform>
            <numerusform>%1 hat %n Probleme; Callout überschreibt die Datei nicht. Korrigieren Sie sie in einem Editor (Callout liest sie beim Speichern erneut) und versuchen Sie es dann noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed on disk and has not been read again yet; Callout will not write over it. Try again in a moment.</source>
        <translation>%1 wurde auf der Festplatte geändert und noch nicht neu gelesen; Callout überschreibt die Datei nicht. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>callout::Configuration</name>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used more than once</source>
        <translation>&quot;%1&quot; wird mehrfach verwendet</translation>
    </message>
    <message>
        <source>no auth provider is named &quot;%1&quot;</source>
        <translation>kein Authentifizierungsanbieter heißt &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>callout::ConfigurationEdit</name>
    <message>
        <source>The auth provider %1 was deleted meanwhile.</source>
        <translation>Der Authentifizierungsanbieter %1 wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>The client secret of %1 was deleted.</source>
        <translation>Das Client-Geheimnis von %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>no client secret will be stored, but client authentication %1 sends one</source>
        <translation>es wird kein Client-Geheimnis gespeichert, aber die Client-Authentifizierung %1 sendet eines</translation>
    </message>
    <message>
        <source>The named credential %1 was deleted meanwhile.</source>
        <translation>Die benannte Anmeldeinformation %1 wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>The auth provider was deleted meanwhile.</source>
        <translation>Der Authentifizierungsanbieter wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>%1 is used by %2: change or delete them first.</source>
        <translation>%1 wird von %2 verwendet: Ändern oder löschen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>The client secret of %1 was deleted with it.</source>
        <translation>Das Client-Geheimnis von %1 wurde mit gelöscht.</translation>
    </message>
    <message>
        <source>The named credential was deleted meanwhile.</source>
        <translation>Die benannte Anmeldeinformation wurde inzwischen gelöscht.</translation>
    </message>
</context>
<context>
    <name>callout::ConfigurationListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>callout::ConfigurationPage</name>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Den ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save or revert your changes first.</source>
        <translation>Speichern oder verwerfen Sie zuerst Ihre Änderungen.</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Delete %1? What Callout keeps for it in the keychain is deleted too. This cannot be undone.</source>
        <translation>%1 löschen? Was Callout dafür im Schlüsselbund aufbewahrt, wird ebenfalls gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>These named credentials lose their tokens and will need a new sign-in:</source>
        <translation>Diese benannten Anmeldeinformationen verlieren ihre Token und müssen neu angemeldet werden:</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>The stored client secret of %1 is deleted (%2) unless you enter a new one in Client Secret.</source>
        <translation>Das gespeicherte Client-Geheimnis von %1 wird gelöscht (%2), außer Sie geben unter Client-Geheimnis ein neues ein.</translation>
    </message>
    <message>
        <source>Sign-ins will be discarded</source>
        <translation>Anmeldungen werden verworfen</translation>
    </message>
    <message>
        <source>%1 was deleted meanwhile (by calloutctl or an edit of callout.json).</source>
        <translation>%1 wurde inzwischen gelöscht (durch calloutctl oder eine Änderung an callout.json).</translation>
    </message>
    <message>
        <source>%1 was deleted meanwhile (by calloutctl or an edit of callout.json). Your edit is kept: Save adds it again.</source>
        <translation>%1 wurde inzwischen gelöscht (durch calloutctl oder eine Änderung an callout.json). Ihre Änderung bleibt erhalten: Speichern fügt es wieder hinzu.</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile; the editor shows the new version.</source>
        <translation>%1 wurde inzwischen geändert; der Editor zeigt die neue Version.</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile (by calloutctl or an edit of callout.json). Your edit is kept: Save replaces that change, Revert shows it.</source>
        <translation>%1 wurde inzwischen geändert (durch calloutctl oder eine Änderung an callout.json). Ihre Änderung bleibt erhalten: Speichern ersetzt diese Änderung, Verwerfen zeigt sie.</translation>
    </message>
</context>
<context>
    <name>callout::CoreCallAuthorizer</name>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is disabled until its entry in the configuration file is fixed; its sign-in is kept.</source>
        <translation>%1 ist deaktiviert, bis sein Eintrag in der Konfigurationsdatei korrigiert ist; seine Anmeldung bleibt erhalten.</translation>
    </message>
    <message>
        <source>No named credential is called %1.</source>
        <translation>Keine benannte Anmeldeinformation heißt %1.</translation>
    </message>
    <message>
        <source>%1 was not signed in again within %2, so the call was not made. Click Re-authenticate in Callout&apos;s prompt or tray menu, then try again.</source>
        <translation>%1 wurde nicht innerhalb von %2 erneut angemeldet, daher wurde der Aufruf nicht ausgeführt. Klicken Sie in der Aufforderung oder im Tray-Menü von Callout auf Erneut anmelden und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>%1 needs you to sign in again: click Re-authenticate in Callout&apos;s prompt or tray menu. The call waits up to %2.</source>
        <translation>%1 erfordert eine erneute Anmeldung: Klicken Sie in der Aufforderung oder im Tray-Menü von Callout auf Erneut anmelden. Der Aufruf wartet bis zu %2.</translation>
    </message>
</context>
<context>
    <name>callout::CredentialCatalog</name>
    <message>
        <source>Tokens of %1 were discarded: its auth provider or URL was changed in %2.</source>
        <translation>Token von %1 wurden verworfen: Sein Authentifizierungsanbieter oder seine URL wurde in %2 geändert.</translation>
    </message>
    <message>
        <source>The entry has problems; nothing was saved.</source>
        <translation>Der Eintrag hat Probleme; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The configuration changed meanwhile: review the entry and save again.</source>
        <translation>Die Konfiguration hat sich inzwischen geändert: Prüfen Sie den Eintrag und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>%1 has problems; fix them in the file first, Callout does not write over it.</source>
        <translation>%1 hat Probleme; korrigieren Sie diese zuerst in der Datei, Callout überschreibt sie nicht.</translation>
    </message>
    <message>
        <source>No named credential is called %1.</source>
        <translation>Keine benannte Anmeldeinformation heißt %1.</translation>
    </message>
    <message>
        <source>No auth provider is called %1.</source>
        <translation>Kein Authentifizierungsanbieter heißt %1.</translation>
    </message>
    <message>
        <source>No named credential has that id.</source>
        <translation>Keine benannte Anmeldeinformation hat diese ID.</translation>
    </message>
    <message>
        <source>A credential cannot go from %1 to %2.</source>
        <translation>Eine Anmeldeinformation kann nicht von %1 zu %2 wechseln.</translation>
    </message>
</context>
<context>
    <name>callout::CredentialTableModel</name>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign-in required — Re-authenticate</source>
        <translation>Anmeldung erforderlich — Erneut anmelden</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Needs fixing: %1</source>
        <translation>Korrektur nötig: %1</translation>
    </message>
    <message>
        <source>Named Credential</source>
        <translation>Benannte Anmeldeinformation</translation>
    </message>
    <message>
        <source>Auth Provider</source>
        <translation>Authentifizierungsanbieter</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
</context>
<context>
    <name>callout::ExternalAuthenticationDialog</name>
    <message>
        <source>Edit External Authentication</source>
        <translation>Externe Authentifizierung bearbeiten</translation>
    </message>
    <message>
        <source>New External Authentication</source>
        <translation>Neue externe Authentifizierung</translation>
    </message>
    <message>
        <source>Choose a named credential</source>
        <translation>Benannte Anmeldeinformation wählen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New named credential…</source>
        <translation>Neue benannte Anmeldeinformation…</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s default scopes</source>
        <translation>Die Standard-Scopes des Anbieters</translation>
    </message>
    <message>
        <source>This named credential was deleted meanwhile.</source>
        <translation>Diese benannte Anmeldeinformation wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Choose the named credential to sign in to.</source>
        <translation>Wählen Sie die benannte Anmeldeinformation, bei der Sie sich anmelden möchten.</translation>
    </message>
    <message>
        <source>Sign out on Save?</source>
        <translation>Beim Speichern abmelden?</translation>
    </message>
    <message>
        <source>Saving this change signs you out of %1: the tokens are deleted and a new sign-in is needed.</source>
        <translation>Wenn Sie diese Änderung speichern, werden Sie von %1 abgemeldet: Die Token werden gelöscht und eine neue Anmeldung ist nötig.</translation>
    </message>
</context>
<context>
    <name>callout::FieldProblems</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 „%2“: %3</translation>
    </message>
</context>
<context>
    <name>callout::FreedesktopNotifications</name>
    <message>
        <source>Re-authenticate</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Re-authenticate %1</source>
        <translation>Erneut bei %1 anmelden</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-ins need you</source>
        <translation>
            <numerusform>%n Anmeldung braucht Sie</numerusform>
            <numerusform>%n Anmeldungen brauchen Sie</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Sign in now</source>
        <translation>Jetzt anmelden</translation>
    </message>
    <message>
        <source>Sign in now to %1</source>
        <translation>Jetzt bei %1 anmelden</translation>
    </message>
    <message>
        <source>Sign in again soon</source>
        <translation>Bald neu anmelden</translation>
    </message>
</context>
<context>
    <name>callout::GeneralPage</name>
    <message>
        <source>JSON documents (*.json);;All files (*)</source>
        <translation>JSON-Dokumente (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a configuration</source>
        <translation>Eine Konfiguration importieren</translation>
    </message>
    <message>
        <source>Export the configuration</source>
        <translation>Die Konfiguration exportieren</translation>
    </message>
    <message>
        <source>The document has no entries: nothing was imported.</source>
        <translation>Das Dokument hat keine Einträge: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing changed: everything in the document is already here.</source>
        <translation>Nichts geändert: Alles im Dokument ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Unverändert: %1</translation>
    </message>
    <message>
        <source>One sign-in must be done again.</source>
        <translation>Eine Anmeldung muss erneut durchgeführt werden.</translation>
    </message>
    <message>
        <source>%1 sign-ins must be done again.</source>
        <translation>%1 Anmeldungen müssen erneut durchgeführt werden.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Programs send requests to %1/NAME/PATH with the header Proxy-Authorization: Bearer and the secret in %2 (calloutctl proxy-env prints both).</source>
        <translation>Programme senden Anfragen an %1/NAME/PATH mit dem Header Proxy-Authorization: Bearer und dem Geheimnis aus %2 (calloutctl proxy-env gibt beides aus).</translation>
    </message>
    <message>
        <source>Off: programs can call through Callout with calloutctl call or the Qt client library.</source>
        <translation>Aus: Programme können über Callout mit calloutctl call oder der Qt-Clientbibliothek aufrufen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1 (without client secrets).</source>
        <translation>Nach %1 exportiert (ohne Client-Geheimnisse).</translation>
    </message>
</context>
<context>
    <name>callout::JsonFile</name>
    <message>
        <source>the document is not a JSON object</source>
        <translation>das Dokument ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>Could not move %1 aside to %2.</source>
        <translation>%1 konnte nicht nach %2 beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2.</source>
        <translation>%1 konnte nicht nach %2 kopiert werden.</translation>
    </message>
</context>
<context>
    <name>callout::JsonPosition</name>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 in Zeile %2, Spalte %3</translation>
    </message>
</context>
<context>
    <name>callout::KeyValueTable</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Names and values</source>
        <translation>Namen und Werte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Die ausgewählte Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>callout::KeychainErrors</name>
    <message>
        <source>No Secret Service found: install and unlock gnome-keyring or KWallet, then try again.</source>
        <translation>Kein Secret Service gefunden: Installieren und entsperren Sie gnome-keyring oder KWallet und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access: unlock it (for example by logging in to your desktop session) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert: Entsperren Sie ihn (zum Beispiel durch Anmelden an Ihrer Desktop-Sitzung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain has no such item.</source>
        <translation>Der Schlüsselbund hat keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>callout::LocalApiServer</name>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 must belong to you and be closed to others (0700); Callout will not use it.</source>
        <translation>%1 muss Ihnen gehören und für andere gesperrt sein (0700); Callout verwendet es nicht.</translation>
    </message>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation>Konnte nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>Too many connections at once; try again later.</source>
        <translation>Zu viele Verbindungen gleichzeitig; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A message may be at most 1 MiB long.</source>
        <translation>Eine Nachricht darf höchstens 1 MiB lang sein.</translation>
    </message>
    <message>
        <source>Each line must be a JSON object.</source>
        <translation>Jede Zeile muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Too many requests at once.</source>
        <translation>Zu viele Anfragen gleichzeitig.</translation>
    </message>
</context>
<context>
    <name>callout::LoopbackListener</name>
    <message>
        <source>Could not listen for the sign-in redirect on %1 port %2: %3</source>
        <translation>Konnte nicht auf %1 Port %2 auf die Anmelde-Weiterleitung warten: %3</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Opening the sign-in page</source>
        <translation>Die Anmeldeseite wird geöffnet</translation>
    </message>
    <message>
        <source>This sign-in link is not valid</source>
        <translation>Dieser Anmeldelink ist ungültig</translation>
    </message>
    <message>
        <source>It does not belong to the sign-in in progress, or it was used already. Start the sign-in again from Callout.</source>
        <translation>Er gehört nicht zur laufenden Anmeldung oder wurde bereits verwendet. Starten Sie die Anmeldung in Callout erneut.</translation>
    </message>
    <message>
        <source>The sign-in answer came from another authorization server (iss %1, expected %2); it was refused.</source>
        <translation>Die Anmeldeantwort kam von einem anderen Autorisierungsserver (iss %1, erwartet %2); sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in answer does not name its authorization server (iss), which this provider requires; it was refused.</source>
        <translation>Die Anmeldeantwort nennt ihren Autorisierungsserver nicht (iss), was dieser Anbieter verlangt; sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in answer carries no authorization code.</source>
        <translation>Die Anmeldeantwort enthält keinen Autorisierungscode.</translation>
    </message>
</context>
<context>
    <name>callout::NamedCredential</name>
    <message>
        <source>must not contain a query; add it to each call instead</source>
        <translation>darf keine Query enthalten; fügen Sie sie stattdessen jedem Aufruf hinzu</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is not a valid HTTP header name</source>
        <translation>ist kein gültiger HTTP-Headername</translation>
    </message>
    <message>
        <source>must not contain line breaks</source>
        <translation>darf keine Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>must not contain control characters (tab is allowed)</source>
        <translation>darf keine Steuerzeichen enthalten (Tabulator ist erlaubt)</translation>
    </message>
    <message>
        <source>conflicts with generateAuthorizationHeader; set that to false to send your own</source>
        <translation>steht im Konflikt mit generateAuthorizationHeader; setzen Sie diesen auf false, um Ihren eigenen zu senden</translation>
    </message>
    <message>
        <source>must be a whole number of hours from 1 to %1</source>
        <translation>muss eine ganze Zahl von Stunden zwischen 1 und %1 sein</translation>
    </message>
</context>
<context>
    <name>callout::NamedCredentialEditor</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Insert &amp;token field</source>
        <translation>&amp;Tokenfeld einfügen</translation>
    </message>
    <message>
        <source>Insert token field</source>
        <translation>Tokenfeld einfügen</translation>
    </message>
    <message>
        <source>Insert %1: replaced by the access token in each call</source>
        <translation>%1 einfügen: wird bei jedem Aufruf durch das Zugriffstoken ersetzt</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Auth Provider</source>
        <translation>Authentifizierungsanbieter</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Generate Authorization Header</source>
        <translation>Authorization-Header erzeugen</translation>
    </message>
    <message>
        <source>Choose an auth provider…</source>
        <translation>Authentifizierungsanbieter wählen…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>is given more than once</source>
        <translation>ist mehrfach angegeben</translation>
    </message>
    <message>
        <source>Sessions end after</source>
        <translation>Sitzungen enden nach</translation>
    </message>
</context>
<context>
    <name>callout::NamedCredentialsPage</name>
    <message>
        <source>Named Credentials</source>
        <translation>Benannte Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Named Credential: %1</source>
        <translation>Benannte Anmeldeinformation: %1</translation>
    </message>
    <message>
        <source>New Named Credential</source>
        <translation>Neue benannte Anmeldeinformation</translation>
    </message>
</context>
<context>
    <name>callout::OAuthErrors</name>
    <message>
        <source>The service ended the session (%1). Sign in again.</source>
        <translation>Der Dienst hat die Sitzung beendet (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Access was denied (%1).</source>
        <translation>Der Zugriff wurde verweigert (%1).</translation>
    </message>
    <message>
        <source>The authorization server refused the client (%1): check the auth provider&apos;s client id, secret, client authentication, scopes and redirect URI.</source>
        <translation>Der Autorisierungsserver hat den Client abgelehnt (%1): Prüfen Sie Client-ID, Geheimnis, Client-Authentifizierung, Scopes und Weiterleitungs-URI des Authentifizierungsanbieters.</translation>
    </message>
    <message>
        <source>The authorization server is temporarily unavailable (%1).</source>
        <translation>Der Autorisierungsserver ist vorübergehend nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>The authorization server answered with an error (%1).</source>
        <translation>Der Autorisierungsserver hat mit einem Fehler geantwortet (%1).</translation>
    </message>
    <message>
        <source>Could not reach the token endpoint: %1</source>
        <translation>Der Token-Endpunkt war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The token endpoint answered with a redirect (HTTP %1). Callout never follows a redirect with credentials; check the auth provider&apos;s token URL.</source>
        <translation>Der Token-Endpunkt hat mit einer Weiterleitung geantwortet (HTTP %1). Callout folgt nie einer Weiterleitung mit Anmeldedaten; prüfen Sie die Token-URL des Authentifizierungsanbieters.</translation>
    </message>
    <message>
        <source>The token endpoint is unavailable (HTTP %1). Callout will try again.</source>
        <translation>Der Token-Endpunkt ist nicht verfügbar (HTTP %1). Callout versucht es erneut.</translation>
    </message>
    <message>
        <source>The token endpoint refused the client&apos;s credentials (HTTP 401): check the auth provider&apos;s client id, secret and client authentication.</source>
        <translation>Der Token-Endpunkt hat die Client-Anmeldedaten abgelehnt (HTTP 401): Prüfen Sie Client-ID, Geheimnis und Client-Authentifizierung des Authentifizierungsanbieters.</translation>
    </message>
    <message>
        <source>The token endpoint refused the request (HTTP %1).</source>
        <translation>Der Token-Endpunkt hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer is neither JSON nor form-encoded.</source>
        <translation>Die Antwort des Token-Endpunkts ist weder JSON noch formularkodiert.</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer has no access token.</source>
        <translation>Die Antwort des Token-Endpunkts enthält kein Zugriffstoken.</translation>
    </message>
</context>
<context>
    <name>callout::PendingSignInBar</name>
    <message>
        <source>Continue in your browser to sign in to %1… If no browser page opened, open this address in a browser on this computer:</source>
        <translation>Fahren Sie in Ihrem Browser fort, um sich bei %1 anzumelden… Falls sich keine Browserseite geöffnet hat, öffnen Sie diese Adresse in einem Browser auf diesem Computer:</translation>
    </message>
    <message>
        <source>No browser could be opened. To sign in to %1, open this address in a browser on this computer:</source>
        <translation>Es konnte kein Browser geöffnet werden. Um sich bei %1 anzumelden, öffnen Sie diese Adresse in einem Browser auf diesem Computer:</translation>
    </message>
</context>
<context>
    <name>callout::PreferencesStore</name>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a port number from 0 to 65535</source>
        <translation>muss eine Portnummer von 0 bis 65535 sein</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); the default preferences are used.</source>
        <translation>%1 konnte nicht gelesen werden (%2); die Standardeinstellungen werden verwendet.</translation>
    </message>
    <message>
        <source>must be a time of day written HH:mm</source>
        <translation>muss eine Uhrzeit in der Form HH:mm sein</translation>
    </message>
    <message>
        <source>quiet hours need both a start and an end</source>
        <translation>Ruhezeiten brauchen einen Beginn und ein Ende</translation>
    </message>
</context>
<context>
    <name>callout::ProviderDiscovery</name>
    <message>
        <source>Discovery needs an https issuer URL.</source>
        <translation>Die Ermittlung braucht eine https-Aussteller-URL.</translation>
    </message>
    <message>
        <source>No metadata at %1 (%2).</source>
        <translation>Keine Metadaten unter %1 (%2).</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata is not a JSON object.</source>
        <translation>Die Metadaten des Ausstellers sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The metadata names the issuer &quot;%1&quot;, not &quot;%2&quot;; it was refused.</source>
        <translation>Die Metadaten nennen den Aussteller &quot;%1&quot;, nicht &quot;%2&quot;; sie wurden abgelehnt.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata has no usable authorization and token endpoints.</source>
        <translation>Die Metadaten des Ausstellers haben keine verwendbaren Autorisierungs- und Token-Endpunkte.</translation>
    </message>
</context>
<context>
    <name>callout::ProviderPreset</name>
    <message>
        <source>must be an absolute https URL such as https://gitlab.example.com</source>
        <translation>muss eine absolute https-URL sein, etwa https://gitlab.example.com</translation>
    </message>
    <message>
        <source>must not contain a user name, a query (?) or a fragment (#)</source>
        <translation>darf keinen Benutzernamen, keine Query (?) und kein Fragment (#) enthalten</translation>
    </message>
    <message>
        <source>must not contain . or .. path segments</source>
        <translation>darf keine Pfadsegmente . oder .. enthalten</translation>
    </message>
    <message numerus="yes">
        <source>The preset %1 needs other answers: %n problem(s).</source>
        <translation>
            <numerusform>Die Vorlage %1 braucht andere Angaben: %n Problem.</numerusform>
            <numerusform>Die Vorlage %1 braucht andere Angaben: %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be the client id the service showed, without spaces</source>
        <translation>muss die Client-ID sein, die der Dienst angezeigt hat, ohne Leerzeichen</translation>
    </message>
    <message>
        <source>must be the client secret the service showed, on one line</source>
        <translation>muss das Client-Geheimnis sein, das der Dienst angezeigt hat, in einer Zeile</translation>
    </message>
    <message>
        <source>must be only the name in front of the service&apos;s domain (letters, digits, - and .), not a URL</source>
        <translation>darf nur der Name vor der Domain des Dienstes sein (Buchstaben, Ziffern, - und .), keine URL</translation>
    </message>
    <message>
        <source>must be a name or id of letters, digits, -, _ and . (no / and no ..)</source>
        <translation>muss ein Name oder eine ID aus Buchstaben, Ziffern, -, _ und . sein (kein / und kein ..)</translation>
    </message>
    <message>
        <source>is not used: this preset is for a public client (PKCE, no secret)</source>
        <translation>wird nicht verwendet: diese Vorlage ist für einen öffentlichen Client (PKCE, kein Geheimnis)</translation>
    </message>
</context>
<context>
    <name>callout::ProviderPresets</name>
    <message>
        <source>My Domain</source>
        <translation>My Domain</translation>
    </message>
    <message>
        <source>GitLab URL</source>
        <translation>GitLab-URL</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
</context>
<context>
    <name>callout::ProxyConnection</name>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Der Anfragetext ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are too large.</source>
        <translation>Die Header der Anfrage sind zu groß.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>Die Anfrage ist kein gültiges HTTP/1.1.</translation>
    </message>
</context>
<context>
    <name>callout::ProxyRequestRules</name>
    <message>
        <source>CONNECT is not supported: this is not a general proxy. Send requests to http://127.0.0.1:%1/callout/NAME/PATH.</source>
        <translation>CONNECT wird nicht unterstützt: Dies ist kein allgemeiner Proxy. Senden Sie Anfragen an http://127.0.0.1:%1/callout/NAME/PATH.</translation>
    </message>
    <message>
        <source>Only paths are accepted (/callout/NAME/PATH), not absolute URLs: this is not a general proxy; do not set HTTP_PROXY to it.</source>
        <translation>Nur Pfade werden akzeptiert (/callout/NAME/PATH), keine absoluten URLs: Dies ist kein allgemeiner Proxy; setzen Sie HTTP_PROXY nicht darauf.</translation>
    </message>
    <message>
        <source>More than one Host header.</source>
        <translation>Mehr als ein Host-Header.</translation>
    </message>
    <message>
        <source>The Host header must be 127.0.0.1:%1, localhost:%1 or [::1]:%1.</source>
        <translation>Der Host-Header muss 127.0.0.1:%1, localhost:%1 oder [::1]:%1 sein.</translation>
    </message>
    <message>
        <source>Requests from web pages are refused.</source>
        <translation>Anfragen von Webseiten werden abgelehnt.</translation>
    </message>
    <message>
        <source>Every request needs the header Proxy-Authorization: Bearer &lt;secret&gt;; `calloutctl proxy-env` prints the secret.</source>
        <translation>Jede Anfrage braucht den Header Proxy-Authorization: Bearer &lt;secret&gt;; `calloutctl proxy-env` gibt das Geheimnis aus.</translation>
    </message>
    <message>
        <source>TRACE is not forwarded.</source>
        <translation>TRACE wird nicht weitergeleitet.</translation>
    </message>
    <message>
        <source>Not found: requests go to /callout/NAME/PATH.</source>
        <translation>Nicht gefunden: Anfragen gehen an /callout/NAME/PATH.</translation>
    </message>
    <message>
        <source>The path may not leave the credential&apos;s URL (no .., encoded slashes or backslashes).</source>
        <translation>Der Pfad darf die URL der Anmeldeinformation nicht verlassen (kein .., keine kodierten Schrägstriche oder Backslashes).</translation>
    </message>
    <message>
        <source>Callout-Wait takes whole seconds from 0 to %1.</source>
        <translation>Callout-Wait nimmt ganze Sekunden von 0 bis %1.</translation>
    </message>
</context>
<context>
    <name>callout::ProxySecretFile</name>
    <message>
        <source>Could not write the proxy&apos;s secret to %1: %2</source>
        <translation>Das Geheimnis des Proxys konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>callout::ReauthPrompt</name>
    <message>
        <source>Remind me in a minute</source>
        <translation>In einer Minute erinnern</translation>
    </message>
    <message>
        <source>Remind me in %1 minutes</source>
        <translation>In %1 Minuten erinnern</translation>
    </message>
    <message>
        <source>%1: a program wants to use it, and you have not signed in yet. Sign in to continue.</source>
        <translation>%1: Ein Programm möchte es verwenden, und Sie haben sich noch nicht angemeldet. Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>%1: the service ended your session. Sign in again to continue.</source>
        <translation>%1: Der Dienst hat Ihre Sitzung beendet. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;These sign-ins need you.&lt;/b&gt; Re-authenticate to continue; programs waiting for a sign-in go on once you are signed in.</source>
        <translation>&lt;b&gt;Diese Anmeldungen brauchen Sie.&lt;/b&gt; Melden Sie sich erneut an, um fortzufahren; Programme, die auf eine Anmeldung warten, laufen weiter, sobald Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Finish signing in in your browser.&lt;/b&gt; Programs waiting for the sign-in go on once you are signed in.</source>
        <translation>&lt;b&gt;Schließen Sie die Anmeldung im Browser ab.&lt;/b&gt; Programme, die auf die Anmeldung warten, laufen weiter, sobald Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; Programs waiting for the sign-in go on.</source>
        <translation>&lt;b&gt;Fertig.&lt;/b&gt; Programme, die auf die Anmeldung warten, laufen weiter.</translation>
    </message>
</context>
<context>
    <name>callout::ReauthPromptRow</name>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>&amp;Re-authenticate</source>
        <translation>E&amp;rneut anmelden</translation>
    </message>
    <message>
        <source>Try again to sign in to %1</source>
        <translation>Erneut versuchen, sich bei %1 anzumelden</translation>
    </message>
    <message>
        <source>Re-authenticate %1</source>
        <translation>Erneut bei %1 anmelden</translation>
    </message>
    <message>
        <source>%1: opening your browser…</source>
        <translation>%1: Ihr Browser wird geöffnet…</translation>
    </message>
    <message>
        <source>%1: continue in your browser… Callout waits for the sign-in to finish.</source>
        <translation>%1: Fahren Sie in Ihrem Browser fort… Callout wartet, bis die Anmeldung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>%1: no browser could be opened. Open this address in a browser on this computer:</source>
        <translation>%1: Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse in einem Browser auf diesem Computer:</translation>
    </message>
    <message>
        <source>%1: the sign-in did not complete: %2</source>
        <translation>%1: Die Anmeldung wurde nicht abgeschlossen: %2</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>A call is waiting: it goes on once you are signed in.</source>
        <translation>Ein Aufruf wartet: Er läuft weiter, sobald Sie angemeldet sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n calls are waiting: they go on once you are signed in.</source>
        <translation>
            <numerusform>%n Aufruf wartet: Er läuft weiter, sobald Sie angemeldet sind.</numerusform>
            <numerusform>%n Aufrufe warten: Sie laufen weiter, sobald Sie angemeldet sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callout::SettingsWindow</name>
    <message>
        <source>Auth provider %1: %2</source>
        <translation>Authentifizierungsanbieter %1: %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Authentication Settings for External Systems</source>
        <translation>Authentifizierungseinstellungen für externe Systeme</translation>
    </message>
    <message>
        <source>Named Credentials</source>
        <translation>Benannte Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Auth. Providers</source>
        <translation>Authentifizierungsanbieter</translation>
    </message>
    <message>
        <source>%1 needs fixing: %2</source>
        <translation>%1 muss korrigiert werden: %2</translation>
    </message>
    <message>
        <source>Some of your configuration cannot be used until it is fixed in %1 (Callout reads the file again when it is saved):</source>
        <translation>Ein Teil Ihrer Konfiguration kann erst verwendet werden, wenn er in %1 korrigiert ist (Callout liest die Datei beim Speichern erneut):</translation>
    </message>
</context>
<context>
    <name>callout::SignInAttempt</name>
    <message>
        <source>Nobody came back from the browser within 1 minute; the sign-in was stopped.</source>
        <translation>Innerhalb von 1 Minute kam niemand vom Browser zurück; die Anmeldung wurde beendet.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody came back from the browser within %n minutes; the sign-in was stopped.</source>
        <translation>
            <numerusform>Innerhalb von %n Minute kam niemand vom Browser zurück; die Anmeldung wurde beendet.</numerusform>
            <numerusform>Innerhalb von %n Minuten kam niemand vom Browser zurück; die Anmeldung wurde beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody came back from the browser within 1 second; the sign-in was stopped.</source>
        <translation>Innerhalb von 1 Sekunde kam niemand vom Browser zurück; die Anmeldung wurde beendet.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody came back from the browser within %n seconds; the sign-in was stopped.</source>
        <translation>
            <numerusform>Innerhalb von %n Sekunde kam niemand vom Browser zurück; die Anmeldung wurde beendet.</numerusform>
            <numerusform>Innerhalb von %n Sekunden kam niemand vom Browser zurück; die Anmeldung wurde beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>You are signed in to %1</source>
        <translation>Sie sind bei %1 angemeldet</translation>
    </message>
    <message>
        <source>You can close this tab and go back to your work. Callout keeps %1 signed in.</source>
        <translation>Sie können diesen Tab schließen und weiterarbeiten. Callout hält %1 angemeldet.</translation>
    </message>
    <message>
        <source>Sign-in to %1 did not complete</source>
        <translation>Anmeldung bei %1 nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Go back to Callout to try again.</source>
        <translation>Gehen Sie zurück zu Callout, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>callout::SignInDetailsPanel</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Re-authenticated</source>
        <translation>Erneut angemeldet</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Tokens discarded</source>
        <translation>Token verworfen</translation>
    </message>
    <message>
        <source>Select a sign-in to see its details.</source>
        <translation>Wählen Sie eine Anmeldung, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(nicht bekannt)</translation>
    </message>
    <message>
        <source>(no session)</source>
        <translation>(keine Sitzung)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>keine geplant</translation>
    </message>
    <message>
        <source>(the provider&apos;s default)</source>
        <translation>(Standard des Anbieters)</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(nicht gemeldet)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 — Needs fixing</source>
        <translation>%1 — Korrektur nötig</translation>
    </message>
    <message>
        <source>(disabled until callout.json is fixed)</source>
        <translation>(deaktiviert, bis callout.json korrigiert ist)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>this sign-in&apos;s setting</source>
        <translation>Einstellung dieser Anmeldung</translation>
    </message>
    <message>
        <source>as the service said</source>
        <translation>laut Dienst</translation>
    </message>
    <message>
        <source>the service&apos;s documented limit</source>
        <translation>dokumentierte Grenze des Dienstes</translation>
    </message>
    <message>
        <source>learned from earlier sessions</source>
        <translation>aus früheren Sitzungen gelernt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>callout::SignInPrompter</name>
    <message>
        <source>%1 will ask you to sign in again in 1 minute — sign in now?</source>
        <translation>%1 verlangt in 1 Minute eine neue Anmeldung – jetzt anmelden?</translation>
    </message>
    <message numerus="yes">
        <source>%1 will ask you to sign in again in %n minutes — sign in now?</source>
        <translation>
            <numerusform>%1 verlangt in %n Minute eine neue Anmeldung – jetzt anmelden?</numerusform>
            <numerusform>%1 verlangt in %n Minuten eine neue Anmeldung – jetzt anmelden?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callout::SignInService</name>
    <message>
        <source>The sign-in was cancelled: the credential changed while it waited. Sign in again.</source>
        <translation>Die Anmeldung wurde abgebrochen: Die Anmeldeinformation hat sich während des Wartens geändert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled: the named credential was removed.</source>
        <translation>Die Anmeldung wurde abgebrochen: Die benannte Anmeldeinformation wurde entfernt.</translation>
    </message>
    <message>
        <source>This named credential no longer exists.</source>
        <translation>Diese benannte Anmeldeinformation existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No auth provider is called %1.</source>
        <translation>Kein Authentifizierungsanbieter heißt %1.</translation>
    </message>
    <message>
        <source>The auth provider %1 has no endpoints.</source>
        <translation>Der Authentifizierungsanbieter %1 hat keine Endpunkte.</translation>
    </message>
    <message>
        <source>No client secret is stored for this auth provider: import it with clientSecret.</source>
        <translation>Für diesen Authentifizierungsanbieter ist kein Client-Geheimnis gespeichert: Importieren Sie es mit clientSecret.</translation>
    </message>
    <message>
        <source>The named credential was removed.</source>
        <translation>Die benannte Anmeldeinformation wurde entfernt.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>callout::SignOutService</name>
    <message>
        <source>No named credential is called %1.</source>
        <translation>Keine benannte Anmeldeinformation heißt %1.</translation>
    </message>
    <message>
        <source>Signed out. The service could not be told to revoke the session (%1); the local copies were deleted.</source>
        <translation>Abgemeldet. Der Dienst konnte nicht zum Widerruf der Sitzung aufgefordert werden (%1); die lokalen Kopien wurden gelöscht.</translation>
    </message>
</context>
<context>
    <name>callout::StoreFile</name>
    <message>
        <source>%1 could not be read (%2); Callout keeps what it had and will not change the file until it can read it.</source>
        <translation>%1 konnte nicht gelesen werden (%2); Callout behält den bisherigen Stand und ändert die Datei erst, wenn es sie lesen kann.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Callout (version %2). Callout will not change it; update Callout to use it.</source>
        <translation>%1 wurde von einem neueren Callout geschrieben (Version %2). Callout ändert die Datei nicht; aktualisieren Sie Callout, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2) and could not be moved aside; Callout will not change it.</source>
        <translation>%1 konnte nicht gelesen (%2) und nicht beiseitegelegt werden; Callout ändert die Datei nicht.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). It was kept as %3; Callout starts without it.</source>
        <translation>%1 konnte nicht gelesen werden (%2). Die Datei wurde als %3 aufbewahrt; Callout startet ohne sie.</translation>
    </message>
    <message>
        <source>%1 is kept as it is because Callout could not use it; move it away or update Callout.</source>
        <translation>%1 bleibt unverändert, weil Callout die Datei nicht verwenden konnte; verschieben Sie sie oder aktualisieren Sie Callout.</translation>
    </message>
</context>
<context>
    <name>callout::TokenDiscard</name>
    <message>
        <source>the named credential was removed</source>
        <translation>die benannte Anmeldeinformation wurde entfernt</translation>
    </message>
    <message>
        <source>it now uses another auth provider (%1)</source>
        <translation>sie verwendet jetzt einen anderen Authentifizierungsanbieter (%1)</translation>
    </message>
    <message>
        <source>its URL now points to another server (%1)</source>
        <translation>ihre URL zeigt jetzt auf einen anderen Server (%1)</translation>
    </message>
    <message>
        <source>its auth provider %1 changed its token URL, issuer, client id or client authentication</source>
        <translation>ihr Authentifizierungsanbieter %1 hat Token-URL, Aussteller, Client-ID oder Client-Authentifizierung geändert</translation>
    </message>
    <message>
        <source>Tokens of %1 were discarded: %2.</source>
        <translation>Token von %1 wurden verworfen: %2.</translation>
    </message>
    <message>
        <source>The client secret of %1 was deleted: its token URL, revocation URL, issuer or client id changed. Import it again with clientSecret.</source>
        <translation>Das Client-Geheimnis von %1 wurde gelöscht: Token-URL, Widerrufs-URL, Aussteller oder Client-ID haben sich geändert. Importieren Sie es erneut mit clientSecret.</translation>
    </message>
</context>
<context>
    <name>callout::TokenManager</name>
    <message>
        <source>A sign-in is in progress: finish it in the browser.</source>
        <translation>Eine Anmeldung läuft: Schließen Sie sie im Browser ab.</translation>
    </message>
    <message>
        <source>%1 has not been signed in yet: run `calloutctl login %1` or sign in from the tray.</source>
        <translation>%1 wurde noch nicht angemeldet: Führen Sie `calloutctl login %1` aus oder melden Sie sich über das Tray an.</translation>
    </message>
    <message>
        <source>The session ended: sign in again.</source>
        <translation>Die Sitzung ist beendet: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The auth provider&apos;s configuration has a problem.</source>
        <translation>Die Konfiguration des Authentifizierungsanbieters hat ein Problem.</translation>
    </message>
    <message>
        <source>No named credential is called %1.</source>
        <translation>Keine benannte Anmeldeinformation heißt %1.</translation>
    </message>
    <message>
        <source>The service refused a token it had just issued. Sign in again.</source>
        <translation>Der Dienst hat ein Token abgelehnt, das er gerade ausgestellt hatte. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>No tokens are stored for this credential. Sign in again.</source>
        <translation>Für diese Anmeldeinformation sind keine Token gespeichert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 Callout tries again at %2.</source>
        <translation>%1 Callout versucht es um %2 erneut.</translation>
    </message>
    <message>
        <source>The service gave no refresh token, so the session cannot be renewed. Sign in again.</source>
        <translation>Der Dienst hat kein Aktualisierungstoken geliefert, daher kann die Sitzung nicht verlängert werden. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The auth provider is missing.</source>
        <translation>Der Authentifizierungsanbieter fehlt.</translation>
    </message>
    <message>
        <source>No client secret is stored for the auth provider.</source>
        <translation>Für den Authentifizierungsanbieter ist kein Client-Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>The named credential was removed.</source>
        <translation>Die benannte Anmeldeinformation wurde entfernt.</translation>
    </message>
    <message>
        <source>The session ended while it was renewed.</source>
        <translation>Die Sitzung endete während ihrer Verlängerung.</translation>
    </message>
    <message>
        <source>The service gave the renewed session no validity: it requires a new sign-in.</source>
        <translation>Der Dienst hat der verlängerten Sitzung keine Gültigkeit gegeben: Eine neue Anmeldung ist nötig.</translation>
    </message>
</context>
<context>
    <name>callout::TokenSet</name>
    <message>
        <source>The stored tokens are unreadable.</source>
        <translation>Die gespeicherten Token sind nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>callout::TrayController</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Re-authenticate %1</source>
        <translation>Erneut bei %1 anmelden</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Show the sign-in prompt…</source>
        <translation>Anmeldeaufforderung anzeigen…</translation>
    </message>
    <message>
        <source>Callout — sign in again: %1</source>
        <translation>Callout — erneut anmelden: %1</translation>
    </message>
    <message>
        <source>Callout — signing in…</source>
        <translation>Callout — Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Callout — nothing set up yet. Open Settings to add a sign-in.</source>
        <translation>Callout — noch nichts eingerichtet. Öffnen Sie die Einstellungen, um eine Anmeldung hinzuzufügen.</translation>
    </message>
    <message>
        <source>Callout — signed in</source>
        <translation>Callout — angemeldet</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit Callout</source>
        <translation>Callout beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n more in Settings…</source>
        <translation>
            <numerusform>%n weitere in den Einstellungen…</numerusform>
            <numerusform>%n weitere in den Einstellungen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callout::demo::DemoAuthorizationServer</name>
    <message>
        <source>This sign-in request cannot be used</source>
        <translation>Diese Anmeldeanfrage kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>It names its program or its return address more than once.</source>
        <translation>Sie nennt ihr Programm oder ihre Rücksprungadresse mehr als einmal.</translation>
    </message>
    <message>
        <source>It does not say which program asks (client_id).</source>
        <translation>Sie sagt nicht, welches Programm anfragt (client_id).</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; is not known to the demo service; only Callout&apos;s demo client is.</source>
        <translation>Das Programm &quot;%1&quot; ist dem Demodienst nicht bekannt; nur der Demo-Client von Callout ist es.</translation>
    </message>
    <message>
        <source>Its return address &quot;%1&quot; is not one the demo service answers to: only http://127.0.0.1:&lt;port&gt;/… and http://[::1]:&lt;port&gt;/… are.</source>
        <translation>Ihre Rücksprungadresse &quot;%1&quot; gehört nicht zu denen, auf die der Demodienst antwortet: nur http://127.0.0.1:&lt;port&gt;/… und http://[::1]:&lt;port&gt;/…</translation>
    </message>
    <message>
        <source>Too many sign-ins are pending</source>
        <translation>Zu viele Anmeldungen stehen aus</translation>
    </message>
    <message>
        <source>Wait a few minutes, then start the sign-in again from Callout.</source>
        <translation>Warten Sie ein paar Minuten und starten Sie die Anmeldung dann erneut in Callout.</translation>
    </message>
    <message>
        <source>This answer cannot be used</source>
        <translation>Diese Antwort kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>It is not a form.</source>
        <translation>Sie ist kein Formular.</translation>
    </message>
    <message>
        <source>This sign-in page has expired</source>
        <translation>Diese Anmeldeseite ist abgelaufen</translation>
    </message>
    <message>
        <source>It was answered already or is too old. Start the sign-in again from Callout.</source>
        <translation>Sie wurde bereits beantwortet oder ist zu alt. Starten Sie die Anmeldung erneut in Callout.</translation>
    </message>
</context>
<context>
    <name>callout::demo::DemoCaller</name>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not signed in yet: waiting for you to sign in</source>
        <translation>Noch nicht angemeldet: wartet auf Ihre Anmeldung</translation>
    </message>
    <message>
        <source>The service ended the session: waiting for you to Re-authenticate</source>
        <translation>Der Dienst hat die Sitzung beendet: wartet darauf, dass Sie sich erneut anmelden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>200 — the waiting call completed</source>
        <translation>200 — der wartende Aufruf wurde abgeschlossen</translation>
    </message>
    <message>
        <source>200 — token refreshed silently</source>
        <translation>200 — Token unbemerkt aktualisiert</translation>
    </message>
    <message>
        <source>200 — token still valid</source>
        <translation>200 — Token noch gültig</translation>
    </message>
</context>
<context>
    <name>callout::demo::DemoCallerPanel</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Call now</source>
        <translation>&amp;Jetzt aufrufen</translation>
    </message>
    <message>
        <source>Demo caller</source>
        <translation>Demo-Aufrufer</translation>
    </message>
    <message>
        <source>Callout runs a small sign-in service and a protected API on this computer, with no account anywhere. Its access tokens live %1, and it ends the session after %2 however often the token was refreshed, like a service that makes you sign in again now and then.</source>
        <translation>Callout betreibt einen kleinen Anmeldedienst und eine geschützte API auf diesem Computer, ganz ohne Konto. Seine Zugriffstoken gelten %1, und er beendet die Sitzung nach %2, egal wie oft das Token aktualisiert wurde – wie ein Dienst, der Sie ab und zu erneut anmelden lässt.</translation>
    </message>
    <message>
        <source>The caller below calls %1 every %2, like any script would. Callout refreshes the token silently; when the session ends, the call waits while Callout asks you to Re-authenticate, and completes once you have.</source>
        <translation>Der Aufrufer unten ruft %1 alle %2 auf, wie es jedes Skript tun würde. Callout aktualisiert das Token unbemerkt; wenn die Sitzung endet, wartet der Aufruf, während Callout Sie bittet, sich erneut anzumelden, und wird danach abgeschlossen.</translation>
    </message>
    <message>
        <source>Demo API sign-in status</source>
        <translation>Anmeldestatus der Demo-API</translation>
    </message>
    <message>
        <source>Sign in to the Demo API</source>
        <translation>Bei der Demo-API anmelden</translation>
    </message>
    <message>
        <source>Call %1 now</source>
        <translation>%1 jetzt aufrufen</translation>
    </message>
    <message>
        <source>Calls to %1:</source>
        <translation>Aufrufe an %1:</translation>
    </message>
    <message>
        <source>Demo caller log</source>
        <translation>Protokoll des Demo-Aufrufers</translation>
    </message>
    <message>
        <source>The credential %1 is not configured.</source>
        <translation>Die Anmeldeinformation %1 ist nicht konfiguriert.</translation>
    </message>
    <message>
        <source>Not signed in yet</source>
        <translation>Noch nicht angemeldet</translation>
    </message>
    <message>
        <source>Sign-in required: the service ended the session</source>
        <translation>Anmeldung erforderlich: Der Dienst hat die Sitzung beendet</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>%1; the access token expires at %2</source>
        <translation>%1; das Zugriffstoken läuft um %2 ab</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Re-authenticate</source>
        <translation>E&amp;rneut anmelden</translation>
    </message>
    <message>
        <source>Sign in to the Demo API again</source>
        <translation>Erneut bei der Demo-API anmelden</translation>
    </message>
    <message>
        <source>A call is under way or waiting for you to sign in.</source>
        <translation>Ein Aufruf läuft oder wartet auf Ihre Anmeldung.</translation>
    </message>
</context>
<context>
    <name>callout::demo::DemoHttpServer</name>
    <message>
        <source>The demo service could not listen on 127.0.0.1: %1</source>
        <translation>Der Demodienst konnte nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
</context>
<context>
    <name>callout::demo::DemoPages</name>
    <message>
        <source>call the Demo API (GET /me) for you</source>
        <translation>für Sie die Demo-API aufrufen (GET /me)</translation>
    </message>
    <message>
        <source>see your name (Demo User)</source>
        <translation>Ihren Namen sehen (Demo User)</translation>
    </message>
    <message>
        <source>stay signed in with refresh tokens until the demo ends the session</source>
        <translation>mit Aktualisierungstoken angemeldet bleiben, bis die Demo die Sitzung beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Callout demo service — sign in</source>
        <translation>Callout-Demodienst — Anmeldung</translation>
    </message>
    <message>
        <source>This is a demo: a small OAuth 2.0 authorization server that Callout runs on this computer (%1). There is no account and no password; Allow signs you in as Demo User.</source>
        <translation>Dies ist eine Demo: ein kleiner OAuth-2.0-Autorisierungsserver, den Callout auf diesem Computer betreibt (%1). Es gibt kein Konto und kein Passwort; Erlauben meldet Sie als Demo User an.</translation>
    </message>
    <message>
        <source>%1 (client %2) asks to:</source>
        <translation>%1 (Client %2) möchte:</translation>
    </message>
    <message>
        <source>The answer goes back to %1.</source>
        <translation>Die Antwort geht zurück an %1.</translation>
    </message>
    <message>
        <source>How this service behaves: an access token lives %1; the session ends %2 after you sign in, however often Callout refreshes it. Then Callout asks you to sign in again, once, and the calls waiting for you go on.</source>
        <translation>So verhält sich dieser Dienst: Ein Zugriffstoken gilt %1; die Sitzung endet %2 nach Ihrer Anmeldung, egal wie oft Callout sie aktualisiert. Dann bittet Callout Sie einmal, sich erneut anzumelden, und die auf Sie wartenden Aufrufe laufen weiter.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Callout demo service — %1</source>
        <translation>Callout-Demodienst — %1</translation>
    </message>
</context>
<context>
    <name>callout::problemtext</name>
    <message>
        <source>Header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>Authorize parameter %1</source>
        <translation>Autorisierungsparameter %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A field of a form, then what is wrong with it: &quot;URL&quot; &quot;must be an absolute https URL&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>callout::validation</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must start with a letter and contain only letters, digits and _ (at most 80 characters)</source>
        <translation>muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern und _ enthalten (höchstens 80 Zeichen)</translation>
    </message>
    <message>
        <source>must be an absolute https URL (http is allowed only for 127.0.0.1, ::1 and localhost)</source>
        <translation>muss eine absolute https-URL sein (http ist nur für 127.0.0.1, ::1 und localhost erlaubt)</translation>
    </message>
    <message>
        <source>must not contain a user name or password</source>
        <translation>darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <source>must not contain a fragment (#…)</source>
        <translation>darf kein Fragment enthalten (#…)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an object of strings</source>
        <translation>muss ein Objekt aus Zeichenketten sein</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>must be valid Unicode text (it holds half of a surrogate pair, such as \ud800)</source>
        <translation>muss gültiger Unicode-Text sein (er enthält die Hälfte eines Surrogatpaars, etwa \ud800)</translation>
    </message>
</context>
<context>
    <name>calloutctl</name>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>Sign in in your browser. If it did not open, open this address:</source>
        <translation>Melden Sie sich in Ihrem Browser an. Falls er sich nicht geöffnet hat, öffnen Sie diese Adresse:</translation>
    </message>
    <message>
        <source>Change existing entries (import).</source>
        <translation>Bestehende Einträge ändern (import).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Do not start the agent when none is running.</source>
        <translation>Den Agenten nicht starten, wenn keiner läuft.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Was zu tun ist (siehe oben).</translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation>kein Befehl angegeben; siehe --help.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help.</source>
        <translation>unbekannter Befehl &quot;%1&quot;; siehe --help.</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n argument(s); see --help.</source>
        <translation>
            <numerusform>%1 nimmt %n Argument; siehe --help.</numerusform>
            <numerusform>%1 nimmt %n Argumente; siehe --help.</numerusform>
        </translation>
    </message>
    <message>
        <source>--timeout takes whole seconds from %1 to %2.</source>
        <translation>--timeout nimmt ganze Sekunden von %1 bis %2.</translation>
    </message>
    <message>
        <source>the callout agent is not running (--no-start).</source>
        <translation>der Callout-Agent läuft nicht (--no-start).</translation>
    </message>
    <message>
        <source>the callout agent is not running and could not be started.</source>
        <translation>der Callout-Agent läuft nicht und konnte nicht gestartet werden.</translation>
    </message>
    <message numerus="yes">
        <source>larger than %n byte(s)</source>
        <translation>
            <numerusform>größer als %n Byte</numerusform>
            <numerusform>größer als %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>the keychain is locked; waiting for you to unlock it (your desktop asks for its password). Ctrl-C gives up.</source>
        <translation>der Schlüsselbund ist gesperrt; es wird gewartet, bis Sie ihn entsperren (Ihr Desktop fragt nach dem Passwort). Strg-C bricht ab.</translation>
    </message>
    <message>
        <source>interrupted; the operation waiting for the keychain was cancelled.</source>
        <translation>unterbrochen; der Vorgang, der auf den Schlüsselbund wartete, wurde abgebrochen.</translation>
    </message>
    <message>
        <source>interrupted; what the agent was doing for this command was cancelled.</source>
        <translation>unterbrochen; was der Agent für diesen Befehl tat, wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the keychain stayed locked; nothing was changed. Unlock it and try again.</source>
        <translation>der Schlüsselbund blieb gesperrt; nichts wurde geändert. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>cannot read the refused token from %1: %2.</source>
        <translation>das abgelehnte Token kann nicht aus %1 gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The request method (default GET, POST with a body).</source>
        <translation>Die Anfragemethode (Standard GET, POST mit Body).</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>A request header, &quot;Name: value&quot;; repeatable.</source>
        <translation>Ein Anfrage-Header, &quot;Name: Wert&quot;; wiederholbar.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>The body: text, @FILE or @- (newlines removed); repeatable, joined with &amp;.</source>
        <translation>Der Body: Text, @FILE oder @- (Zeilenumbrüche entfernt); wiederholbar, mit &amp; verbunden.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>The body exactly: text, @FILE or @- (stdin).</source>
        <translation>Der Body unverändert: Text, @FILE oder @- (stdin).</translation>
    </message>
    <message>
        <source>Print the status line and the response headers first.</source>
        <translation>Zuerst die Statuszeile und die Antwort-Header ausgeben.</translation>
    </message>
    <message>
        <source>Write the body to FILE instead of stdout.</source>
        <translation>Den Body statt auf stdout in FILE schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>When the user must sign in again: wait up to SECONDS, then send the call.</source>
        <translation>Wenn sich der Benutzer erneut anmelden muss: bis zu SECONDS warten, dann den Aufruf senden.</translation>
    </message>
    <message>
        <source>Exit 4 without printing the body when the HTTP status is 400 or more.</source>
        <translation>Mit 4 beenden, ohne den Body auszugeben, wenn der HTTP-Status 400 oder höher ist.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>callout:NAME/PATH?QUERY</source>
        <translation>callout:NAME/PATH?QUERY</translation>
    </message>
    <message>
        <source>use either -d or --data-binary, not both.</source>
        <translation>verwenden Sie entweder -d oder --data-binary, nicht beides.</translation>
    </message>
    <message>
        <source>@ needs a file name, or - for stdin.</source>
        <translation>@ braucht einen Dateinamen oder - für stdin.</translation>
    </message>
    <message>
        <source>a body from a file (@FILE) cannot be joined with other data.</source>
        <translation>ein Body aus einer Datei (@FILE) kann nicht mit anderen Daten verbunden werden.</translation>
    </message>
    <message>
        <source>%1; see call --help.</source>
        <translation>%1; siehe call --help.</translation>
    </message>
    <message>
        <source>call takes one address, callout:NAME/PATH; see call --help.</source>
        <translation>call nimmt eine Adresse, callout:NAME/PATH; siehe call --help.</translation>
    </message>
    <message>
        <source>-X takes a method name such as GET, POST, PUT, PATCH or DELETE.</source>
        <translation>-X nimmt einen Methodennamen wie GET, POST, PUT, PATCH oder DELETE.</translation>
    </message>
    <message>
        <source>-H takes &quot;Name: value&quot; (a token name, no control characters): %1</source>
        <translation>-H nimmt &quot;Name: Wert&quot; (ein Token-Name, keine Steuerzeichen): %1</translation>
    </message>
    <message>
        <source>--wait takes whole seconds from 0 to %1.</source>
        <translation>--wait nimmt ganze Sekunden von 0 bis %1.</translation>
    </message>
    <message>
        <source>-o takes a file name.</source>
        <translation>-o nimmt einen Dateinamen.</translation>
    </message>
    <message>
        <source>Usage: calloutctl call callout:NAME/PATH[?QUERY] [options]

Sends an HTTP request to the named credential&apos;s URL + PATH, authenticated by the agent
(the access token never leaves calloutctl except in this request). The body goes to stdout.

  -X, --request METHOD     the method (default GET, POST with a body)
  -H, --header &apos;N: v&apos;      a request header; repeatable (Authorization only when the
                           credential does not generate it)
  -d, --data DATA          the body: text, @FILE or @- (stdin), CR/LF removed from files;
                           repeatable, joined with &amp;; Content-Type defaults to
                           application/x-www-form-urlencoded, as in curl
      --data-binary DATA   the body exactly: text, @FILE or @-
  -i, --include            print the status line and the response headers first
  -o, --output FILE        write the body to FILE
      --wait SECONDS       if the user must sign in again, wait (0 to 86400) and then send
                           the call; without it such a call exits 3 at once
  -f, --fail               exit 4, printing nothing, when the HTTP status is 400 or more
      --no-start           do not start the agent when none is running

Redirects are not followed (a 3xx is printed as it is). Exit codes: 0 any HTTP status
(without --fail), 1 error, 2 usage, 3 sign-in required, 4 HTTP error with --fail,
5 no agent.
</source>
        <translation>Aufruf: calloutctl call callout:NAME/PATH[?QUERY] [Optionen]

Sendet eine HTTP-Anfrage an URL + PATH der benannten Anmeldeinformation, authentifiziert
durch den Agenten (das Zugriffstoken verlässt calloutctl nur in dieser Anfrage). Der Body
geht auf stdout.

  -X, --request METHOD     die Methode (Standard GET, POST mit Body)
  -H, --header &apos;N: v&apos;      ein Anfrage-Header; wiederholbar (Authorization nur, wenn die
                           Anmeldeinformation ihn nicht erzeugt)
  -d, --data DATA          der Body: Text, @FILE oder @- (stdin), CR/LF aus Dateien
                           entfernt; wiederholbar, mit &amp; verbunden; Content-Type ist
                           standardmäßig application/x-www-form-urlencoded, wie bei curl
      --data-binary DATA   der Body unverändert: Text, @FILE oder @-
  -i, --include            zuerst die Statuszeile und die Antwort-Header ausgeben
  -o, --output FILE        den Body in FILE schreiben
      --wait SECONDS       falls sich der Benutzer erneut anmelden muss, warten (0 bis
                           86400) und dann den Aufruf senden; ohne diese Option endet ein
                           solcher Aufruf sofort mit 3
  -f, --fail               mit 4 beenden, ohne Ausgabe, wenn der HTTP-Status 400 oder
                           höher ist
      --no-start           den Agenten nicht starten, wenn keiner läuft

Weiterleitungen werden nicht verfolgt (ein 3xx wird unverändert ausgegeben). Exit-Codes:
0 jeder HTTP-Status (ohne --fail), 1 Fehler, 2 falscher Aufruf, 3 Anmeldung erforderlich,
4 HTTP-Fehler mit --fail, 5 kein Agent.
</translation>
    </message>
    <message>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 Waiting up to %n second(s) for the sign-in (Ctrl-C gives up).</source>
        <translation>
            <numerusform>%1 Bis zu %n Sekunde wird auf die Anmeldung gewartet (Strg-C bricht ab).</numerusform>
            <numerusform>%1 Bis zu %n Sekunden wird auf die Anmeldung gewartet (Strg-C bricht ab).</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered HTTP %1.</source>
        <translation>der Server antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>the response broke off: %1</source>
        <translation>die Antwort brach ab: %1</translation>
    </message>
    <message>
        <source>interrupted; the call was cancelled.</source>
        <translation>unterbrochen; der Aufruf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>proxy takes on, off or status; see --help.</source>
        <translation>proxy nimmt on, off oder status; siehe --help.</translation>
    </message>
    <message>
        <source>--port takes a port number from 1 to 65535, with proxy on.</source>
        <translation>--port nimmt eine Portnummer von 1 bis 65535, mit proxy on.</translation>
    </message>
    <message>
        <source>The proxy is off.</source>
        <translation>Der Proxy ist aus.</translation>
    </message>
    <message>
        <source>The proxy is on but not listening: %1</source>
        <translation>Der Proxy ist an, lauscht aber nicht: %1</translation>
    </message>
    <message>
        <source>The proxy is on: %1/NAME/PATH</source>
        <translation>Der Proxy ist an: %1/NAME/PATH</translation>
    </message>
    <message>
        <source>Secret: %1 (eval &quot;$(calloutctl proxy-env)&quot; exports both)</source>
        <translation>Geheimnis: %1 (eval &quot;$(calloutctl proxy-env)&quot; exportiert beides)</translation>
    </message>
    <message>
        <source>the proxy is on but not listening: %1</source>
        <translation>der Proxy ist an, lauscht aber nicht: %1</translation>
    </message>
    <message>
        <source>the proxy is off; turn it on with: calloutctl proxy on</source>
        <translation>der Proxy ist aus; schalten Sie ihn ein mit: calloutctl proxy on</translation>
    </message>
    <message>
        <source>cannot read the proxy&apos;s secret from %1 (it must be yours, mode 0600).</source>
        <translation>das Geheimnis des Proxys kann nicht aus %1 gelesen werden (die Datei muss Ihnen gehören, Modus 0600).</translation>
    </message>
    <message>
        <source>cannot keep the body of %1: %2</source>
        <translation>der Body von %1 kann nicht zwischengespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read stdin: %1</source>
        <translation>stdin kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>stdin</translation>
    </message>
    <message>
        <source>Use the named credentials of the callout agent.

Commands:
  import FILE|- [--replace]   merge an import document (stdin with -)
  export                      print the configuration, without secrets
  list [--json|--names]       every named credential and its sign-in status
  status NAME [--json]        one named credential
  login NAME [--timeout S]    sign in through the browser and wait (Ctrl-C cancels)
  token NAME                  print a valid access token
  call callout:NAME/PATH [-X METHOD] [-H &apos;Name: value&apos;]... [-d DATA|--data-binary @FILE|@-]
       [-i] [-o FILE] [--wait SECONDS] [--fail]
                              an HTTP request through the credential, curl&apos;s way
                              (calloutctl call --help)
  report-expired NAME         a call with the token on stdin (or --token-file) was
                              refused: print the token to use now, refreshed if
                              that one was current (else sign-in is required)
  logout NAME                 revoke and delete the tokens
  remove NAME                 logout and delete the named credential
  proxy on [--port P]|off|status
                              the loopback proxy: http://127.0.0.1:P/callout/NAME/PATH
                              with Proxy-Authorization: Bearer &lt;secret&gt;; remembered
  proxy-env                   print export CALLOUT_PROXY_URL=... CALLOUT_PROXY_SECRET=...
  completion bash             print a bash completion script

Exit codes: 0 ok, 1 error, 2 usage, 3 sign-in required, 4 HTTP error, 5 no agent,
6 timed out, 7 denied or cancelled, 8 keychain unavailable or locked.
The JSON fields are listed in the manual page: man calloutctl.</source>
        <translation>Die benannten Anmeldeinformationen des Callout-Agenten verwenden.

Befehle:
  import FILE|- [--replace]   ein Importdokument übernehmen (stdin mit -)
  export                      die Konfiguration ausgeben, ohne Geheimnisse
  list [--json|--names]       alle benannten Anmeldeinformationen und ihr Anmeldestatus
  status NAME [--json]        eine benannte Anmeldeinformation
  login NAME [--timeout S]    im Browser anmelden und warten (Strg-C bricht ab)
  token NAME                  ein gültiges Zugriffstoken ausgeben
  call callout:NAME/PATH [-X METHOD] [-H &apos;Name: value&apos;]... [-d DATA|--data-binary @FILE|@-]
       [-i] [-o FILE] [--wait SECONDS] [--fail]
                              eine HTTP-Anfrage über die Anmeldeinformation, wie mit curl
                              (calloutctl call --help)
  report-expired NAME         ein Aufruf mit dem Token auf stdin (oder --token-file) wurde
                              abgelehnt: das jetzt zu verwendende Token ausgeben,
                              aktualisiert, falls jenes aktuell war (sonst ist eine
                              Anmeldung erforderlich)
  logout NAME                 die Token widerrufen und löschen
  remove NAME                 logout und die benannte Anmeldeinformation löschen
  proxy on [--port P]|off|status
                              der Loopback-Proxy: http://127.0.0.1:P/callout/NAME/PATH
                              mit Proxy-Authorization: Bearer &lt;secret&gt;; wird gemerkt
  proxy-env                   export CALLOUT_PROXY_URL=... CALLOUT_PROXY_SECRET=... ausgeben
  completion bash             ein Bash-Vervollständigungsskript ausgeben

Exit-Codes: 0 OK, 1 Fehler, 2 falscher Aufruf, 3 Anmeldung erforderlich, 4 HTTP-Fehler,
5 kein Agent, 6 Zeitüberschreitung, 7 abgelehnt oder abgebrochen, 8 Schlüsselbund nicht
verfügbar oder gesperrt.
Die JSON-Felder sind in der Handbuchseite aufgeführt: man calloutctl.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Print JSON (list, status, import).</source>
        <translation>JSON ausgeben (list, status, import).</translation>
    </message>
    <message>
        <source>Print only the names, one a line (list).</source>
        <translation>Nur die Namen ausgeben, einen pro Zeile (list).</translation>
    </message>
    <message>
        <source>Seconds to wait, 1 to 3600: for the sign-in (login; default 300), for the answer (others; default 120).</source>
        <translation>Wartezeit in Sekunden, 1 bis 3600: auf die Anmeldung (login; Standard 300), auf die Antwort (sonst; Standard 120).</translation>
    </message>
    <message>
        <source>Read the refused token from this file, - for stdin (report-expired; default -).</source>
        <translation>Das abgelehnte Token aus dieser Datei lesen, - für stdin (report-expired; Standard -).</translation>
    </message>
    <message>
        <source>The loopback proxy&apos;s port (proxy on; default: the last one, else a free one).</source>
        <translation>Der Port des Loopback-Proxys (proxy on; Standard: der letzte, sonst ein freier).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Use the demo agent (callout --demo), started when needed, not yours.</source>
        <translation>Den Demo-Agenten verwenden (callout --demo), bei Bedarf gestartet, nicht Ihren.</translation>
    </message>
    <message>
        <source>report-expired reads the refused token from stdin or --token-file, not a terminal.</source>
        <translation>report-expired liest das abgelehnte Token aus stdin oder --token-file, nicht von einem Terminal.</translation>
    </message>
    <message>
        <source>%1; see --help.</source>
        <translation>%1; siehe --help.</translation>
    </message>
    <message>
        <source>completion takes the shell&apos;s name: bash.</source>
        <translation>completion nimmt den Namen der Shell: bash.</translation>
    </message>
    <message>
        <source>proxy-env takes no arguments.</source>
        <translation>proxy-env nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>the callout agent is not running.</source>
        <translation>der Callout-Agent läuft nicht.</translation>
    </message>
    <message>
        <source>the document has no entries; nothing was imported.</source>
        <translation>das Dokument hat keine Einträge; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Client secret (not shown): </source>
        <translation>Client-Geheimnis (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>cannot read the client secret from %1: %2.</source>
        <translation>das Client-Geheimnis kann nicht aus %1 gelesen werden: %2.</translation>
    </message>
    <message>
        <source>the client secret in %1 is longer than %2 bytes.</source>
        <translation>das Client-Geheimnis in %1 ist länger als %2 Bytes.</translation>
    </message>
    <message>
        <source>Default name: %1</source>
        <translation>Standardname: %1</translation>
    </message>
    <message>
        <source>Asks for:</source>
        <translation>Fragt nach:</translation>
    </message>
    <message>
        <source>Redirect: %1</source>
        <translation>Weiterleitung: %1</translation>
    </message>
    <message>
        <source>Refresh: %1</source>
        <translation>Aktualisierung: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Unverified: %1</source>
        <translation>Nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>provider presets takes at most one preset name; see --help.</source>
        <translation>provider presets nimmt höchstens einen Vorlagennamen; siehe --help.</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot;; calloutctl provider presets lists them.</source>
        <translation>unbekannte Vorlage „%1“; calloutctl provider presets listet sie auf.</translation>
    </message>
    <message>
        <source>the preset %1 takes no --set.</source>
        <translation>die Vorlage %1 nimmt kein --set.</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE with KEY one of: %1.</source>
        <translation>--set nimmt KEY=VALUE, mit KEY aus: %1.</translation>
    </message>
    <message>
        <source>provider add takes options only; see --help.</source>
        <translation>provider add nimmt nur Optionen; siehe --help.</translation>
    </message>
    <message>
        <source>provider add needs --preset NAME; calloutctl provider presets lists them.</source>
        <translation>provider add braucht --preset NAME; calloutctl provider presets listet die Vorlagen auf.</translation>
    </message>
    <message>
        <source>the preset asks for: %1</source>
        <translation>die Vorlage fragt nach: %1</translation>
    </message>
    <message>
        <source>Register the client at the service: %1</source>
        <translation>Registrieren Sie den Client beim Dienst: %1</translation>
    </message>
    <message>
        <source>Auth. providers from presets:
  provider presets [PRESET] [--json]
                              the services Callout knows; with PRESET, what it asks
  provider add --preset PRESET --client-id ID [--client-secret-file FILE|-]
       [--set KEY=VALUE]... [--name NAME] [--replace]
                              add an auth. provider from a preset; the client secret
                              goes to the keychain (stdin with -)</source>
        <translation>Authentifizierungsanbieter aus Vorlagen:
  provider presets [PRESET] [--json]
                              die Dienste, die Callout kennt; mit PRESET, wonach
                              die Vorlage fragt
  provider add --preset PRESET --client-id ID [--client-secret-file FILE|-]
       [--set KEY=VALUE]... [--name NAME] [--replace]
                              einen Authentifizierungsanbieter aus einer Vorlage
                              anlegen; das Client-Geheimnis kommt in den
                              Schlüsselbund (stdin mit -)</translation>
    </message>
    <message>
        <source>The preset to start from (provider add).</source>
        <translation>Die Vorlage, mit der begonnen wird (provider add).</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>The client id the service issued (provider add).</source>
        <translation>Die Client-ID, die der Dienst vergeben hat (provider add).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the client secret from this file, - for stdin (provider add); never an argument.</source>
        <translation>Das Client-Geheimnis aus dieser Datei lesen, - für stdin (provider add); nie als Argument.</translation>
    </message>
    <message>
        <source>The provider&apos;s name (provider add; default: the preset&apos;s).</source>
        <translation>Der Name des Anbieters (provider add; Standard: der der Vorlage).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A value the preset&apos;s URLs need, such as tenant=contoso.com (provider add; repeatable).</source>
        <translation>Ein Wert, den die URLs der Vorlage brauchen, etwa tenant=contoso.com (provider add; wiederholbar).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>Schlüssel=Wert</translation>
    </message>
    <message>
        <source>provider takes add or presets; see --help.</source>
        <translation>provider nimmt add oder presets; siehe --help.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run without a window or tray icon.</source>
        <translation>Ohne Fenster und Tray-Symbol ausführen.</translation>
    </message>
    <message>
        <source>Callout agent: OAuth 2.0 named credentials for every program on the desktop.

It runs once per user, in the system tray: the tray icon shows whether every credential is
signed in, and its menu offers Re-authenticate, Sign in / Sign out and Settings... The
settings window edits the auth providers and named credentials and lists your sign-ins.
Starting callout again brings that window forward.

Configuration: %1
Sign-in records: %2
Tokens and client secrets: the keychain (Secret Service), service &quot;%3&quot;.

Programs and scripts use the agent through calloutctl (see calloutctl --help and
man calloutctl), which starts it when needed.

callout --demo shows the whole loop with no account: a demo OAuth service and API run
inside the agent, a Demo caller calls callout:DemoApi/me, and the service ends the session
after a few minutes so that you see the Re-authenticate button at work. The demo is a
separate agent with its own files, socket and keychain service (callout-demo); use it
with calloutctl --demo.</source>
        <translation>Callout-Agent: benannte OAuth-2.0-Anmeldeinformationen für jedes Programm auf dem Desktop.

Er läuft einmal pro Benutzer im System-Tray: Das Tray-Symbol zeigt, ob jede
Anmeldeinformation angemeldet ist, und sein Menü bietet Erneut anmelden, Anmelden /
Abmelden und Einstellungen... Das Einstellungsfenster bearbeitet die
Authentifizierungsanbieter und benannten Anmeldeinformationen und listet Ihre Anmeldungen.
Ein erneuter Start von callout holt dieses Fenster nach vorn.

Konfiguration: %1
Anmeldeverlauf: %2
Token und Client-Geheimnisse: der Schlüsselbund (Secret Service), Dienst &quot;%3&quot;.

Programme und Skripte verwenden den Agenten über calloutctl (siehe calloutctl --help und
man calloutctl), das ihn bei Bedarf startet.

callout --demo zeigt den ganzen Ablauf ohne Konto: Ein Demo-OAuth-Dienst und eine API
laufen im Agenten, ein Demo-Aufrufer ruft callout:DemoApi/me auf, und der Dienst beendet
die Sitzung nach ein paar Minuten, damit Sie die Schaltfläche Erneut anmelden in Aktion
sehen. Die Demo ist ein separater Agent mit eigenen Dateien, eigenem Socket und eigenem
Schlüsselbund-Dienst (callout-demo); verwenden Sie sie mit calloutctl --demo.</translation>
    </message>
    <message>
        <source>Start in the tray without opening a window (start at login).</source>
        <translation>Im Tray starten, ohne ein Fenster zu öffnen (Start bei der Anmeldung).</translation>
    </message>
    <message>
        <source>Start the demo: no account needed.</source>
        <translation>Die Demo starten: kein Konto nötig.</translation>
    </message>
    <message>
        <source>Demo: seconds an access token lives (default %1).</source>
        <translation>Demo: Sekunden, die ein Zugriffstoken gilt (Standard %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Demo: seconds until the service ends the session, whatever the refreshes (default %1).</source>
        <translation>Demo: Sekunden, bis der Dienst die Sitzung beendet, trotz aller Aktualisierungen (Standard %1).</translation>
    </message>
    <message>
        <source>Demo: seconds between the Demo caller&apos;s calls (default %1).</source>
        <translation>Demo: Sekunden zwischen den Aufrufen des Demo-Aufrufers (Standard %1).</translation>
    </message>
    <message>
        <source>Callout demo</source>
        <translation>Callout-Demo</translation>
    </message>
    <message>
        <source>Demo caller</source>
        <translation>Demo-Aufrufer</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
</TS>
