<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../lib/callout/oauth/TokenRevoker.cpp" line="42"/>
        <source>Revocation answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReauthPrompt</name>
    <message>
        <location filename="../app/gui/ReauthPrompt.ui" line="7"/>
        <source>Callout — Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReauthPrompt.ui" line="11"/>
        <source>&lt;b&gt;These sign-ins need you.&lt;/b&gt; Re-authenticate to continue; waiting calls go on once you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReauthPrompt.ui" line="30"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReauthPrompt.ui" line="31"/>
        <source>Remind me in 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../app/gui/SettingsWindow.ui" line="9"/>
        <source>Callout — Authentication Settings for External Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsWindow.ui" line="15"/>
        <source>Your sign-ins to external systems. Programs use them through callout:Name/path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsWindow.ui" line="42"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsWindow.ui" line="43"/>
        <source>Sign in to the selected external system in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsWindow.ui" line="63"/>
        <source>No named credentials yet. Import a configuration with: calloutctl import FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::ApiHandler</name>
    <message>
        <location filename="../lib/callout/agent/ApiHandler.cpp" line="116"/>
        <source>A request needs a string method, an id (number or string) and object params.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/agent/ApiHandler.cpp" line="123"/>
        <source>Unknown method &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/agent/ApiHandler.cpp" line="129"/>
        <source>This method needs params.name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/agent/ApiHandler.cpp" line="140"/>
        <source>No named credential is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/agent/ApiHandler.cpp" line="186"/>
        <source>params.document must be an import document (object or string).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/agent/ApiHandler.cpp" line="190"/>
        <source>params.replace must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/agent/ApiHandler.cpp" line="223"/>
        <source>params.timeout must be a whole number of seconds from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/agent/ApiHandler.cpp" line="271"/>
        <source>params.token must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/agent/ApiHandler.cpp" line="296"/>
        <source>params.arguments must be an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::AuthProvider</name>
    <message>
        <location filename="../lib/callout/model/AuthProvider.cpp" line="64"/>
        <source>must be a loopback http URL such as http://localhost:1717/OauthRedirect (host 127.0.0.1, ::1 or localhost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/AuthProvider.cpp" line="67"/>
        <source>must name a port; leave it empty to use an ephemeral 127.0.0.1 port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/AuthProvider.cpp" line="69"/>
        <source>must not contain a query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/AuthProvider.cpp" line="89"/>
        <source>must not be stored in the configuration file; import it so it goes to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/AuthProvider.cpp" line="103"/>
        <source>must be none, post or basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/AuthProvider.cpp" line="148"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/AuthProvider.cpp" line="151"/>
        <source>needs an issuer to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/AuthProvider.cpp" line="156"/>
        <source>is set by Callout itself and cannot be overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/AuthProvider.cpp" line="158"/>
        <source>parameter names must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::ConfigImport</name>
    <message>
        <location filename="../lib/callout/model/ConfigImport.cpp" line="33"/>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/ConfigImport.cpp" line="64"/>
        <source>&quot;%1&quot; exists already; import with --replace to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/ConfigImport.cpp" line="99"/>
        <source>The import document is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/ConfigImport.cpp" line="102"/>
        <source>The import document must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/ConfigImport.cpp" line="107"/>
        <source>The import document has version %1; this Callout reads version %2 and older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/callout/model/ConfigImport.cpp" line="136"/>
        <source>The import was refused, nothing was changed: %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callout::ConfigStore</name>
    <message>
        <location filename="../lib/callout/store/ConfigStore.cpp" line="41"/>
        <source>must be 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::Configuration</name>
    <message>
        <location filename="../lib/callout/model/Configuration.cpp" line="35"/>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/Configuration.cpp" line="41"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/Configuration.cpp" line="59"/>
        <source>&quot;%1&quot; is used more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/Configuration.cpp" line="103"/>
        <source>no auth provider is named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::CredentialCatalog</name>
    <message>
        <location filename="../lib/callout/store/CredentialCatalog.cpp" line="66"/>
        <source>Tokens of %1 were discarded: its auth provider or URL was changed in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/store/CredentialCatalog.cpp" line="109"/>
        <location filename="../lib/callout/store/CredentialCatalog.cpp" line="183"/>
        <source>%1 is kept as it is because Callout could not use it; move it away or update Callout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/store/CredentialCatalog.cpp" line="178"/>
        <source>No named credential is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/store/CredentialCatalog.cpp" line="214"/>
        <source>No auth provider is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/store/CredentialCatalog.cpp" line="235"/>
        <source>No named credential has that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/store/CredentialCatalog.cpp" line="240"/>
        <source>A credential cannot go from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::CredentialTableModel</name>
    <message>
        <location filename="../app/gui/CredentialTableModel.cpp" line="12"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/CredentialTableModel.cpp" line="13"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/CredentialTableModel.cpp" line="14"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/CredentialTableModel.cpp" line="15"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/CredentialTableModel.cpp" line="16"/>
        <source>Sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/CredentialTableModel.cpp" line="17"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/CredentialTableModel.cpp" line="60"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/CredentialTableModel.cpp" line="70"/>
        <source>External system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/CredentialTableModel.cpp" line="71"/>
        <source>Named credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/CredentialTableModel.cpp" line="72"/>
        <source>Auth provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/CredentialTableModel.cpp" line="73"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/CredentialTableModel.cpp" line="74"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/CredentialTableModel.cpp" line="75"/>
        <source>Access token expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::FreedesktopNotifications</name>
    <message>
        <location filename="../app/platform/linux/FreedesktopNotifications.cpp" line="135"/>
        <location filename="../app/platform/linux/FreedesktopNotifications.cpp" line="141"/>
        <source>Re-authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platform/linux/FreedesktopNotifications.cpp" line="137"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platform/linux/FreedesktopNotifications.cpp" line="141"/>
        <source>Re-authenticate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platform/linux/FreedesktopNotifications.cpp" line="144"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platform/linux/FreedesktopNotifications.cpp" line="147"/>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/platform/linux/FreedesktopNotifications.cpp" line="147"/>
        <source>%n sign-ins need you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callout::JsonFile</name>
    <message>
        <location filename="../lib/callout/store/JsonFile.cpp" line="42"/>
        <source>%1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/store/JsonFile.cpp" line="44"/>
        <source>the document is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/store/JsonFile.cpp" line="54"/>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/store/JsonFile.cpp" line="59"/>
        <location filename="../lib/callout/store/JsonFile.cpp" line="63"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/store/JsonFile.cpp" line="80"/>
        <source>Could not move %1 aside to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/store/JsonFile.cpp" line="88"/>
        <source>Could not copy %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::KeychainErrors</name>
    <message>
        <location filename="../lib/callout/store/KeychainErrors.cpp" line="43"/>
        <source>No Secret Service found: install and unlock gnome-keyring or KWallet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/store/KeychainErrors.cpp" line="44"/>
        <source>The keychain is locked or refused access: unlock it (for example by logging in to your desktop session) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/store/KeychainErrors.cpp" line="48"/>
        <source>The keychain has no such item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/store/KeychainErrors.cpp" line="60"/>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::LocalApiServer</name>
    <message>
        <location filename="../lib/callout/agent/LocalApiServer.cpp" line="42"/>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/agent/LocalApiServer.cpp" line="48"/>
        <source>%1 must belong to you and be closed to others (0700); Callout will not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/agent/LocalApiServer.cpp" line="52"/>
        <source>Could not listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/agent/LocalApiServer.cpp" line="114"/>
        <source>A message may be at most 1 MiB long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/agent/LocalApiServer.cpp" line="127"/>
        <source>Each line must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/agent/LocalApiServer.cpp" line="136"/>
        <source>Too many requests at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::LoopbackListener</name>
    <message>
        <location filename="../lib/callout/oauth/LoopbackListener.cpp" line="82"/>
        <source>Could not listen for the sign-in redirect on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/LoopbackListener.cpp" line="166"/>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/LoopbackListener.cpp" line="179"/>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/LoopbackListener.cpp" line="183"/>
        <source>Method not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/LoopbackListener.cpp" line="190"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/LoopbackListener.cpp" line="209"/>
        <source>This sign-in link is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/LoopbackListener.cpp" line="210"/>
        <source>It does not belong to the sign-in in progress, or it was used already. Start the sign-in again from Callout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/LoopbackListener.cpp" line="224"/>
        <source>The sign-in answer came from another authorization server (iss %1, expected %2); it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/LoopbackListener.cpp" line="227"/>
        <source>The sign-in answer does not name its authorization server (iss), which this provider requires; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/LoopbackListener.cpp" line="238"/>
        <source>The sign-in answer carries no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::NamedCredential</name>
    <message>
        <location filename="../lib/callout/model/NamedCredential.cpp" line="87"/>
        <source>must not contain a query; add it to each call instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/NamedCredential.cpp" line="89"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/NamedCredential.cpp" line="93"/>
        <source>is not a valid HTTP header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/NamedCredential.cpp" line="95"/>
        <source>must not contain line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/NamedCredential.cpp" line="98"/>
        <source>conflicts with generateAuthorizationHeader; set that to false to send your own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::OAuthErrors</name>
    <message>
        <location filename="../lib/callout/oauth/OAuthErrors.cpp" line="68"/>
        <source>The service ended the session (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/OAuthErrors.cpp" line="70"/>
        <source>Access was denied (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/OAuthErrors.cpp" line="77"/>
        <source>The authorization server refused the client (%1): check the auth provider&apos;s client id, secret, client authentication, scopes and redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/OAuthErrors.cpp" line="84"/>
        <source>The authorization server is temporarily unavailable (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/OAuthErrors.cpp" line="85"/>
        <source>The authorization server answered with an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/OAuthErrors.cpp" line="93"/>
        <source>Could not reach the token endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/OAuthErrors.cpp" line="94"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/OAuthErrors.cpp" line="98"/>
        <source>The token endpoint answered with a redirect (HTTP %1). Callout never follows a redirect with credentials; check the auth provider&apos;s token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/OAuthErrors.cpp" line="106"/>
        <source>The token endpoint is unavailable (HTTP %1). Callout will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/OAuthErrors.cpp" line="109"/>
        <source>The token endpoint refused the client&apos;s credentials (HTTP 401): check the auth provider&apos;s client id, secret and client authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/OAuthErrors.cpp" line="113"/>
        <source>The token endpoint refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/OAuthErrors.cpp" line="115"/>
        <source>The token endpoint&apos;s answer is neither JSON nor form-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/OAuthErrors.cpp" line="117"/>
        <source>The token endpoint&apos;s answer has no access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::ProviderDiscovery</name>
    <message>
        <location filename="../lib/callout/oauth/ProviderDiscovery.cpp" line="38"/>
        <source>Discovery needs an https issuer URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/ProviderDiscovery.cpp" line="59"/>
        <source>No metadata at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/ProviderDiscovery.cpp" line="73"/>
        <source>The issuer&apos;s metadata is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/ProviderDiscovery.cpp" line="78"/>
        <source>The metadata names the issuer &quot;%1&quot;, not &quot;%2&quot;; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/oauth/ProviderDiscovery.cpp" line="94"/>
        <source>The issuer&apos;s metadata has no usable authorization and token endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::ReauthPrompt</name>
    <message>
        <location filename="../app/gui/ReauthPrompt.cpp" line="32"/>
        <source>%1: the service ended your session. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReauthPrompt.cpp" line="45"/>
        <source>Re-authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReauthPrompt.cpp" line="88"/>
        <source>Continue in your browser… Callout is waiting for the sign-in to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReauthPrompt.cpp" line="103"/>
        <source>The sign-in did not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReauthPrompt.cpp" line="104"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::SettingsWindow</name>
    <message>
        <location filename="../app/gui/SettingsWindow.cpp" line="67"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsWindow.cpp" line="67"/>
        <source>Re-authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsWindow.cpp" line="73"/>
        <source>Continue signing in to %1 in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsWindow.cpp" line="74"/>
        <source>No browser could be opened. To sign in to %1, open this address in a browser on this computer:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsWindow.cpp" line="84"/>
        <source>Signed in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsWindow.cpp" line="85"/>
        <source>Sign-in to %1 did not complete: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::SignInAttempt</name>
    <message numerus="yes">
        <location filename="../lib/callout/session/SignInAttempt.cpp" line="33"/>
        <source>Nobody came back from the browser within %n second(s); the sign-in was stopped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/callout/session/SignInAttempt.cpp" line="35"/>
        <source>Nobody came back from the browser within %n minute(s); the sign-in was stopped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/callout/session/SignInAttempt.cpp" line="73"/>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/SignInAttempt.cpp" line="115"/>
        <source>You are signed in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/SignInAttempt.cpp" line="116"/>
        <source>You can close this tab and go back to your work. Callout keeps %1 signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/SignInAttempt.cpp" line="118"/>
        <source>Sign-in to %1 did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/SignInAttempt.cpp" line="119"/>
        <source>Go back to Callout to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::SignInService</name>
    <message>
        <location filename="../lib/callout/session/SignInService.cpp" line="59"/>
        <source>This named credential no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/SignInService.cpp" line="66"/>
        <source>No auth provider is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/SignInService.cpp" line="74"/>
        <source>The auth provider %1 has no endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/SignInService.cpp" line="142"/>
        <source>No client secret is stored for this auth provider: import it with clientSecret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/SignInService.cpp" line="154"/>
        <source>The named credential was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::SignOutService</name>
    <message>
        <location filename="../lib/callout/session/SignOutService.cpp" line="24"/>
        <source>No named credential is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/SignOutService.cpp" line="42"/>
        <source>Signed out. The service could not be told to revoke the session (%1); the local copies were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::StoreFile</name>
    <message>
        <location filename="../lib/callout/store/StoreFile.cpp" line="40"/>
        <source>%1 was written by a newer Callout (version %2). Callout will not change it; update Callout to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/store/StoreFile.cpp" line="56"/>
        <source>%1 could not be read (%2) and could not be moved aside; Callout will not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/store/StoreFile.cpp" line="62"/>
        <source>%1 could not be read (%2). It was kept as %3; Callout starts without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/store/StoreFile.cpp" line="70"/>
        <source>%1 is kept as it is because Callout could not use it; move it away or update Callout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::TokenDiscard</name>
    <message>
        <location filename="../lib/callout/model/TokenDiscard.cpp" line="20"/>
        <source>the named credential was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/TokenDiscard.cpp" line="24"/>
        <source>it now uses another auth provider (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/TokenDiscard.cpp" line="26"/>
        <source>its URL now points to another server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/TokenDiscard.cpp" line="28"/>
        <source>its auth provider %1 changed its token URL, issuer, client id or client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/TokenDiscard.cpp" line="40"/>
        <source>Tokens of %1 were discarded: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::TokenManager</name>
    <message>
        <location filename="../lib/callout/session/TokenManager.cpp" line="49"/>
        <source>Not signed in yet: sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/TokenManager.cpp" line="51"/>
        <source>A sign-in is in progress: finish it in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/TokenManager.cpp" line="54"/>
        <source>The session ended: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/TokenManager.cpp" line="59"/>
        <source>The auth provider&apos;s configuration has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/TokenManager.cpp" line="71"/>
        <source>No named credential is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/TokenManager.cpp" line="112"/>
        <source>The service refused a token it had just issued. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/TokenManager.cpp" line="155"/>
        <source>No tokens are stored for this credential. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/TokenManager.cpp" line="177"/>
        <source>%1 Callout tries again at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/TokenManager.cpp" line="190"/>
        <source>The service gave no refresh token, so the session cannot be renewed. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/TokenManager.cpp" line="198"/>
        <source>The auth provider is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/TokenManager.cpp" line="214"/>
        <source>No client secret is stored for the auth provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/TokenManager.cpp" line="234"/>
        <location filename="../lib/callout/session/TokenManager.cpp" line="447"/>
        <source>The named credential was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/TokenManager.cpp" line="264"/>
        <source>The session ended while it was renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/session/TokenManager.cpp" line="269"/>
        <source>The service gave the renewed session no validity: it requires a new sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::TokenSet</name>
    <message>
        <location filename="../lib/callout/model/TokenSet.cpp" line="27"/>
        <source>The stored tokens are unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::TrayController</name>
    <message>
        <location filename="../app/gui/TrayController.cpp" line="72"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/TrayController.cpp" line="75"/>
        <source>(until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/TrayController.cpp" line="78"/>
        <source>Re-authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/TrayController.cpp" line="78"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/TrayController.cpp" line="81"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/TrayController.cpp" line="101"/>
        <source>Re-authenticate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/TrayController.cpp" line="104"/>
        <source>Show the sign-in prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/TrayController.cpp" line="106"/>
        <source>Callout — sign in again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/TrayController.cpp" line="108"/>
        <source>Callout — signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/TrayController.cpp" line="113"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/TrayController.cpp" line="115"/>
        <source>Quit Callout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/TrayController.cpp" line="108"/>
        <source>Callout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::validation</name>
    <message>
        <location filename="../lib/callout/model/Validation.cpp" line="50"/>
        <location filename="../lib/callout/model/Validation.cpp" line="60"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/Validation.cpp" line="53"/>
        <source>must start with a letter and contain only letters, digits and _ (at most 80 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/Validation.cpp" line="65"/>
        <source>must be an absolute https URL (http is allowed only for 127.0.0.1, ::1 and localhost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/Validation.cpp" line="67"/>
        <source>must not contain a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/Validation.cpp" line="69"/>
        <source>must not contain a fragment (#…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/Validation.cpp" line="83"/>
        <location filename="../lib/callout/model/Validation.cpp" line="122"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/Validation.cpp" line="102"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/Validation.cpp" line="116"/>
        <source>must be an object of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/model/Validation.cpp" line="141"/>
        <source>is not a known field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calloutctl</name>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="110"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="110"/>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="110"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="110"/>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="111"/>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="153"/>
        <source>cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="205"/>
        <source>Sign in in your browser. If it did not open, open this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="229"/>
        <source>Use the named credentials of the callout agent.

Commands:
  import FILE|- [--replace]   merge an import document (stdin with -)
  export                      print the configuration, without secrets
  list [--json]               every named credential and its sign-in status
  status NAME [--json]        one named credential
  login NAME [--timeout S]    sign in through the browser and wait
  token NAME                  print a valid access token
  report-expired NAME         the token was refused: refresh or ask for sign-in
  logout NAME                 revoke and delete the tokens
  remove NAME                 logout and delete the named credential

Exit codes: 0 ok, 1 error, 2 usage, 3 sign-in required, 4 HTTP error, 5 no agent,
6 timed out, 7 denied or cancelled, 8 keychain unavailable or locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="244"/>
        <source>Print JSON (list, status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="245"/>
        <source>Change existing entries (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="246"/>
        <source>Seconds to wait for the sign-in (login; 1 to 3600, default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="246"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="247"/>
        <source>Do not start the agent when none is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="248"/>
        <source>What to do (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="255"/>
        <source>no command given; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="257"/>
        <source>unknown command &quot;%1&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/calloutctl/main.cpp" line="258"/>
        <source>%1 takes %n argument(s); see --help.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="263"/>
        <source>--timeout takes whole seconds from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="270"/>
        <source>the callout agent is not running (--no-start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="271"/>
        <source>the callout agent is not running and could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/callout/main.cpp" line="73"/>
        <source>Callout agent: OAuth 2.0 named credentials for every program on the desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/callout/main.cpp" line="77"/>
        <source>Run without a window or tray icon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
