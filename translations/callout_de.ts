<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../lib/callout/TokenRevoker.cpp" line="46"/>
        <source>Revocation answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../app/ui/SettingsWindow.ui" line="9"/>
        <source>Callout — Authentication Settings for External Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SettingsWindow.ui" line="15"/>
        <source>Your sign-ins to external systems. Programs use them through callout:Name/path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SettingsWindow.ui" line="42"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SettingsWindow.ui" line="43"/>
        <source>Sign in to the selected external system in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SettingsWindow.ui" line="63"/>
        <source>No named credentials yet. Import a configuration with: calloutctl import FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout</name>
    <message>
        <location filename="../lib/callout/AuthProvider.cpp" line="54"/>
        <source>must be a loopback http URL such as http://localhost:1717/OauthRedirect (host 127.0.0.1, ::1 or localhost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/AuthProvider.cpp" line="57"/>
        <source>must name a port; leave it empty to use an ephemeral 127.0.0.1 port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/AuthProvider.cpp" line="59"/>
        <source>must not contain a query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/ConfigImport.cpp" line="30"/>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/ConfigImport.cpp" line="60"/>
        <source>&quot;%1&quot; exists already; import with --replace to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/ConfigImport.cpp" line="95"/>
        <source>The import document is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/ConfigImport.cpp" line="98"/>
        <source>The import document must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/ConfigImport.cpp" line="103"/>
        <source>The import document has version %1; this Callout reads version %2 and older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/callout/ConfigImport.cpp" line="131"/>
        <source>The import was refused, nothing was changed: %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/callout/Configuration.cpp" line="34"/>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/Configuration.cpp" line="40"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/Configuration.cpp" line="59"/>
        <source>&quot;%1&quot; is used more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/KeychainErrors.cpp" line="37"/>
        <source>No Secret Service found: install and unlock gnome-keyring or KWallet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/KeychainErrors.cpp" line="38"/>
        <source>The keychain is locked or refused access: unlock it (for example by logging in to your desktop session) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/KeychainErrors.cpp" line="44"/>
        <source>The keychain has no such item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/KeychainErrors.cpp" line="59"/>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/OAuthErrors.cpp" line="64"/>
        <source>The service ended the session (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/OAuthErrors.cpp" line="66"/>
        <source>Access was denied (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/OAuthErrors.cpp" line="73"/>
        <source>The authorization server refused the client (%1): check the auth provider&apos;s client id, secret, client authentication, scopes and redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/OAuthErrors.cpp" line="80"/>
        <source>The authorization server is temporarily unavailable (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/OAuthErrors.cpp" line="81"/>
        <source>The authorization server answered with an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/OAuthErrors.cpp" line="89"/>
        <source>Could not reach the token endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/OAuthErrors.cpp" line="89"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/OAuthErrors.cpp" line="92"/>
        <source>The token endpoint answered with a redirect (HTTP %1). Callout never follows a redirect with credentials; check the auth provider&apos;s token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/OAuthErrors.cpp" line="100"/>
        <source>The token endpoint is unavailable (HTTP %1). Callout will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/OAuthErrors.cpp" line="103"/>
        <source>The token endpoint refused the client&apos;s credentials (HTTP 401): check the auth provider&apos;s client id, secret and client authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/OAuthErrors.cpp" line="106"/>
        <source>The token endpoint refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/OAuthErrors.cpp" line="108"/>
        <source>The token endpoint&apos;s answer is neither JSON nor form-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/OAuthErrors.cpp" line="110"/>
        <source>The token endpoint&apos;s answer has no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/TokenDiscard.cpp" line="20"/>
        <source>the named credential was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/TokenDiscard.cpp" line="24"/>
        <source>it now uses another auth provider (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/TokenDiscard.cpp" line="26"/>
        <source>its URL now points to another server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/TokenDiscard.cpp" line="28"/>
        <source>its auth provider %1 changed its token URL, issuer, client id or client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/TokenDiscard.cpp" line="40"/>
        <source>Tokens of %1 were discarded: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::AuthProvider</name>
    <message>
        <location filename="../lib/callout/AuthProvider.cpp" line="79"/>
        <source>must not be stored in the configuration file; import it so it goes to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/AuthProvider.cpp" line="93"/>
        <source>must be none, post or basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/AuthProvider.cpp" line="136"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/AuthProvider.cpp" line="138"/>
        <source>needs an issuer to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/AuthProvider.cpp" line="143"/>
        <source>is set by Callout itself and cannot be overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/AuthProvider.cpp" line="145"/>
        <source>parameter names must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::ConfigStore</name>
    <message>
        <location filename="../lib/callout/ConfigStore.cpp" line="45"/>
        <source>%1 could not be read (%2) and could not be moved aside; Callout will not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/ConfigStore.cpp" line="50"/>
        <source>%1 could not be read (%2). It was kept as %3; Callout starts without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/ConfigStore.cpp" line="61"/>
        <source>%1 was written by a newer Callout (version %2). Callout will not change it; update Callout to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/ConfigStore.cpp" line="69"/>
        <source>must be 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/ConfigStore.cpp" line="99"/>
        <source>%1 is kept as it is because Callout could not use it; move it away or update Callout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::Configuration</name>
    <message>
        <location filename="../lib/callout/Configuration.cpp" line="105"/>
        <source>no auth provider is named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::CredentialCatalog</name>
    <message>
        <location filename="../lib/callout/CredentialCatalog.cpp" line="66"/>
        <source>Tokens of %1 were discarded: its auth provider or URL was changed in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/CredentialCatalog.cpp" line="109"/>
        <location filename="../lib/callout/CredentialCatalog.cpp" line="183"/>
        <source>%1 is kept as it is because Callout could not use it; move it away or update Callout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/CredentialCatalog.cpp" line="178"/>
        <source>No named credential is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/CredentialCatalog.cpp" line="213"/>
        <source>No auth provider is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/CredentialCatalog.cpp" line="234"/>
        <source>No named credential has that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/CredentialCatalog.cpp" line="237"/>
        <source>A credential cannot go from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::CredentialTableModel</name>
    <message>
        <location filename="../app/ui/CredentialTableModel.cpp" line="12"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/CredentialTableModel.cpp" line="13"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/CredentialTableModel.cpp" line="14"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/CredentialTableModel.cpp" line="15"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/CredentialTableModel.cpp" line="16"/>
        <source>Sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/CredentialTableModel.cpp" line="17"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/CredentialTableModel.cpp" line="60"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/CredentialTableModel.cpp" line="70"/>
        <source>External system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/CredentialTableModel.cpp" line="71"/>
        <source>Named credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/CredentialTableModel.cpp" line="72"/>
        <source>Auth provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/CredentialTableModel.cpp" line="73"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/CredentialTableModel.cpp" line="74"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/CredentialTableModel.cpp" line="75"/>
        <source>Access token expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::JsonFile</name>
    <message>
        <location filename="../lib/callout/JsonFile.cpp" line="41"/>
        <source>%1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/JsonFile.cpp" line="43"/>
        <source>the document is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/JsonFile.cpp" line="53"/>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/JsonFile.cpp" line="58"/>
        <location filename="../lib/callout/JsonFile.cpp" line="62"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/JsonFile.cpp" line="79"/>
        <source>Could not move %1 aside to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/JsonFile.cpp" line="87"/>
        <source>Could not copy %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::LoopbackReplyHandler</name>
    <message>
        <location filename="../lib/callout/LoopbackReplyHandler.cpp" line="82"/>
        <source>Could not listen for the sign-in redirect on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/LoopbackReplyHandler.cpp" line="152"/>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/LoopbackReplyHandler.cpp" line="165"/>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/LoopbackReplyHandler.cpp" line="169"/>
        <source>Method not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/LoopbackReplyHandler.cpp" line="176"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/LoopbackReplyHandler.cpp" line="197"/>
        <source>This sign-in link is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/LoopbackReplyHandler.cpp" line="198"/>
        <source>It does not belong to the sign-in in progress, or it was used already. Start the sign-in again from Callout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/LoopbackReplyHandler.cpp" line="211"/>
        <source>The sign-in answer came from another authorization server (iss %1, expected %2); it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/LoopbackReplyHandler.cpp" line="214"/>
        <source>The sign-in answer does not name its authorization server (iss), which this provider requires; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/LoopbackReplyHandler.cpp" line="225"/>
        <source>The sign-in answer carries no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::NamedCredential</name>
    <message>
        <location filename="../lib/callout/NamedCredential.cpp" line="85"/>
        <source>must not contain a query; add it to each call instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/NamedCredential.cpp" line="87"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/NamedCredential.cpp" line="91"/>
        <source>is not a valid HTTP header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/NamedCredential.cpp" line="93"/>
        <source>must not contain line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/NamedCredential.cpp" line="96"/>
        <source>conflicts with generateAuthorizationHeader; set that to false to send your own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::ProviderDiscovery</name>
    <message>
        <location filename="../lib/callout/ProviderDiscovery.cpp" line="37"/>
        <source>Discovery needs an https issuer URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/ProviderDiscovery.cpp" line="58"/>
        <source>No metadata at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/ProviderDiscovery.cpp" line="72"/>
        <source>The issuer&apos;s metadata is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/ProviderDiscovery.cpp" line="76"/>
        <source>The metadata names the issuer &quot;%1&quot;, not &quot;%2&quot;; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/ProviderDiscovery.cpp" line="92"/>
        <source>The issuer&apos;s metadata has no usable authorization and token endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::SettingsWindow</name>
    <message>
        <location filename="../app/ui/SettingsWindow.cpp" line="67"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SettingsWindow.cpp" line="68"/>
        <source>Re-authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SettingsWindow.cpp" line="74"/>
        <source>Continue signing in to %1 in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SettingsWindow.cpp" line="75"/>
        <source>No browser could be opened. To sign in to %1, open this address in a browser on this computer:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SettingsWindow.cpp" line="84"/>
        <source>Signed in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SettingsWindow.cpp" line="85"/>
        <source>Sign-in to %1 did not complete: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::SignInAttempt</name>
    <message numerus="yes">
        <location filename="../lib/callout/SignInAttempt.cpp" line="29"/>
        <source>Nobody came back from the browser within %n minute(s); the sign-in was stopped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/callout/SignInAttempt.cpp" line="67"/>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/SignInAttempt.cpp" line="108"/>
        <source>You are signed in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/SignInAttempt.cpp" line="109"/>
        <source>You can close this tab and go back to your work. Callout keeps %1 signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/SignInAttempt.cpp" line="112"/>
        <source>Sign-in to %1 did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/SignInAttempt.cpp" line="113"/>
        <source>Go back to Callout to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::SignInService</name>
    <message>
        <location filename="../lib/callout/SignInService.cpp" line="38"/>
        <source>No named credential is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/SignInService.cpp" line="41"/>
        <source>No auth provider is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/SignInService.cpp" line="53"/>
        <source>The auth provider %1 has no endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/SignInService.cpp" line="78"/>
        <source>No client secret is stored for this auth provider: import it with clientSecret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/SignInService.cpp" line="116"/>
        <source>The named credential was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::StateStore</name>
    <message>
        <location filename="../lib/callout/StateStore.cpp" line="36"/>
        <source>%1 could not be read (%2). It was kept as %3; sign-in details start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/StateStore.cpp" line="39"/>
        <source>%1 could not be read (%2) and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/StateStore.cpp" line="46"/>
        <source>%1 was written by a newer Callout (version %2); Callout will not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/StateStore.cpp" line="60"/>
        <source>%1 is kept as it is; Callout will not change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::TokenManager</name>
    <message>
        <location filename="../lib/callout/TokenManager.cpp" line="50"/>
        <source>Not signed in yet: sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/TokenManager.cpp" line="52"/>
        <source>A sign-in is in progress: finish it in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/TokenManager.cpp" line="55"/>
        <source>The session ended: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/TokenManager.cpp" line="60"/>
        <source>The auth provider&apos;s configuration has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/TokenManager.cpp" line="70"/>
        <location filename="../lib/callout/TokenManager.cpp" line="90"/>
        <location filename="../lib/callout/TokenManager.cpp" line="480"/>
        <source>No named credential is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/TokenManager.cpp" line="115"/>
        <source>The service refused a token it had just issued. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/TokenManager.cpp" line="158"/>
        <source>No tokens are stored for this credential. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/TokenManager.cpp" line="170"/>
        <source>%1 Callout tries again at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/TokenManager.cpp" line="186"/>
        <source>The service gave no refresh token, so the session cannot be renewed. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/TokenManager.cpp" line="194"/>
        <source>The auth provider is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/TokenManager.cpp" line="208"/>
        <source>No client secret is stored for the auth provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/TokenManager.cpp" line="226"/>
        <source>The named credential was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/TokenManager.cpp" line="254"/>
        <source>The service gave the renewed session no validity: it requires a new sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/TokenManager.cpp" line="497"/>
        <source>Signed out. The service could not be told to revoke the session (%1); the local copies were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::TokenSet</name>
    <message>
        <location filename="../lib/callout/TokenSet.cpp" line="25"/>
        <source>The stored tokens are unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::TrayController</name>
    <message>
        <location filename="../app/ui/TrayController.cpp" line="15"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrayController.cpp" line="17"/>
        <source>Quit Callout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrayController.cpp" line="22"/>
        <source>Callout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callout::validation</name>
    <message>
        <location filename="../lib/callout/Validation.cpp" line="48"/>
        <location filename="../lib/callout/Validation.cpp" line="58"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/Validation.cpp" line="51"/>
        <source>must start with a letter and contain only letters, digits and _ (at most 80 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/Validation.cpp" line="63"/>
        <source>must be an absolute https URL (http is allowed only for 127.0.0.1, ::1 and localhost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/Validation.cpp" line="65"/>
        <source>must not contain a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/Validation.cpp" line="67"/>
        <source>must not contain a fragment (#…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/Validation.cpp" line="81"/>
        <location filename="../lib/callout/Validation.cpp" line="120"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/Validation.cpp" line="100"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/Validation.cpp" line="114"/>
        <source>must be an object of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/callout/Validation.cpp" line="139"/>
        <source>is not a known field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calloutctl</name>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="14"/>
        <source>Use the named credentials of the callout agent from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/calloutctl/main.cpp" line="21"/>
        <source>calloutctl: no command given; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/callout/main.cpp" line="47"/>
        <source>Callout agent: OAuth 2.0 named credentials for every program on the desktop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
