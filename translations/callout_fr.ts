<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuthProviderEditor</name>
    <message>
        <source>Auth. Provider</source>
        <translation>Fournisseur d&apos;authentification</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Letters, digits and _</source>
        <translation>Lettres, chiffres et _</translation>
    </message>
    <message>
        <source>Problem of name</source>
        <translation>Problème de name</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Émetteur :</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <source>Dis&amp;cover</source>
        <translation>Déc&amp;ouvrir</translation>
    </message>
    <message>
        <source>Discover endpoints</source>
        <translation>Découvrir les points de terminaison</translation>
    </message>
    <message>
        <source>Fill in the endpoints from the issuer&apos;s OpenID / OAuth metadata</source>
        <translation>Remplir les points de terminaison à partir des métadonnées OpenID / OAuth de l&apos;émetteur</translation>
    </message>
    <message>
        <source>Problem of issuer</source>
        <translation>Problème de issuer</translation>
    </message>
    <message>
        <source>Discovery result</source>
        <translation>Résultat de la découverte</translation>
    </message>
    <message>
        <source>&amp;Authorize URL:</source>
        <translation>URL d&apos;autorisa&amp;tion :</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <source>Problem of authorizeUrl</source>
        <translation>Problème de authorizeUrl</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>URL du &amp;jeton :</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <source>Problem of tokenUrl</source>
        <translation>Problème de tokenUrl</translation>
    </message>
    <message>
        <source>&amp;Revocation URL:</source>
        <translation>URL de &amp;révocation :</translation>
    </message>
    <message>
        <source>Revocation URL</source>
        <translation>URL de révocation</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Problem of revocationUrl</source>
        <translation>Problème de revocationUrl</translation>
    </message>
    <message>
        <source>User in&amp;fo URL:</source>
        <translation>URL des in&amp;fos utilisateur :</translation>
    </message>
    <message>
        <source>User info URL</source>
        <translation>URL des infos utilisateur</translation>
    </message>
    <message>
        <source>Problem of userInfoUrl</source>
        <translation>Problème de userInfoUrl</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>ID c&amp;lient :</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Problem of clientId</source>
        <translation>Problème de clientId</translation>
    </message>
    <message>
        <source>Client S&amp;ecret:</source>
        <translation>Se&amp;cret client :</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation>Rem&amp;placer</translation>
    </message>
    <message>
        <source>Replace the stored client secret</source>
        <translation>Remplacer le secret client enregistré</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Remove the stored client secret</source>
        <translation>Supprimer le secret client enregistré</translation>
    </message>
    <message>
        <source>Client secret status</source>
        <translation>État du secret client</translation>
    </message>
    <message>
        <source>Problem of clientSecret</source>
        <translation>Problème de clientSecret</translation>
    </message>
    <message>
        <source>Client aut&amp;hentication:</source>
        <translation>Aut&amp;hentification du client :</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Authentification du client</translation>
    </message>
    <message>
        <source>Problem of clientAuthentication</source>
        <translation>Problème de clientAuthentication</translation>
    </message>
    <message>
        <source>Default sc&amp;opes:</source>
        <translation>Portées par &amp;défaut :</translation>
    </message>
    <message>
        <source>Default scopes</source>
        <translation>Portées par défaut</translation>
    </message>
    <message>
        <source>Space-separated, e.g. openid profile</source>
        <translation>Séparées par des espaces, p. ex. openid profile</translation>
    </message>
    <message>
        <source>Problem of defaultScopes</source>
        <translation>Problème de defaultScopes</translation>
    </message>
    <message>
        <source>Redirect &amp;URI:</source>
        <translation>URI de red&amp;irection :</translation>
    </message>
    <message>
        <source>Redirect URI override</source>
        <translation>URI de redirection personnalisée</translation>
    </message>
    <message>
        <source>Default: http://127.0.0.1:&lt;any port&gt;/callback</source>
        <translation>Par défaut : http://127.0.0.1:&lt;port quelconque&gt;/callback</translation>
    </message>
    <message>
        <source>Problem of redirectUri</source>
        <translation>Problème de redirectUri</translation>
    </message>
    <message>
        <source>E&amp;xtra authorize
parameters:</source>
        <translation>P&amp;aramètres d&apos;autorisation
supplémentaires :</translation>
    </message>
    <message>
        <source>Extra authorize parameters</source>
        <translation>Paramètres d&apos;autorisation supplémentaires</translation>
    </message>
    <message>
        <source>Problem of extraAuthorizeParameters</source>
        <translation>Problème de extraAuthorizeParameters</translation>
    </message>
    <message>
        <source>Start from a &amp;preset:</source>
        <translation>Partir d&apos;un &amp;modèle :</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Fill in a popular service&apos;s endpoints, scopes and redirect rules</source>
        <translation>Remplir les points de terminaison, les scopes et les règles de redirection d&apos;un service connu</translation>
    </message>
    <message>
        <source>Problem of the preset&apos;s answers</source>
        <translation>Problème dans les réponses du modèle</translation>
    </message>
    <message>
        <source>&amp;Fill in the form</source>
        <translation>&amp;Remplir le formulaire</translation>
    </message>
    <message>
        <source>Replace the endpoints, scopes, client authentication and redirect URI with the preset&apos;s</source>
        <translation>Remplacer les points de terminaison, les scopes, l&apos;authentification du client et l&apos;URI de redirection par ceux du modèle</translation>
    </message>
    <message>
        <source>What the preset needs</source>
        <translation>Ce dont le modèle a besoin</translation>
    </message>
</context>
<context>
    <name>AuthenticationSettingsPage</name>
    <message>
        <source>Authentication Settings for External Systems</source>
        <translation>Paramètres d&apos;authentification des systèmes externes</translation>
    </message>
    <message>
        <source>Your sign-ins to external systems. Programs get their access tokens from Callout (calloutctl token NAME); when a session ends, sign in again here.</source>
        <translation>Vos connexions aux systèmes externes. Les programmes obtiennent leurs jetons d&apos;accès auprès de Callout (calloutctl token NAME) ; quand une session se termine, reconnectez-vous ici.</translation>
    </message>
    <message>
        <source>Sign-ins to external systems</source>
        <translation>Connexions aux systèmes externes</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>New external authentication</source>
        <translation>Nouvelle authentification externe</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected sign-in</source>
        <translation>Modifier la connexion sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Supprim&amp;er…</translation>
    </message>
    <message>
        <source>Delete the selected named credential</source>
        <translation>Supprimer l&apos;identifiant nommé sélectionné</translation>
    </message>
    <message>
        <source>&amp;Re-authenticate</source>
        <translation>Se &amp;reconnecter</translation>
    </message>
    <message>
        <source>Sign in to the selected external system in your browser</source>
        <translation>Se connecter au système externe sélectionné dans votre navigateur</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out of the selected external system</source>
        <translation>Se déconnecter du système externe sélectionné</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>Dé&amp;tails</translation>
    </message>
    <message>
        <source>Show the details of the selected sign-in</source>
        <translation>Afficher les détails de la connexion sélectionnée</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>No named credentials yet. Add an auth provider and a named credential on their pages, then choose New here to sign in. Or import a configuration with: calloutctl import FILE</source>
        <translation>Aucun identifiant nommé pour l&apos;instant. Ajoutez un fournisseur d&apos;authentification et un identifiant nommé sur leurs pages, puis choisissez Nouveau ici pour vous connecter. Ou importez une configuration avec : calloutctl import FILE</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Impossible de créer le dossier %1 : %2</translation>
    </message>
    <message>
        <source>permission denied or not a folder</source>
        <translation>permission refusée ou pas un dossier</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
</context>
<context>
    <name>ConfigurationPage</name>
    <message>
        <source>Ne&amp;w</source>
        <translation>Nou&amp;veau</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Forget your changes and show what is saved</source>
        <translation>Oublier vos modifications et afficher ce qui est enregistré</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>ExternalAuthenticationDialog</name>
    <message>
        <source>External Authentication</source>
        <translation>Authentification externe</translation>
    </message>
    <message>
        <source>Choose the external system and how you sign in to it.</source>
        <translation>Choisissez le système externe et la façon de vous y connecter.</translation>
    </message>
    <message>
        <source>External System &amp;Definition:</source>
        <translation>&amp;Définition du système externe :</translation>
    </message>
    <message>
        <source>External System Definition (named credential)</source>
        <translation>Définition du système externe (identifiant nommé)</translation>
    </message>
    <message>
        <source>Problem with the named credential</source>
        <translation>Problème avec l&apos;identifiant nommé</translation>
    </message>
    <message>
        <source>Authentication Protocol:</source>
        <translation>Protocole d&apos;authentification :</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>Authentication Protocol</source>
        <translation>Protocole d&apos;authentification</translation>
    </message>
    <message>
        <source>Authentication &amp;Provider:</source>
        <translation>&amp;Fournisseur d&apos;authentification :</translation>
    </message>
    <message>
        <source>Authentication Provider</source>
        <translation>Fournisseur d&apos;authentification</translation>
    </message>
    <message>
        <source>Problem with the authentication provider</source>
        <translation>Problème avec le fournisseur d&apos;authentification</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Portée :</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Problem with the scope</source>
        <translation>Problème avec la portée</translation>
    </message>
    <message>
        <source>Start Authentication &amp;Flow on Save</source>
        <translation>Lancer le processus d&apos;authentification à l&apos;enre&amp;gistrement</translation>
    </message>
    <message>
        <source>Start Authentication Flow on Save</source>
        <translation>Lancer le processus d&apos;authentification à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>&amp;Start Callout in the tray when I log in</source>
        <translation>&amp;Démarrer Callout dans la barre d&apos;état à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Start Callout when I log in</source>
        <translation>Démarrer Callout à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Reminders and refresh</source>
        <translation>Rappels et actualisation</translation>
    </message>
    <message>
        <source>&amp;Later reminds me again after:</source>
        <translation>&amp;Plus tard me le rappelle après :</translation>
    </message>
    <message>
        <source>Reminder snooze in minutes</source>
        <translation>Report du rappel en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Refresh tokens this long before they expire:</source>
        <translation>&amp;Actualiser les jetons ce temps avant leur expiration :</translation>
    </message>
    <message>
        <source>Refresh lead in seconds</source>
        <translation>Avance d&apos;actualisation en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Apply the reminder and refresh settings</source>
        <translation>Appliquer les paramètres de rappel et d&apos;actualisation</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Revert the reminder and refresh settings</source>
        <translation>Annuler les modifications des paramètres de rappel et d&apos;actualisation</translation>
    </message>
    <message>
        <source>Loopback proxy</source>
        <translation>Proxy loopback</translation>
    </message>
    <message>
        <source>Let local programs call &amp;through the proxy on port</source>
        <translation>Permettre aux programmes locaux d&apos;appeler &amp;via le proxy sur le port</translation>
    </message>
    <message>
        <source>Loopback proxy on</source>
        <translation>Proxy loopback activé</translation>
    </message>
    <message>
        <source>Loopback proxy port</source>
        <translation>Port du proxy loopback</translation>
    </message>
    <message>
        <source>any</source>
        <translation>quelconque</translation>
    </message>
    <message>
        <source>Loopback proxy address</source>
        <translation>Adresse du proxy loopback</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Import et export</translation>
    </message>
    <message>
        <source>The same JSON documents as calloutctl import and export. Exports never contain client secrets or tokens.</source>
        <translation>Les mêmes documents JSON que calloutctl import et export. Les exports ne contiennent jamais de secrets client ni de jetons.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a configuration document</source>
        <translation>Importer un document de configuration</translation>
    </message>
    <message>
        <source>&amp;Change existing entries</source>
        <translation>&amp;Modifier les entrées existantes</translation>
    </message>
    <message>
        <source>Let the import change existing entries</source>
        <translation>Permettre à l&apos;import de modifier les entrées existantes</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the configuration</source>
        <translation>Exporter la configuration</translation>
    </message>
    <message>
        <source>Import and export outcome</source>
        <translation>Résultat de l&apos;import ou de l&apos;export</translation>
    </message>
    <message>
        <source>&amp;Warn this long before a service asks me to sign in again:</source>
        <translation>&amp;Avertir aussi longtemps avant qu&apos;un service demande de se reconnecter :</translation>
    </message>
    <message>
        <source>Session end warning in minutes</source>
        <translation>Avertissement de fin de session, en minutes</translation>
    </message>
    <message>
        <source>&amp;Quiet hours, no such warnings:</source>
        <translation>&amp;Heures calmes, sans ces avertissements :</translation>
    </message>
    <message>
        <source>Quiet hours on</source>
        <translation>Heures calmes activées</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures calmes</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures calmes</translation>
    </message>
</context>
<context>
    <name>NamedCredentialEditor</name>
    <message>
        <source>Named Credential</source>
        <translation>Identifiant nommé</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Shown to you; defaults to the name</source>
        <translation>Affiché pour vous ; par défaut le nom</translation>
    </message>
    <message>
        <source>Problem of label</source>
        <translation>Problème de label</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Used by programs: calloutctl token Name</source>
        <translation>Utilisé par les programmes : calloutctl token Name</translation>
    </message>
    <message>
        <source>Problem of name</source>
        <translation>Problème de name</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>U&amp;RL :</translation>
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
        <translation>Problème de url</translation>
    </message>
    <message>
        <source>Auth &amp;Provider:</source>
        <translation>&amp;Fournisseur d&apos;authentification :</translation>
    </message>
    <message>
        <source>Auth Provider</source>
        <translation>Fournisseur d&apos;authentification</translation>
    </message>
    <message>
        <source>Problem of authProvider</source>
        <translation>Problème de authProvider</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>Por&amp;tée :</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Leave empty for the provider&apos;s default scopes</source>
        <translation>Laisser vide pour les portées par défaut du fournisseur</translation>
    </message>
    <message>
        <source>Problem of scopes</source>
        <translation>Problème de scopes</translation>
    </message>
    <message>
        <source>&amp;Generate Authorization Header</source>
        <translation>&amp;Générer l&apos;en-tête Authorization</translation>
    </message>
    <message>
        <source>Generate Authorization Header</source>
        <translation>Générer l&apos;en-tête Authorization</translation>
    </message>
    <message>
        <source>Send &quot;Authorization: Bearer &lt;token&gt;&quot; with every call</source>
        <translation>Envoyer &quot;Authorization: Bearer &lt;token&gt;&quot; avec chaque appel</translation>
    </message>
    <message>
        <source>Problem of generateAuthorizationHeader</source>
        <translation>Problème de generateAuthorizationHeader</translation>
    </message>
    <message>
        <source>Custom &amp;headers:</source>
        <translation>En-têtes &amp;personnalisés :</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>En-têtes personnalisés</translation>
    </message>
    <message>
        <source>Problem of headers</source>
        <translation>Problème de headers</translation>
    </message>
    <message>
        <source>Sessions &amp;end after:</source>
        <translation>Les sessions &amp;finissent après :</translation>
    </message>
    <message>
        <source>Sessions end after this many hours</source>
        <translation>Les sessions finissent après ce nombre d&apos;heures</translation>
    </message>
    <message>
        <source>For a service that asks you to sign in again after a fixed time, whatever the refreshes: Callout warns before. Not set: Callout learns it from the service when it can.</source>
        <translation>Pour un service qui demande de se reconnecter après une durée fixe, quels que soient les renouvellements : Callout avertit avant. Non défini : Callout l&apos;apprend du service quand il le peut.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Problem of the session length</source>
        <translation>Problème de la durée de session</translation>
    </message>
</context>
<context>
    <name>PendingSignInBar</name>
    <message>
        <source>Sign-in in progress</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Copier l&apos;adresse de connexion</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Open the sign-in address in the browser again</source>
        <translation>Rouvrir l&apos;adresse de connexion dans le navigateur</translation>
    </message>
    <message>
        <source>Cancel si&amp;gn-in</source>
        <translation>Annuler la conne&amp;xion</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Auth provider</source>
        <translation>Fournisseur d&apos;authentification</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>En-têtes personnalisés</translation>
    </message>
    <message>
        <source>Generate Authorization Header</source>
        <translation>Générer l&apos;en-tête Authorization</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <source>Revocation URL</source>
        <translation>URL de révocation</translation>
    </message>
    <message>
        <source>User info URL</source>
        <translation>URL des infos utilisateur</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Authentification du client</translation>
    </message>
    <message>
        <source>Default scopes</source>
        <translation>Portées par défaut</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Revocation answered HTTP %1.</source>
        <translation>La révocation a répondu HTTP %1.</translation>
    </message>
</context>
<context>
    <name>ReauthPrompt</name>
    <message>
        <source>Callout — Sign in again</source>
        <translation>Callout — Se reconnecter</translation>
    </message>
    <message>
        <source>&lt;b&gt;These sign-ins need you.&lt;/b&gt; Re-authenticate to continue; waiting calls go on once you are signed in.</source>
        <translation>&lt;b&gt;Ces connexions ont besoin de vous.&lt;/b&gt; Reconnectez-vous pour continuer ; les appels en attente reprennent une fois que vous êtes connecté.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Remind me in 15 minutes</source>
        <translation>Me le rappeler dans 15 minutes</translation>
    </message>
</context>
<context>
    <name>ReauthPromptRow</name>
    <message>
        <source>&amp;Re-authenticate</source>
        <translation>Se &amp;reconnecter</translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer to sign in.</source>
        <translation>Ouvrez cette adresse dans un navigateur sur cet ordinateur pour vous connecter.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Copier l&apos;adresse de connexion</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser again</source>
        <translation>Rouvrir la page de connexion dans le navigateur</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Callout — %1 (tokens)</source>
        <translation>Callout — %1 (jetons)</translation>
    </message>
    <message>
        <source>Callout — %1 (client secret)</source>
        <translation>Callout — %1 (secret client)</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Configuration problems</source>
        <translation>Problèmes de configuration</translation>
    </message>
</context>
<context>
    <name>SignInDetailsPanel</name>
    <message>
        <source>Sign-in details</source>
        <translation>Détails de la connexion</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>&amp;Hide details</source>
        <translation>Masq&amp;uer les détails</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Requested scopes:</source>
        <translation>Portées demandées :</translation>
    </message>
    <message>
        <source>Requested scopes</source>
        <translation>Portées demandées</translation>
    </message>
    <message>
        <source>Granted scopes:</source>
        <translation>Portées accordées :</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Portées accordées</translation>
    </message>
    <message>
        <source>Missing scopes:</source>
        <translation>Portées manquantes :</translation>
    </message>
    <message>
        <source>Missing scopes</source>
        <translation>Portées manquantes</translation>
    </message>
    <message>
        <source>&amp;Re-authenticate to get them</source>
        <translation>Se &amp;reconnecter pour les obtenir</translation>
    </message>
    <message>
        <source>Re-authenticate to get the missing scopes</source>
        <translation>Se reconnecter pour obtenir les portées manquantes</translation>
    </message>
    <message>
        <source>Access token expires:</source>
        <translation>Le jeton d&apos;accès expire :</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>Expiration du jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Last refresh:</source>
        <translation>Dernière actualisation :</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Dernière actualisation</translation>
    </message>
    <message>
        <source>Next refresh:</source>
        <translation>Prochaine actualisation :</translation>
    </message>
    <message>
        <source>Next planned refresh</source>
        <translation>Prochaine actualisation prévue</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Dernière erreur :</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <source>Sign-in history</source>
        <translation>Historique des connexions</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Session ends:</source>
        <translation>Fin de session :</translation>
    </message>
    <message>
        <source>Session ends</source>
        <translation>Fin de session</translation>
    </message>
</context>
<context>
    <name>callout</name>
    <message>
        <source>The path may not contain an encoded slash or backslash (%2F, %5C).</source>
        <translation>Le chemin ne doit pas contenir de barre oblique (inverse) encodée (%2F, %5C).</translation>
    </message>
    <message>
        <source>The path may not contain &quot;.&quot; or &quot;..&quot; segments, in any spelling.</source>
        <translation>Le chemin ne doit pas contenir de segments &quot;.&quot; ou &quot;..&quot;, sous aucune forme.</translation>
    </message>
    <message>
        <source>The path may not contain control characters, encoded or not.</source>
        <translation>Le chemin ne doit pas contenir de caractères de contrôle, encodés ou non.</translation>
    </message>
    <message>
        <source>The address may not contain control characters.</source>
        <translation>L&apos;adresse ne doit pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>The address may not contain a fragment (#).</source>
        <translation>L&apos;adresse ne doit pas contenir de fragment (#).</translation>
    </message>
    <message>
        <source>The path must be relative to the credential&apos;s URL; an absolute URL is not allowed.</source>
        <translation>Le chemin doit être relatif à l&apos;URL de l&apos;identifiant ; une URL absolue n&apos;est pas permise.</translation>
    </message>
    <message>
        <source>The path must start with &quot;/&quot;.</source>
        <translation>Le chemin doit commencer par &quot;/&quot;.</translation>
    </message>
    <message>
        <source>The path may not start with &quot;//&quot;, which would name another host.</source>
        <translation>Le chemin ne doit pas commencer par &quot;//&quot;, qui désignerait un autre hôte.</translation>
    </message>
    <message>
        <source>The path may not contain a backslash.</source>
        <translation>Le chemin ne doit pas contenir de barre oblique inverse.</translation>
    </message>
    <message>
        <source>The address may not contain an encoded NUL character (%00).</source>
        <translation>L&apos;adresse ne doit pas contenir de caractère NUL encodé (%00).</translation>
    </message>
    <message>
        <source>The credential&apos;s URL is not a valid http or https URL.</source>
        <translation>L&apos;URL de l&apos;identifiant n&apos;est pas une URL http ou https valide.</translation>
    </message>
    <message>
        <source>The path leaves the credential&apos;s URL.</source>
        <translation>Le chemin sort de l&apos;URL de l&apos;identifiant.</translation>
    </message>
</context>
<context>
    <name>callout::AgentCallAuthorizer</name>
    <message>
        <source>The callout agent&apos;s answer to authorize was not understood.</source>
        <translation>La réponse de l&apos;agent Callout à authorize n&apos;a pas été comprise.</translation>
    </message>
</context>
<context>
    <name>callout::ApiHandler</name>
    <message>
        <source>A request needs a string method, an id (number or string) and object params.</source>
        <translation>Une requête nécessite une méthode (chaîne), un id (nombre ou chaîne) et des params (objet).</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;.</source>
        <translation>Méthode inconnue &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This method needs params.name.</source>
        <translation>Cette méthode nécessite params.name.</translation>
    </message>
    <message>
        <source>No named credential is called %1.</source>
        <translation>Aucun identifiant nommé ne s&apos;appelle %1.</translation>
    </message>
    <message>
        <source>%1 is disabled until its entry in the configuration file is fixed; its sign-in is kept.</source>
        <translation>%1 est désactivé jusqu&apos;à ce que son entrée dans le fichier de configuration soit corrigée ; sa connexion est conservée.</translation>
    </message>
    <message>
        <source>Disabled: its entry in the configuration file has a problem. Its sign-in is kept and works again once the entry is fixed.</source>
        <translation>Désactivé : son entrée dans le fichier de configuration a un problème. Sa connexion est conservée et fonctionnera de nouveau une fois l&apos;entrée corrigée.</translation>
    </message>
    <message>
        <source>params.document must be an import document (object or string).</source>
        <translation>params.document doit être un document d&apos;import (objet ou chaîne).</translation>
    </message>
    <message>
        <source>params.replace must be true or false.</source>
        <translation>params.replace doit valoir true ou false.</translation>
    </message>
    <message>
        <source>params.timeout must be a whole number of seconds from %1 to %2.</source>
        <translation>params.timeout doit être un nombre entier de secondes entre %1 et %2.</translation>
    </message>
    <message>
        <source>params.token must be a string.</source>
        <translation>params.token doit être une chaîne.</translation>
    </message>
    <message>
        <source>params.wait must be a whole number of seconds from 0 to %1.</source>
        <translation>params.wait doit être un nombre entier de secondes entre 0 et %1.</translation>
    </message>
    <message>
        <source>params.refusedToken must be a string.</source>
        <translation>params.refusedToken doit être une chaîne.</translation>
    </message>
    <message>
        <source>params.arguments must be an array of strings.</source>
        <translation>params.arguments doit être un tableau de chaînes.</translation>
    </message>
    <message>
        <source>This agent has no loopback proxy.</source>
        <translation>Cet agent n&apos;a pas de proxy loopback.</translation>
    </message>
    <message>
        <source>params.action must be on, off or status; params.port (with on) a port from 1 to 65535.</source>
        <translation>params.action doit valoir on, off ou status ; params.port (avec on) un port de 1 à 65535.</translation>
    </message>
</context>
<context>
    <name>callout::AsyncApiClient</name>
    <message>
        <source>The callout agent is not running or closed the connection.</source>
        <translation>L&apos;agent Callout n&apos;est pas lancé ou a fermé la connexion.</translation>
    </message>
</context>
<context>
    <name>callout::AuthProvider</name>
    <message>
        <source>must be a loopback http URL such as http://localhost:1717/OauthRedirect (host 127.0.0.1, ::1 or localhost)</source>
        <translation>doit être une URL http loopback comme http://localhost:1717/OauthRedirect (hôte 127.0.0.1, ::1 ou localhost)</translation>
    </message>
    <message>
        <source>must name a port; leave it empty to use an ephemeral 127.0.0.1 port</source>
        <translation>doit indiquer un port ; laissez vide pour utiliser un port éphémère de 127.0.0.1</translation>
    </message>
    <message>
        <source>must not contain a query or fragment</source>
        <translation>ne doit pas contenir de requête (query) ni de fragment</translation>
    </message>
    <message>
        <source>must not be stored in the configuration file; import it so it goes to the keychain</source>
        <translation>ne doit pas être enregistré dans le fichier de configuration ; importez-le pour qu&apos;il aille dans le trousseau</translation>
    </message>
    <message>
        <source>must be none, post or basic</source>
        <translation>doit valoir none, post ou basic</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>needs an issuer to compare with</source>
        <translation>nécessite un émetteur auquel se comparer</translation>
    </message>
    <message>
        <source>is set by Callout itself and cannot be overridden</source>
        <translation>est défini par Callout lui-même et ne peut pas être remplacé</translation>
    </message>
    <message>
        <source>parameter names must not be empty</source>
        <translation>les noms de paramètre ne doivent pas être vides</translation>
    </message>
    <message>
        <source>is on another server (%1) than the issuer (%2); the client secret and the codes go there: check that it is right</source>
        <translation>est sur un autre serveur (%1) que l&apos;émetteur (%2) ; le secret client et les codes y sont envoyés : vérifiez que c&apos;est correct</translation>
    </message>
</context>
<context>
    <name>callout::AuthProviderEditor</name>
    <message>
        <source>None (public client, PKCE only)</source>
        <translation>Aucune (client public, PKCE seulement)</translation>
    </message>
    <message>
        <source>Secret in the request body (client_secret_post)</source>
        <translation>Secret dans le corps de la requête (client_secret_post)</translation>
    </message>
    <message>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation>HTTP Basic (client_secret_basic)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <source>Revocation URL</source>
        <translation>URL de révocation</translation>
    </message>
    <message>
        <source>User info URL</source>
        <translation>URL des infos utilisateur</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Authentification du client</translation>
    </message>
    <message>
        <source>Default scopes</source>
        <translation>Portées par défaut</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>Stored (hidden). Replace to enter a new one</source>
        <translation>Enregistré (masqué). Remplacez-le pour en saisir un nouveau</translation>
    </message>
    <message>
        <source>Only for confidential clients</source>
        <translation>Uniquement pour les clients confidentiels</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>No client secret is stored.</source>
        <translation>Aucun secret client n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Whether a client secret is stored is unknown: %1</source>
        <translation>On ne sait pas si un secret client est enregistré : %1</translation>
    </message>
    <message>
        <source>The stored client secret is deleted from the keychain on Save.</source>
        <translation>Le secret client enregistré sera supprimé du trousseau à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>A client secret is stored; Save replaces it with the one entered.</source>
        <translation>Un secret client est enregistré ; Enregistrer le remplace par celui saisi.</translation>
    </message>
    <message>
        <source>A client secret is stored in the keychain.</source>
        <translation>Un secret client est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>is given more than once</source>
        <translation>est indiqué plusieurs fois</translation>
    </message>
    <message>
        <source>is empty: enter the new secret, or Revert</source>
        <translation>est vide : saisissez le nouveau secret, ou annulez les modifications</translation>
    </message>
    <message>
        <source>Enter the issuer first.</source>
        <translation>Saisissez d&apos;abord l&apos;émetteur.</translation>
    </message>
    <message>
        <source>Asking %1 for its metadata…</source>
        <translation>Demande des métadonnées à %1…</translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation>Échec de la découverte : %1</translation>
    </message>
    <message>
        <source>Found in the metadata of %1:</source>
        <translation>Trouvé dans les métadonnées de %1 :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 (your entry %3 is kept)</source>
        <translation>%1 : %2 (votre saisie %3 est conservée)</translation>
    </message>
    <message>
        <source>The issuer sends “iss” with its responses; Callout will require it.</source>
        <translation>L&apos;émetteur envoie « iss » avec ses réponses ; Callout l&apos;exigera.</translation>
    </message>
    <message>
        <source>None: enter the fields yourself</source>
        <translation>Aucun : saisir les champs vous-même</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>You type: %1.</source>
        <translation>Vous saisissez : %1.</translation>
    </message>
    <message>
        <source>Redirect: %1</source>
        <translation>Redirection : %1</translation>
    </message>
    <message>
        <source>Refresh: %1</source>
        <translation>Actualisation : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
</context>
<context>
    <name>callout::AuthProvidersPage</name>
    <message>
        <source>Auth. Providers</source>
        <translation>Fournisseurs d&apos;authentification</translation>
    </message>
    <message>
        <source>Auth. Provider: %1</source>
        <translation>Fournisseur d&apos;authentification : %1</translation>
    </message>
    <message>
        <source>New Auth. Provider</source>
        <translation>Nouveau fournisseur d&apos;authentification</translation>
    </message>
</context>
<context>
    <name>callout::AuthenticationSettingsPage</name>
    <message>
        <source>Fix this entry in callout.json first.</source>
        <translation>Corrigez d&apos;abord cette entrée dans callout.json.</translation>
    </message>
    <message>
        <source>&amp;Re-authenticate</source>
        <translation>Se &amp;reconnecter</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Saved the authentication settings of %1.</source>
        <translation>Paramètres d&apos;authentification de %1 enregistrés.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1 ?</translation>
    </message>
    <message>
        <source>Delete the named credential %1? Its sign-in and tokens are deleted too, and programs that use it can no longer call %1.</source>
        <translation>Supprimer l&apos;identifiant nommé %1 ? Sa connexion et ses jetons sont aussi supprimés, et les programmes qui l&apos;utilisent ne pourront plus appeler %1.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 n&apos;a pas été supprimé : %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
    <message>
        <source>Signing out of %1 failed: %2</source>
        <translation>La déconnexion de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Sign-in to %1 did not complete: %2</source>
        <translation>La connexion à %1 n&apos;a pas abouti : %2</translation>
    </message>
</context>
<context>
    <name>callout::CalloutAddress</name>
    <message>
        <source>A callout address starts with &quot;callout:&quot; (callout:NAME/PATH).</source>
        <translation>Une adresse callout commence par &quot;callout:&quot; (callout:NAME/PATH).</translation>
    </message>
    <message>
        <source>The address names no credential (callout:NAME/PATH).</source>
        <translation>L&apos;adresse ne désigne aucun identifiant (callout:NAME/PATH).</translation>
    </message>
    <message>
        <source>A credential&apos;s name starts with a letter and holds only letters, digits and &quot;_&quot; (at most 80 characters).</source>
        <translation>Le nom d&apos;un identifiant commence par une lettre et ne contient que des lettres, des chiffres et &quot;_&quot; (80 caractères au plus).</translation>
    </message>
</context>
<context>
    <name>callout::CalloutProxy</name>
    <message>
        <source>The proxy could not listen on 127.0.0.1 port %1: %2</source>
        <translation>Le proxy n&apos;a pas pu écouter sur 127.0.0.1 port %1 : %2</translation>
    </message>
</context>
<context>
    <name>callout::CalloutReply</name>
    <message>
        <source>The request has no HTTP method.</source>
        <translation>La requête n&apos;a pas de méthode HTTP.</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Opération annulée</translation>
    </message>
</context>
<context>
    <name>callout::ConfigImport</name>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already; import with --replace to change it</source>
        <translation>&quot;%1&quot; existe déjà ; importez avec --replace pour le modifier</translation>
    </message>
    <message>
        <source>The import document is not valid JSON: %1.</source>
        <translation>Le document d&apos;import n&apos;est pas du JSON valide : %1.</translation>
    </message>
    <message>
        <source>The import document must be a JSON object.</source>
        <translation>Le document d&apos;import doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The import document has version %1; this Callout reads version %2 and older.</source>
        <translation>Le document d&apos;import est en version %1 ; ce Callout lit la version %2 et les précédentes.</translation>
    </message>
    <message numerus="yes">
        <source>The import was refused, nothing was changed: %n problem(s).</source>
        <translation>
            <numerusform>L&apos;import a été refusé, rien n&apos;a été modifié : %n problème.</numerusform>
            <numerusform>L&apos;import a été refusé, rien n&apos;a été modifié : %n problèmes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callout::ConfigStore</name>
    <message>
        <source>must be 1</source>
        <translation>doit valoir 1</translation>
    </message>
    <message>
        <source>its auth provider %1 has a problem and cannot be used</source>
        <translation>son fournisseur d&apos;authentification %1 a un problème et ne peut pas être utilisé</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); Callout will not write over it. Fix it in an editor (Callout reads it again when it is saved), then try again.</source>
        <translation>
            <numerusform>%1 a %n problème ; Callout ne l&apos;écrasera pas. Corrigez-le dans un éditeur (Callout le relit quand il est enregistré), puis réessayez.</numerusform>
            <numerusform>%1 a %n problèmes ; Callout ne l&apos;écrasera pas. Corrigez-le dans un éditeur (Callout le relit quand il est enregistré), puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed on disk and has not been read again yet; Callout will not write over it. Try again in a moment.</source>
        <translation>%1 a été modifié sur le disque et n&apos;a pas encore été relu ; Callout ne l&apos;écrasera pas. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>callout::Configuration</name>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used more than once</source>
        <translation>&quot;%1&quot; est utilisé plusieurs fois</translation>
    </message>
    <message>
        <source>no auth provider is named &quot;%1&quot;</source>
        <translation>aucun fournisseur d&apos;authentification ne s&apos;appelle &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>callout::ConfigurationEdit</name>
    <message>
        <source>The auth provider %1 was deleted meanwhile.</source>
        <translation>Le fournisseur d&apos;authentification %1 a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>The client secret of %1 was deleted.</source>
        <translation>Le secret client de %1 a été supprimé.</translation>
    </message>
    <message>
        <source>no client secret will be stored, but client authentication %1 sends one</source>
        <translation>aucun secret client ne sera enregistré, mais l&apos;authentification du client %1 en envoie un</translation>
    </message>
    <message>
        <source>The named credential %1 was deleted meanwhile.</source>
        <translation>L&apos;identifiant nommé %1 a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>The auth provider was deleted meanwhile.</source>
        <translation>Le fournisseur d&apos;authentification a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>%1 is used by %2: change or delete them first.</source>
        <translation>%1 est utilisé par %2 : modifiez-les ou supprimez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>The client secret of %1 was deleted with it.</source>
        <translation>Le secret client de %1 a été supprimé avec lui.</translation>
    </message>
    <message>
        <source>The named credential was deleted meanwhile.</source>
        <translation>L&apos;identifiant nommé a été supprimé entre-temps.</translation>
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
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Supprimer l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save or revert your changes first.</source>
        <translation>Enregistrez ou annulez d&apos;abord vos modifications.</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Enregistrer quand même ?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>Delete %1? What Callout keeps for it in the keychain is deleted too. This cannot be undone.</source>
        <translation>Supprimer %1 ? Ce que Callout conserve pour lui dans le trousseau est aussi supprimé. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 n&apos;a pas été supprimé : %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>These named credentials lose their tokens and will need a new sign-in:</source>
        <translation>Ces identifiants nommés perdent leurs jetons et nécessiteront une nouvelle connexion :</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1 : %2</translation>
    </message>
    <message>
        <source>The stored client secret of %1 is deleted (%2) unless you enter a new one in Client Secret.</source>
        <translation>Le secret client enregistré de %1 est supprimé (%2), sauf si vous en saisissez un nouveau dans Secret client.</translation>
    </message>
    <message>
        <source>Sign-ins will be discarded</source>
        <translation>Des connexions seront abandonnées</translation>
    </message>
    <message>
        <source>%1 was deleted meanwhile (by calloutctl or an edit of callout.json).</source>
        <translation>%1 a été supprimé entre-temps (par calloutctl ou une modification de callout.json).</translation>
    </message>
    <message>
        <source>%1 was deleted meanwhile (by calloutctl or an edit of callout.json). Your edit is kept: Save adds it again.</source>
        <translation>%1 a été supprimé entre-temps (par calloutctl ou une modification de callout.json). Votre modification est conservée : Enregistrer l&apos;ajoute de nouveau.</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile; the editor shows the new version.</source>
        <translation>%1 a été modifié entre-temps ; l&apos;éditeur affiche la nouvelle version.</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile (by calloutctl or an edit of callout.json). Your edit is kept: Save replaces that change, Revert shows it.</source>
        <translation>%1 a été modifié entre-temps (par calloutctl ou une modification de callout.json). Votre modification est conservée : Enregistrer remplace ce changement, Annuler l&apos;affiche.</translation>
    </message>
</context>
<context>
    <name>callout::CoreCallAuthorizer</name>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is disabled until its entry in the configuration file is fixed; its sign-in is kept.</source>
        <translation>%1 est désactivé jusqu&apos;à ce que son entrée dans le fichier de configuration soit corrigée ; sa connexion est conservée.</translation>
    </message>
    <message>
        <source>No named credential is called %1.</source>
        <translation>Aucun identifiant nommé ne s&apos;appelle %1.</translation>
    </message>
    <message>
        <source>%1 was not signed in again within %2, so the call was not made. Click Re-authenticate in Callout&apos;s prompt or tray menu, then try again.</source>
        <translation>%1 n&apos;a pas été reconnecté dans les %2, l&apos;appel n&apos;a donc pas été effectué. Cliquez sur Se reconnecter dans l&apos;invite ou le menu de la barre d&apos;état de Callout, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 needs you to sign in again: click Re-authenticate in Callout&apos;s prompt or tray menu. The call waits up to %2.</source>
        <translation>%1 nécessite que vous vous reconnectiez : cliquez sur Se reconnecter dans l&apos;invite ou le menu de la barre d&apos;état de Callout. L&apos;appel attend jusqu&apos;à %2.</translation>
    </message>
</context>
<context>
    <name>callout::CredentialCatalog</name>
    <message>
        <source>Tokens of %1 were discarded: its auth provider or URL was changed in %2.</source>
        <translation>Les jetons de %1 ont été abandonnés : son fournisseur d&apos;authentification ou son URL a été modifié dans %2.</translation>
    </message>
    <message>
        <source>The entry has problems; nothing was saved.</source>
        <translation>L&apos;entrée a des problèmes ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The configuration changed meanwhile: review the entry and save again.</source>
        <translation>La configuration a changé entre-temps : vérifiez l&apos;entrée et enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>%1 has problems; fix them in the file first, Callout does not write over it.</source>
        <translation>%1 a des problèmes ; corrigez-les d&apos;abord dans le fichier, Callout ne l&apos;écrase pas.</translation>
    </message>
    <message>
        <source>No named credential is called %1.</source>
        <translation>Aucun identifiant nommé ne s&apos;appelle %1.</translation>
    </message>
    <message>
        <source>No auth provider is called %1.</source>
        <translation>Aucun fournisseur d&apos;authentification ne s&apos;appelle %1.</translation>
    </message>
    <message>
        <source>No named credential has that id.</source>
        <translation>Aucun identifiant nommé n&apos;a cet id.</translation>
    </message>
    <message>
        <source>A credential cannot go from %1 to %2.</source>
        <translation>Un identifiant ne peut pas passer de %1 à %2.</translation>
    </message>
</context>
<context>
    <name>callout::CredentialTableModel</name>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign-in required — Re-authenticate</source>
        <translation>Connexion requise — Se reconnecter</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Needs fixing: %1</source>
        <translation>À corriger : %1</translation>
    </message>
    <message>
        <source>Named Credential</source>
        <translation>Identifiant nommé</translation>
    </message>
    <message>
        <source>Auth Provider</source>
        <translation>Fournisseur d&apos;authentification</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Dernière actualisation</translation>
    </message>
</context>
<context>
    <name>callout::ExternalAuthenticationDialog</name>
    <message>
        <source>Edit External Authentication</source>
        <translation>Modifier l&apos;authentification externe</translation>
    </message>
    <message>
        <source>New External Authentication</source>
        <translation>Nouvelle authentification externe</translation>
    </message>
    <message>
        <source>Choose a named credential</source>
        <translation>Choisir un identifiant nommé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New named credential…</source>
        <translation>Nouvel identifiant nommé…</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>The provider&apos;s default scopes</source>
        <translation>Les portées par défaut du fournisseur</translation>
    </message>
    <message>
        <source>This named credential was deleted meanwhile.</source>
        <translation>Cet identifiant nommé a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>Choose the named credential to sign in to.</source>
        <translation>Choisissez l&apos;identifiant nommé auquel vous connecter.</translation>
    </message>
    <message>
        <source>Sign out on Save?</source>
        <translation>Se déconnecter à l&apos;enregistrement ?</translation>
    </message>
    <message>
        <source>Saving this change signs you out of %1: the tokens are deleted and a new sign-in is needed.</source>
        <translation>Enregistrer cette modification vous déconnecte de %1 : les jetons sont supprimés et une nouvelle connexion est nécessaire.</translation>
    </message>
</context>
<context>
    <name>callout::FieldProblems</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 « %2 » : %3</translation>
    </message>
</context>
<context>
    <name>callout::FreedesktopNotifications</name>
    <message>
        <source>Re-authenticate</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Re-authenticate %1</source>
        <translation>Se reconnecter à %1</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-ins need you</source>
        <translation>
            <numerusform>%n connexion a besoin de vous</numerusform>
            <numerusform>%n connexions ont besoin de vous</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Sign in now</source>
        <translation>Se connecter maintenant</translation>
    </message>
    <message>
        <source>Sign in now to %1</source>
        <translation>Se connecter maintenant à %1</translation>
    </message>
    <message>
        <source>Sign in again soon</source>
        <translation>Se reconnecter bientôt</translation>
    </message>
</context>
<context>
    <name>callout::GeneralPage</name>
    <message>
        <source>JSON documents (*.json);;All files (*)</source>
        <translation>Documents JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a configuration</source>
        <translation>Importer une configuration</translation>
    </message>
    <message>
        <source>Export the configuration</source>
        <translation>Exporter la configuration</translation>
    </message>
    <message>
        <source>The document has no entries: nothing was imported.</source>
        <translation>Le document n&apos;a aucune entrée : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Nothing changed: everything in the document is already here.</source>
        <translation>Rien n&apos;a changé : tout le contenu du document est déjà présent.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Ajoutés : %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modifiés : %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Inchangés : %1</translation>
    </message>
    <message>
        <source>One sign-in must be done again.</source>
        <translation>Une connexion doit être refaite.</translation>
    </message>
    <message>
        <source>%1 sign-ins must be done again.</source>
        <translation>%1 connexions doivent être refaites.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Programs send requests to %1/NAME/PATH with the header Proxy-Authorization: Bearer and the secret in %2 (calloutctl proxy-env prints both).</source>
        <translation>Les programmes envoient leurs requêtes à %1/NAME/PATH avec l&apos;en-tête Proxy-Authorization: Bearer et le secret de %2 (calloutctl proxy-env affiche les deux).</translation>
    </message>
    <message>
        <source>Off: programs can call through Callout with calloutctl call or the Qt client library.</source>
        <translation>Désactivé : les programmes peuvent appeler via Callout avec calloutctl call ou la bibliothèque cliente Qt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n&apos;a pas été importé : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exported to %1 (without client secrets).</source>
        <translation>Exporté vers %1 (sans les secrets client).</translation>
    </message>
</context>
<context>
    <name>callout::JsonFile</name>
    <message>
        <source>the document is not a JSON object</source>
        <translation>le document n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>Could not move %1 aside to %2.</source>
        <translation>Impossible de mettre %1 de côté sous %2.</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2.</source>
        <translation>Impossible de copier %1 vers %2.</translation>
    </message>
</context>
<context>
    <name>callout::JsonPosition</name>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 à la ligne %2, colonne %3</translation>
    </message>
</context>
<context>
    <name>callout::KeyValueTable</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Names and values</source>
        <translation>Noms et valeurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Retirer la ligne sélectionnée</translation>
    </message>
</context>
<context>
    <name>callout::KeychainErrors</name>
    <message>
        <source>No Secret Service found: install and unlock gnome-keyring or KWallet, then try again.</source>
        <translation>Aucun Secret Service trouvé : installez et déverrouillez gnome-keyring ou KWallet, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access: unlock it (for example by logging in to your desktop session) and try again.</source>
        <translation>Le trousseau est verrouillé ou a refusé l&apos;accès : déverrouillez-le (par exemple en ouvrant votre session de bureau) et réessayez.</translation>
    </message>
    <message>
        <source>The keychain has no such item.</source>
        <translation>Le trousseau n&apos;a pas cet élément.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Échec du trousseau : %1</translation>
    </message>
</context>
<context>
    <name>callout::LocalApiServer</name>
    <message>
        <source>Could not create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>%1 must belong to you and be closed to others (0700); Callout will not use it.</source>
        <translation>%1 doit vous appartenir et être fermé aux autres (0700) ; Callout ne l&apos;utilisera pas.</translation>
    </message>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation>Impossible d&apos;écouter sur %1 : %2</translation>
    </message>
    <message>
        <source>Too many connections at once; try again later.</source>
        <translation>Trop de connexions à la fois ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>A message may be at most 1 MiB long.</source>
        <translation>Un message ne peut dépasser 1 Mio.</translation>
    </message>
    <message>
        <source>Each line must be a JSON object.</source>
        <translation>Chaque ligne doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Too many requests at once.</source>
        <translation>Trop de requêtes à la fois.</translation>
    </message>
</context>
<context>
    <name>callout::LoopbackListener</name>
    <message>
        <source>Could not listen for the sign-in redirect on %1 port %2: %3</source>
        <translation>Impossible d&apos;attendre la redirection de connexion sur %1 port %2 : %3</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Requête trop volumineuse</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête invalide</translation>
    </message>
    <message>
        <source>Opening the sign-in page</source>
        <translation>Ouverture de la page de connexion</translation>
    </message>
    <message>
        <source>This sign-in link is not valid</source>
        <translation>Ce lien de connexion n&apos;est pas valide</translation>
    </message>
    <message>
        <source>It does not belong to the sign-in in progress, or it was used already. Start the sign-in again from Callout.</source>
        <translation>Il n&apos;appartient pas à la connexion en cours, ou il a déjà été utilisé. Relancez la connexion depuis Callout.</translation>
    </message>
    <message>
        <source>The sign-in answer came from another authorization server (iss %1, expected %2); it was refused.</source>
        <translation>La réponse de connexion provient d&apos;un autre serveur d&apos;autorisation (iss %1, attendu %2) ; elle a été refusée.</translation>
    </message>
    <message>
        <source>The sign-in answer does not name its authorization server (iss), which this provider requires; it was refused.</source>
        <translation>La réponse de connexion ne nomme pas son serveur d&apos;autorisation (iss), ce que ce fournisseur exige ; elle a été refusée.</translation>
    </message>
    <message>
        <source>The sign-in answer carries no authorization code.</source>
        <translation>La réponse de connexion ne contient aucun code d&apos;autorisation.</translation>
    </message>
</context>
<context>
    <name>callout::NamedCredential</name>
    <message>
        <source>must not contain a query; add it to each call instead</source>
        <translation>ne doit pas contenir de requête (query) ; ajoutez-la plutôt à chaque appel</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is not a valid HTTP header name</source>
        <translation>n&apos;est pas un nom d&apos;en-tête HTTP valide</translation>
    </message>
    <message>
        <source>must not contain line breaks</source>
        <translation>ne doit pas contenir de sauts de ligne</translation>
    </message>
    <message>
        <source>must not contain control characters (tab is allowed)</source>
        <translation>ne doit pas contenir de caractères de contrôle (la tabulation est permise)</translation>
    </message>
    <message>
        <source>conflicts with generateAuthorizationHeader; set that to false to send your own</source>
        <translation>entre en conflit avec generateAuthorizationHeader ; mettez-le à false pour envoyer le vôtre</translation>
    </message>
    <message>
        <source>must be a whole number of hours from 1 to %1</source>
        <translation>doit être un nombre entier d&apos;heures de 1 à %1</translation>
    </message>
</context>
<context>
    <name>callout::NamedCredentialEditor</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Insert &amp;token field</source>
        <translation>Insérer le champ du &amp;jeton</translation>
    </message>
    <message>
        <source>Insert token field</source>
        <translation>Insérer le champ du jeton</translation>
    </message>
    <message>
        <source>Insert %1: replaced by the access token in each call</source>
        <translation>Insérer %1 : remplacé par le jeton d&apos;accès à chaque appel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Auth Provider</source>
        <translation>Fournisseur d&apos;authentification</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Generate Authorization Header</source>
        <translation>Générer l&apos;en-tête Authorization</translation>
    </message>
    <message>
        <source>Choose an auth provider…</source>
        <translation>Choisir un fournisseur d&apos;authentification…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>is given more than once</source>
        <translation>est indiqué plusieurs fois</translation>
    </message>
    <message>
        <source>Sessions end after</source>
        <translation>Les sessions finissent après</translation>
    </message>
</context>
<context>
    <name>callout::NamedCredentialsPage</name>
    <message>
        <source>Named Credentials</source>
        <translation>Identifiants nommés</translation>
    </message>
    <message>
        <source>Named Credential: %1</source>
        <translation>Identifiant nommé : %1</translation>
    </message>
    <message>
        <source>New Named Credential</source>
        <translation>Nouvel identifiant nommé</translation>
    </message>
</context>
<context>
    <name>callout::OAuthErrors</name>
    <message>
        <source>The service ended the session (%1). Sign in again.</source>
        <translation>Le service a mis fin à la session (%1). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Access was denied (%1).</source>
        <translation>L&apos;accès a été refusé (%1).</translation>
    </message>
    <message>
        <source>The authorization server refused the client (%1): check the auth provider&apos;s client id, secret, client authentication, scopes and redirect URI.</source>
        <translation>Le serveur d&apos;autorisation a refusé le client (%1) : vérifiez l&apos;ID client, le secret, l&apos;authentification du client, les portées et l&apos;URI de redirection du fournisseur d&apos;authentification.</translation>
    </message>
    <message>
        <source>The authorization server is temporarily unavailable (%1).</source>
        <translation>Le serveur d&apos;autorisation est temporairement indisponible (%1).</translation>
    </message>
    <message>
        <source>The authorization server answered with an error (%1).</source>
        <translation>Le serveur d&apos;autorisation a répondu par une erreur (%1).</translation>
    </message>
    <message>
        <source>Could not reach the token endpoint: %1</source>
        <translation>Impossible de joindre le point de terminaison du jeton : %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>The token endpoint answered with a redirect (HTTP %1). Callout never follows a redirect with credentials; check the auth provider&apos;s token URL.</source>
        <translation>Le point de terminaison du jeton a répondu par une redirection (HTTP %1). Callout ne suit jamais une redirection avec des identifiants ; vérifiez l&apos;URL du jeton du fournisseur d&apos;authentification.</translation>
    </message>
    <message>
        <source>The token endpoint is unavailable (HTTP %1). Callout will try again.</source>
        <translation>Le point de terminaison du jeton est indisponible (HTTP %1). Callout réessaiera.</translation>
    </message>
    <message>
        <source>The token endpoint refused the client&apos;s credentials (HTTP 401): check the auth provider&apos;s client id, secret and client authentication.</source>
        <translation>Le point de terminaison du jeton a refusé les identifiants du client (HTTP 401) : vérifiez l&apos;ID client, le secret et l&apos;authentification du client du fournisseur d&apos;authentification.</translation>
    </message>
    <message>
        <source>The token endpoint refused the request (HTTP %1).</source>
        <translation>Le point de terminaison du jeton a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer is neither JSON nor form-encoded.</source>
        <translation>La réponse du point de terminaison du jeton n&apos;est ni du JSON ni un formulaire encodé.</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer has no access token.</source>
        <translation>La réponse du point de terminaison du jeton ne contient pas de jeton d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>callout::PendingSignInBar</name>
    <message>
        <source>Continue in your browser to sign in to %1… If no browser page opened, open this address in a browser on this computer:</source>
        <translation>Poursuivez dans votre navigateur pour vous connecter à %1… Si aucune page ne s&apos;est ouverte, ouvrez cette adresse dans un navigateur sur cet ordinateur :</translation>
    </message>
    <message>
        <source>No browser could be opened. To sign in to %1, open this address in a browser on this computer:</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Pour vous connecter à %1, ouvrez cette adresse dans un navigateur sur cet ordinateur :</translation>
    </message>
</context>
<context>
    <name>callout::PreferencesStore</name>
    <message>
        <source>must be between %1 and %2</source>
        <translation>doit être entre %1 et %2</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a port number from 0 to 65535</source>
        <translation>doit être un numéro de port de 0 à 65535</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); the default preferences are used.</source>
        <translation>%1 n&apos;a pas pu être lu (%2) ; les préférences par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>must be a time of day written HH:mm</source>
        <translation>doit être une heure écrite HH:mm</translation>
    </message>
    <message>
        <source>quiet hours need both a start and an end</source>
        <translation>les heures calmes demandent un début et une fin</translation>
    </message>
</context>
<context>
    <name>callout::ProviderDiscovery</name>
    <message>
        <source>Discovery needs an https issuer URL.</source>
        <translation>La découverte nécessite une URL d&apos;émetteur https.</translation>
    </message>
    <message>
        <source>No metadata at %1 (%2).</source>
        <translation>Aucune métadonnée à %1 (%2).</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata is not a JSON object.</source>
        <translation>Les métadonnées de l&apos;émetteur ne sont pas un objet JSON.</translation>
    </message>
    <message>
        <source>The metadata names the issuer &quot;%1&quot;, not &quot;%2&quot;; it was refused.</source>
        <translation>Les métadonnées nomment l&apos;émetteur &quot;%1&quot;, et non &quot;%2&quot; ; elles ont été refusées.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata has no usable authorization and token endpoints.</source>
        <translation>Les métadonnées de l&apos;émetteur n&apos;ont pas de points de terminaison d&apos;autorisation et de jeton utilisables.</translation>
    </message>
</context>
<context>
    <name>callout::ProviderPreset</name>
    <message>
        <source>must be an absolute https URL such as https://gitlab.example.com</source>
        <translation>doit être une URL https absolue, par exemple https://gitlab.example.com</translation>
    </message>
    <message>
        <source>must not contain a user name, a query (?) or a fragment (#)</source>
        <translation>ne doit contenir ni nom d&apos;utilisateur, ni requête (?), ni fragment (#)</translation>
    </message>
    <message>
        <source>must not contain . or .. path segments</source>
        <translation>ne doit pas contenir de segments de chemin . ou ..</translation>
    </message>
    <message numerus="yes">
        <source>The preset %1 needs other answers: %n problem(s).</source>
        <translation>
            <numerusform>Le modèle %1 demande d&apos;autres réponses : %n problème.</numerusform>
            <numerusform>Le modèle %1 demande d&apos;autres réponses : %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be the client id the service showed, without spaces</source>
        <translation>doit être l&apos;ID client affiché par le service, sans espaces</translation>
    </message>
    <message>
        <source>must be the client secret the service showed, on one line</source>
        <translation>doit être le secret client affiché par le service, sur une ligne</translation>
    </message>
    <message>
        <source>must be only the name in front of the service&apos;s domain (letters, digits, - and .), not a URL</source>
        <translation>doit être seulement le nom devant le domaine du service (lettres, chiffres, - et .), pas une URL</translation>
    </message>
    <message>
        <source>must be a name or id of letters, digits, -, _ and . (no / and no ..)</source>
        <translation>doit être un nom ou un identifiant fait de lettres, chiffres, -, _ et . (ni / ni ..)</translation>
    </message>
    <message>
        <source>is not used: this preset is for a public client (PKCE, no secret)</source>
        <translation>n&apos;est pas utilisé : ce modèle est pour un client public (PKCE, sans secret)</translation>
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
        <translation>URL GitLab</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire (tenant)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
</context>
<context>
    <name>callout::ProxyConnection</name>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Le corps de la requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are too large.</source>
        <translation>Les en-têtes de la requête sont trop volumineux.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>La requête n&apos;est pas du HTTP/1.1 valide.</translation>
    </message>
</context>
<context>
    <name>callout::ProxyRequestRules</name>
    <message>
        <source>CONNECT is not supported: this is not a general proxy. Send requests to http://127.0.0.1:%1/callout/NAME/PATH.</source>
        <translation>CONNECT n&apos;est pas pris en charge : ceci n&apos;est pas un proxy généraliste. Envoyez les requêtes à http://127.0.0.1:%1/callout/NAME/PATH.</translation>
    </message>
    <message>
        <source>Only paths are accepted (/callout/NAME/PATH), not absolute URLs: this is not a general proxy; do not set HTTP_PROXY to it.</source>
        <translation>Seuls les chemins sont acceptés (/callout/NAME/PATH), pas les URL absolues : ceci n&apos;est pas un proxy généraliste ; n&apos;y faites pas pointer HTTP_PROXY.</translation>
    </message>
    <message>
        <source>More than one Host header.</source>
        <translation>Plus d&apos;un en-tête Host.</translation>
    </message>
    <message>
        <source>The Host header must be 127.0.0.1:%1, localhost:%1 or [::1]:%1.</source>
        <translation>L&apos;en-tête Host doit être 127.0.0.1:%1, localhost:%1 ou [::1]:%1.</translation>
    </message>
    <message>
        <source>Requests from web pages are refused.</source>
        <translation>Les requêtes provenant de pages web sont refusées.</translation>
    </message>
    <message>
        <source>Every request needs the header Proxy-Authorization: Bearer &lt;secret&gt;; `calloutctl proxy-env` prints the secret.</source>
        <translation>Chaque requête nécessite l&apos;en-tête Proxy-Authorization: Bearer &lt;secret&gt; ; `calloutctl proxy-env` affiche le secret.</translation>
    </message>
    <message>
        <source>TRACE is not forwarded.</source>
        <translation>TRACE n&apos;est pas transmis.</translation>
    </message>
    <message>
        <source>Not found: requests go to /callout/NAME/PATH.</source>
        <translation>Introuvable : les requêtes vont à /callout/NAME/PATH.</translation>
    </message>
    <message>
        <source>The path may not leave the credential&apos;s URL (no .., encoded slashes or backslashes).</source>
        <translation>Le chemin ne doit pas sortir de l&apos;URL de l&apos;identifiant (pas de .., de barres obliques encodées ni de barres obliques inverses).</translation>
    </message>
    <message>
        <source>Callout-Wait takes whole seconds from 0 to %1.</source>
        <translation>Callout-Wait prend un nombre entier de secondes de 0 à %1.</translation>
    </message>
</context>
<context>
    <name>callout::ProxySecretFile</name>
    <message>
        <source>Could not write the proxy&apos;s secret to %1: %2</source>
        <translation>Impossible d&apos;écrire le secret du proxy dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>callout::ReauthPrompt</name>
    <message>
        <source>Remind me in a minute</source>
        <translation>Me le rappeler dans une minute</translation>
    </message>
    <message>
        <source>Remind me in %1 minutes</source>
        <translation>Me le rappeler dans %1 minutes</translation>
    </message>
    <message>
        <source>%1: a program wants to use it, and you have not signed in yet. Sign in to continue.</source>
        <translation>%1 : un programme veut l&apos;utiliser et vous ne vous êtes pas encore connecté. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>%1: the service ended your session. Sign in again to continue.</source>
        <translation>%1 : le service a mis fin à votre session. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;These sign-ins need you.&lt;/b&gt; Re-authenticate to continue; programs waiting for a sign-in go on once you are signed in.</source>
        <translation>&lt;b&gt;Ces connexions ont besoin de vous.&lt;/b&gt; Reconnectez-vous pour continuer ; les programmes qui attendent une connexion reprennent une fois que vous êtes connecté.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Finish signing in in your browser.&lt;/b&gt; Programs waiting for the sign-in go on once you are signed in.</source>
        <translation>&lt;b&gt;Terminez la connexion dans votre navigateur.&lt;/b&gt; Les programmes qui attendent la connexion reprennent une fois que vous êtes connecté.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; Programs waiting for the sign-in go on.</source>
        <translation>&lt;b&gt;Terminé.&lt;/b&gt; Les programmes qui attendaient la connexion reprennent.</translation>
    </message>
</context>
<context>
    <name>callout::ReauthPromptRow</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Re-authenticate</source>
        <translation>Se &amp;reconnecter</translation>
    </message>
    <message>
        <source>Try again to sign in to %1</source>
        <translation>Réessayer de se connecter à %1</translation>
    </message>
    <message>
        <source>Re-authenticate %1</source>
        <translation>Se reconnecter à %1</translation>
    </message>
    <message>
        <source>%1: opening your browser…</source>
        <translation>%1 : ouverture de votre navigateur…</translation>
    </message>
    <message>
        <source>%1: continue in your browser… Callout waits for the sign-in to finish.</source>
        <translation>%1 : poursuivez dans votre navigateur… Callout attend la fin de la connexion.</translation>
    </message>
    <message>
        <source>%1: no browser could be opened. Open this address in a browser on this computer:</source>
        <translation>%1 : aucun navigateur n&apos;a pu être ouvert. Ouvrez cette adresse dans un navigateur sur cet ordinateur :</translation>
    </message>
    <message>
        <source>%1: the sign-in did not complete: %2</source>
        <translation>%1 : la connexion n&apos;a pas abouti : %2</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>A call is waiting: it goes on once you are signed in.</source>
        <translation>Un appel attend : il reprend une fois que vous êtes connecté.</translation>
    </message>
    <message numerus="yes">
        <source>%n calls are waiting: they go on once you are signed in.</source>
        <translation>
            <numerusform>%n appel attend : il reprend une fois que vous êtes connecté.</numerusform>
            <numerusform>%n appels attendent : ils reprennent une fois que vous êtes connecté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callout::SettingsWindow</name>
    <message>
        <source>Auth provider %1: %2</source>
        <translation>Fournisseur d&apos;authentification %1 : %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Authentication Settings for External Systems</source>
        <translation>Paramètres d&apos;authentification des systèmes externes</translation>
    </message>
    <message>
        <source>Named Credentials</source>
        <translation>Identifiants nommés</translation>
    </message>
    <message>
        <source>Auth. Providers</source>
        <translation>Fournisseurs d&apos;authentification</translation>
    </message>
    <message>
        <source>%1 needs fixing: %2</source>
        <translation>%1 est à corriger : %2</translation>
    </message>
    <message>
        <source>Some of your configuration cannot be used until it is fixed in %1 (Callout reads the file again when it is saved):</source>
        <translation>Une partie de votre configuration est inutilisable tant qu&apos;elle n&apos;est pas corrigée dans %1 (Callout relit le fichier quand il est enregistré) :</translation>
    </message>
</context>
<context>
    <name>callout::SignInAttempt</name>
    <message>
        <source>Nobody came back from the browser within 1 minute; the sign-in was stopped.</source>
        <translation>Personne n&apos;est revenu du navigateur en 1 minute ; la connexion a été arrêtée.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody came back from the browser within %n minutes; the sign-in was stopped.</source>
        <translation>
            <numerusform>Personne n&apos;est revenu du navigateur en %n minute ; la connexion a été arrêtée.</numerusform>
            <numerusform>Personne n&apos;est revenu du navigateur en %n minutes ; la connexion a été arrêtée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody came back from the browser within 1 second; the sign-in was stopped.</source>
        <translation>Personne n&apos;est revenu du navigateur en 1 seconde ; la connexion a été arrêtée.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody came back from the browser within %n seconds; the sign-in was stopped.</source>
        <translation>
            <numerusform>Personne n&apos;est revenu du navigateur en %n seconde ; la connexion a été arrêtée.</numerusform>
            <numerusform>Personne n&apos;est revenu du navigateur en %n secondes ; la connexion a été arrêtée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>You are signed in to %1</source>
        <translation>Vous êtes connecté à %1</translation>
    </message>
    <message>
        <source>You can close this tab and go back to your work. Callout keeps %1 signed in.</source>
        <translation>Vous pouvez fermer cet onglet et reprendre votre travail. Callout garde %1 connecté.</translation>
    </message>
    <message>
        <source>Sign-in to %1 did not complete</source>
        <translation>La connexion à %1 n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>Go back to Callout to try again.</source>
        <translation>Revenez à Callout pour réessayer.</translation>
    </message>
</context>
<context>
    <name>callout::SignInDetailsPanel</name>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Re-authenticated</source>
        <translation>Reconnecté</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Actualisé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Tokens discarded</source>
        <translation>Jetons abandonnés</translation>
    </message>
    <message>
        <source>Select a sign-in to see its details.</source>
        <translation>Sélectionnez une connexion pour voir ses détails.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>(no session)</source>
        <translation>(aucune session)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>aucune prévue</translation>
    </message>
    <message>
        <source>(the provider&apos;s default)</source>
        <translation>(par défaut du fournisseur)</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(non communiqué)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 — Needs fixing</source>
        <translation>%1 — À corriger</translation>
    </message>
    <message>
        <source>(disabled until callout.json is fixed)</source>
        <translation>(désactivé jusqu&apos;à la correction de callout.json)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>this sign-in&apos;s setting</source>
        <translation>réglage de cette connexion</translation>
    </message>
    <message>
        <source>as the service said</source>
        <translation>selon le service</translation>
    </message>
    <message>
        <source>the service&apos;s documented limit</source>
        <translation>limite documentée du service</translation>
    </message>
    <message>
        <source>learned from earlier sessions</source>
        <translation>appris des sessions précédentes</translation>
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
        <translation>%1 demandera de vous reconnecter dans 1 minute — vous connecter maintenant ?</translation>
    </message>
    <message numerus="yes">
        <source>%1 will ask you to sign in again in %n minutes — sign in now?</source>
        <translation>
            <numerusform>%1 demandera de vous reconnecter dans %n minute — vous connecter maintenant ?</numerusform>
            <numerusform>%1 demandera de vous reconnecter dans %n minutes — vous connecter maintenant ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callout::SignInService</name>
    <message>
        <source>The sign-in was cancelled: the credential changed while it waited. Sign in again.</source>
        <translation>La connexion a été annulée : l&apos;identifiant a changé pendant l&apos;attente. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled: the named credential was removed.</source>
        <translation>La connexion a été annulée : l&apos;identifiant nommé a été retiré.</translation>
    </message>
    <message>
        <source>This named credential no longer exists.</source>
        <translation>Cet identifiant nommé n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No auth provider is called %1.</source>
        <translation>Aucun fournisseur d&apos;authentification ne s&apos;appelle %1.</translation>
    </message>
    <message>
        <source>The auth provider %1 has no endpoints.</source>
        <translation>Le fournisseur d&apos;authentification %1 n&apos;a pas de points de terminaison.</translation>
    </message>
    <message>
        <source>No client secret is stored for this auth provider: import it with clientSecret.</source>
        <translation>Aucun secret client n&apos;est enregistré pour ce fournisseur d&apos;authentification : importez-le avec clientSecret.</translation>
    </message>
    <message>
        <source>The named credential was removed.</source>
        <translation>L&apos;identifiant nommé a été retiré.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>callout::SignOutService</name>
    <message>
        <source>No named credential is called %1.</source>
        <translation>Aucun identifiant nommé ne s&apos;appelle %1.</translation>
    </message>
    <message>
        <source>Signed out. The service could not be told to revoke the session (%1); the local copies were deleted.</source>
        <translation>Déconnecté. Le service n&apos;a pas pu être averti de révoquer la session (%1) ; les copies locales ont été supprimées.</translation>
    </message>
</context>
<context>
    <name>callout::StoreFile</name>
    <message>
        <source>%1 could not be read (%2); Callout keeps what it had and will not change the file until it can read it.</source>
        <translation>%1 n&apos;a pas pu être lu (%2) ; Callout garde ce qu&apos;il avait et ne modifiera pas le fichier tant qu&apos;il ne pourra pas le lire.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Callout (version %2). Callout will not change it; update Callout to use it.</source>
        <translation>%1 a été écrit par un Callout plus récent (version %2). Callout ne le modifiera pas ; mettez Callout à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2) and could not be moved aside; Callout will not change it.</source>
        <translation>%1 n&apos;a pas pu être lu (%2) ni mis de côté ; Callout ne le modifiera pas.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). It was kept as %3; Callout starts without it.</source>
        <translation>%1 n&apos;a pas pu être lu (%2). Il a été conservé sous %3 ; Callout démarre sans lui.</translation>
    </message>
    <message>
        <source>%1 is kept as it is because Callout could not use it; move it away or update Callout.</source>
        <translation>%1 est laissé tel quel car Callout n&apos;a pas pu l&apos;utiliser ; déplacez-le ou mettez Callout à jour.</translation>
    </message>
</context>
<context>
    <name>callout::TokenDiscard</name>
    <message>
        <source>the named credential was removed</source>
        <translation>l&apos;identifiant nommé a été retiré</translation>
    </message>
    <message>
        <source>it now uses another auth provider (%1)</source>
        <translation>il utilise maintenant un autre fournisseur d&apos;authentification (%1)</translation>
    </message>
    <message>
        <source>its URL now points to another server (%1)</source>
        <translation>son URL pointe maintenant vers un autre serveur (%1)</translation>
    </message>
    <message>
        <source>its auth provider %1 changed its token URL, issuer, client id or client authentication</source>
        <translation>son fournisseur d&apos;authentification %1 a modifié son URL du jeton, son émetteur, son ID client ou l&apos;authentification du client</translation>
    </message>
    <message>
        <source>Tokens of %1 were discarded: %2.</source>
        <translation>Les jetons de %1 ont été abandonnés : %2.</translation>
    </message>
    <message>
        <source>The client secret of %1 was deleted: its token URL, revocation URL, issuer or client id changed. Import it again with clientSecret.</source>
        <translation>Le secret client de %1 a été supprimé : son URL du jeton, son URL de révocation, son émetteur ou son ID client a changé. Importez-le de nouveau avec clientSecret.</translation>
    </message>
</context>
<context>
    <name>callout::TokenManager</name>
    <message>
        <source>A sign-in is in progress: finish it in the browser.</source>
        <translation>Une connexion est en cours : terminez-la dans le navigateur.</translation>
    </message>
    <message>
        <source>%1 has not been signed in yet: run `calloutctl login %1` or sign in from the tray.</source>
        <translation>%1 n&apos;a pas encore été connecté : lancez `calloutctl login %1` ou connectez-vous depuis la barre d&apos;état.</translation>
    </message>
    <message>
        <source>The session ended: sign in again.</source>
        <translation>La session est terminée : reconnectez-vous.</translation>
    </message>
    <message>
        <source>The auth provider&apos;s configuration has a problem.</source>
        <translation>La configuration du fournisseur d&apos;authentification a un problème.</translation>
    </message>
    <message>
        <source>No named credential is called %1.</source>
        <translation>Aucun identifiant nommé ne s&apos;appelle %1.</translation>
    </message>
    <message>
        <source>The service refused a token it had just issued. Sign in again.</source>
        <translation>Le service a refusé un jeton qu&apos;il venait d&apos;émettre. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>No tokens are stored for this credential. Sign in again.</source>
        <translation>Aucun jeton n&apos;est enregistré pour cet identifiant. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 Callout tries again at %2.</source>
        <translation>%1 Callout réessaiera à %2.</translation>
    </message>
    <message>
        <source>The service gave no refresh token, so the session cannot be renewed. Sign in again.</source>
        <translation>Le service n&apos;a pas fourni de jeton d&apos;actualisation, la session ne peut donc pas être renouvelée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The auth provider is missing.</source>
        <translation>Le fournisseur d&apos;authentification est absent.</translation>
    </message>
    <message>
        <source>No client secret is stored for the auth provider.</source>
        <translation>Aucun secret client n&apos;est enregistré pour le fournisseur d&apos;authentification.</translation>
    </message>
    <message>
        <source>The named credential was removed.</source>
        <translation>L&apos;identifiant nommé a été retiré.</translation>
    </message>
    <message>
        <source>The session ended while it was renewed.</source>
        <translation>La session s&apos;est terminée pendant son renouvellement.</translation>
    </message>
    <message>
        <source>The service gave the renewed session no validity: it requires a new sign-in.</source>
        <translation>Le service n&apos;a donné aucune validité à la session renouvelée : une nouvelle connexion est nécessaire.</translation>
    </message>
</context>
<context>
    <name>callout::TokenSet</name>
    <message>
        <source>The stored tokens are unreadable.</source>
        <translation>Les jetons enregistrés sont illisibles.</translation>
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
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Re-authenticate %1</source>
        <translation>Se reconnecter à %1</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Show the sign-in prompt…</source>
        <translation>Afficher l&apos;invite de connexion…</translation>
    </message>
    <message>
        <source>Callout — sign in again: %1</source>
        <translation>Callout — se reconnecter : %1</translation>
    </message>
    <message>
        <source>Callout — signing in…</source>
        <translation>Callout — connexion…</translation>
    </message>
    <message>
        <source>Callout — nothing set up yet. Open Settings to add a sign-in.</source>
        <translation>Callout — rien n&apos;est encore configuré. Ouvrez les Paramètres pour ajouter une connexion.</translation>
    </message>
    <message>
        <source>Callout — signed in</source>
        <translation>Callout — connecté</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit Callout</source>
        <translation>Quitter Callout</translation>
    </message>
    <message numerus="yes">
        <source>%n more in Settings…</source>
        <translation>
            <numerusform>%n autre dans les paramètres…</numerusform>
            <numerusform>%n autres dans les paramètres…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callout::demo::DemoAuthorizationServer</name>
    <message>
        <source>This sign-in request cannot be used</source>
        <translation>Cette demande de connexion est inutilisable</translation>
    </message>
    <message>
        <source>It names its program or its return address more than once.</source>
        <translation>Elle nomme son programme ou son adresse de retour plus d&apos;une fois.</translation>
    </message>
    <message>
        <source>It does not say which program asks (client_id).</source>
        <translation>Elle ne dit pas quel programme fait la demande (client_id).</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; is not known to the demo service; only Callout&apos;s demo client is.</source>
        <translation>Le programme &quot;%1&quot; n&apos;est pas connu du service de démo ; seul le client de démo de Callout l&apos;est.</translation>
    </message>
    <message>
        <source>Its return address &quot;%1&quot; is not one the demo service answers to: only http://127.0.0.1:&lt;port&gt;/… and http://[::1]:&lt;port&gt;/… are.</source>
        <translation>Son adresse de retour &quot;%1&quot; n&apos;est pas de celles auxquelles répond le service de démo : seules http://127.0.0.1:&lt;port&gt;/… et http://[::1]:&lt;port&gt;/… le sont.</translation>
    </message>
    <message>
        <source>Too many sign-ins are pending</source>
        <translation>Trop de connexions en attente</translation>
    </message>
    <message>
        <source>Wait a few minutes, then start the sign-in again from Callout.</source>
        <translation>Attendez quelques minutes, puis relancez la connexion depuis Callout.</translation>
    </message>
    <message>
        <source>This answer cannot be used</source>
        <translation>Cette réponse est inutilisable</translation>
    </message>
    <message>
        <source>It is not a form.</source>
        <translation>Ce n&apos;est pas un formulaire.</translation>
    </message>
    <message>
        <source>This sign-in page has expired</source>
        <translation>Cette page de connexion a expiré</translation>
    </message>
    <message>
        <source>It was answered already or is too old. Start the sign-in again from Callout.</source>
        <translation>Elle a déjà reçu une réponse ou est trop ancienne. Relancez la connexion depuis Callout.</translation>
    </message>
</context>
<context>
    <name>callout::demo::DemoCaller</name>
    <message>
        <source>%1 s left</source>
        <translation>%1 s restantes</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Not signed in yet: waiting for you to sign in</source>
        <translation>Pas encore connecté : en attente de votre connexion</translation>
    </message>
    <message>
        <source>The service ended the session: waiting for you to Re-authenticate</source>
        <translation>Le service a mis fin à la session : en attente de votre reconnexion</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>200 — the waiting call completed</source>
        <translation>200 — l&apos;appel en attente a abouti</translation>
    </message>
    <message>
        <source>200 — token refreshed silently</source>
        <translation>200 — jeton actualisé en silence</translation>
    </message>
    <message>
        <source>200 — token still valid</source>
        <translation>200 — jeton encore valide</translation>
    </message>
</context>
<context>
    <name>callout::demo::DemoCallerPanel</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Call now</source>
        <translation>&amp;Appeler maintenant</translation>
    </message>
    <message>
        <source>Demo caller</source>
        <translation>Appelant de démo</translation>
    </message>
    <message>
        <source>Callout runs a small sign-in service and a protected API on this computer, with no account anywhere. Its access tokens live %1, and it ends the session after %2 however often the token was refreshed, like a service that makes you sign in again now and then.</source>
        <translation>Callout fait tourner un petit service de connexion et une API protégée sur cet ordinateur, sans aucun compte. Ses jetons d&apos;accès vivent %1, et il met fin à la session après %2, quel que soit le nombre d&apos;actualisations du jeton, comme un service qui vous demande de vous reconnecter de temps en temps.</translation>
    </message>
    <message>
        <source>The caller below calls %1 every %2, like any script would. Callout refreshes the token silently; when the session ends, the call waits while Callout asks you to Re-authenticate, and completes once you have.</source>
        <translation>L&apos;appelant ci-dessous appelle %1 toutes les %2, comme le ferait n&apos;importe quel script. Callout actualise le jeton en silence ; quand la session se termine, l&apos;appel attend pendant que Callout vous demande de vous reconnecter, et aboutit une fois que c&apos;est fait.</translation>
    </message>
    <message>
        <source>Demo API sign-in status</source>
        <translation>État de connexion de l&apos;API de démo</translation>
    </message>
    <message>
        <source>Sign in to the Demo API</source>
        <translation>Se connecter à l&apos;API de démo</translation>
    </message>
    <message>
        <source>Call %1 now</source>
        <translation>Appeler %1 maintenant</translation>
    </message>
    <message>
        <source>Calls to %1:</source>
        <translation>Appels à %1 :</translation>
    </message>
    <message>
        <source>Demo caller log</source>
        <translation>Journal de l&apos;appelant de démo</translation>
    </message>
    <message>
        <source>The credential %1 is not configured.</source>
        <translation>L&apos;identifiant %1 n&apos;est pas configuré.</translation>
    </message>
    <message>
        <source>Not signed in yet</source>
        <translation>Pas encore connecté</translation>
    </message>
    <message>
        <source>Sign-in required: the service ended the session</source>
        <translation>Connexion requise : le service a mis fin à la session</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <source>%1; the access token expires at %2</source>
        <translation>%1 ; le jeton d&apos;accès expire à %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&amp;Re-authenticate</source>
        <translation>Se &amp;reconnecter</translation>
    </message>
    <message>
        <source>Sign in to the Demo API again</source>
        <translation>Se reconnecter à l&apos;API de démo</translation>
    </message>
    <message>
        <source>A call is under way or waiting for you to sign in.</source>
        <translation>Un appel est en cours ou attend votre connexion.</translation>
    </message>
</context>
<context>
    <name>callout::demo::DemoHttpServer</name>
    <message>
        <source>The demo service could not listen on 127.0.0.1: %1</source>
        <translation>Le service de démo n&apos;a pas pu écouter sur 127.0.0.1 : %1</translation>
    </message>
</context>
<context>
    <name>callout::demo::DemoPages</name>
    <message>
        <source>call the Demo API (GET /me) for you</source>
        <translation>appeler l&apos;API de démo (GET /me) pour vous</translation>
    </message>
    <message>
        <source>see your name (Demo User)</source>
        <translation>voir votre nom (Demo User)</translation>
    </message>
    <message>
        <source>stay signed in with refresh tokens until the demo ends the session</source>
        <translation>rester connecté grâce aux jetons d&apos;actualisation jusqu&apos;à ce que la démo mette fin à la session</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Callout demo service — sign in</source>
        <translation>Service de démo Callout — connexion</translation>
    </message>
    <message>
        <source>This is a demo: a small OAuth 2.0 authorization server that Callout runs on this computer (%1). There is no account and no password; Allow signs you in as Demo User.</source>
        <translation>Ceci est une démo : un petit serveur d&apos;autorisation OAuth 2.0 que Callout fait tourner sur cet ordinateur (%1). Il n&apos;y a ni compte ni mot de passe ; Autoriser vous connecte en tant que Demo User.</translation>
    </message>
    <message>
        <source>%1 (client %2) asks to:</source>
        <translation>%1 (client %2) demande à :</translation>
    </message>
    <message>
        <source>The answer goes back to %1.</source>
        <translation>La réponse retourne à %1.</translation>
    </message>
    <message>
        <source>How this service behaves: an access token lives %1; the session ends %2 after you sign in, however often Callout refreshes it. Then Callout asks you to sign in again, once, and the calls waiting for you go on.</source>
        <translation>Comportement de ce service : un jeton d&apos;accès vit %1 ; la session se termine %2 après votre connexion, quel que soit le nombre d&apos;actualisations par Callout. Callout vous demande alors de vous reconnecter, une fois, et les appels qui vous attendaient reprennent.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Callout demo service — %1</source>
        <translation>Service de démo Callout — %1</translation>
    </message>
</context>
<context>
    <name>callout::problemtext</name>
    <message>
        <source>Header %1</source>
        <translation>En-tête %1</translation>
    </message>
    <message>
        <source>Authorize parameter %1</source>
        <translation>Paramètre d&apos;autorisation %1</translation>
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
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must start with a letter and contain only letters, digits and _ (at most 80 characters)</source>
        <translation>doit commencer par une lettre et ne contenir que des lettres, des chiffres et _ (80 caractères au plus)</translation>
    </message>
    <message>
        <source>must be an absolute https URL (http is allowed only for 127.0.0.1, ::1 and localhost)</source>
        <translation>doit être une URL https absolue (http n&apos;est permis que pour 127.0.0.1, ::1 et localhost)</translation>
    </message>
    <message>
        <source>must not contain a user name or password</source>
        <translation>ne doit contenir ni nom d&apos;utilisateur ni mot de passe</translation>
    </message>
    <message>
        <source>must not contain a fragment (#…)</source>
        <translation>ne doit pas contenir de fragment (#…)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be an object of strings</source>
        <translation>doit être un objet de chaînes</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>n&apos;est pas un champ connu</translation>
    </message>
    <message>
        <source>must be valid Unicode text (it holds half of a surrogate pair, such as \ud800)</source>
        <translation>doit être un texte Unicode valide (il contient la moitié d&apos;une paire de substitution, comme \ud800)</translation>
    </message>
</context>
<context>
    <name>calloutctl</name>
    <message numerus="yes">
        <source>larger than %n byte(s)</source>
        <translation>
            <numerusform>plus de %n octet</numerusform>
            <numerusform>plus de %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in in your browser. If it did not open, open this address:</source>
        <translation>Connectez-vous dans votre navigateur. S&apos;il ne s&apos;est pas ouvert, ouvrez cette adresse :</translation>
    </message>
    <message>
        <source>the keychain is locked; waiting for you to unlock it (your desktop asks for its password). Ctrl-C gives up.</source>
        <translation>le trousseau est verrouillé ; en attente de son déverrouillage (votre bureau demande son mot de passe). Ctrl-C abandonne.</translation>
    </message>
    <message>
        <source>interrupted; the operation waiting for the keychain was cancelled.</source>
        <translation>interrompu ; l&apos;opération qui attendait le trousseau a été annulée.</translation>
    </message>
    <message>
        <source>interrupted; what the agent was doing for this command was cancelled.</source>
        <translation>interrompu ; ce que l&apos;agent faisait pour cette commande a été annulé.</translation>
    </message>
    <message>
        <source>the keychain stayed locked; nothing was changed. Unlock it and try again.</source>
        <translation>le trousseau est resté verrouillé ; rien n&apos;a été modifié. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation>impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>cannot read the refused token from %1: %2.</source>
        <translation>impossible de lire le jeton refusé depuis %1 : %2.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The request method (default GET, POST with a body).</source>
        <translation>La méthode de la requête (GET par défaut, POST avec un corps).</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <source>A request header, &quot;Name: value&quot;; repeatable.</source>
        <translation>Un en-tête de requête, &quot;Nom: valeur&quot; ; répétable.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>The body: text, @FILE or @- (newlines removed); repeatable, joined with &amp;.</source>
        <translation>Le corps : texte, @FILE ou @- (sauts de ligne retirés) ; répétable, joint avec &amp;.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>données</translation>
    </message>
    <message>
        <source>The body exactly: text, @FILE or @- (stdin).</source>
        <translation>Le corps tel quel : texte, @FILE ou @- (stdin).</translation>
    </message>
    <message>
        <source>Print the status line and the response headers first.</source>
        <translation>Afficher d&apos;abord la ligne d&apos;état et les en-têtes de la réponse.</translation>
    </message>
    <message>
        <source>Write the body to FILE instead of stdout.</source>
        <translation>Écrire le corps dans FILE au lieu de stdout.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>When the user must sign in again: wait up to SECONDS, then send the call.</source>
        <translation>Si l&apos;utilisateur doit se reconnecter : attendre jusqu&apos;à SECONDS, puis envoyer l&apos;appel.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Exit 4 without printing the body when the HTTP status is 400 or more.</source>
        <translation>Quitter avec 4 sans afficher le corps quand le statut HTTP est 400 ou plus.</translation>
    </message>
    <message>
        <source>Do not start the agent when none is running.</source>
        <translation>Ne pas démarrer l&apos;agent si aucun n&apos;est lancé.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>callout:NAME/PATH?QUERY</source>
        <translation>callout:NAME/PATH?QUERY</translation>
    </message>
    <message>
        <source>use either -d or --data-binary, not both.</source>
        <translation>utilisez -d ou --data-binary, pas les deux.</translation>
    </message>
    <message>
        <source>@ needs a file name, or - for stdin.</source>
        <translation>@ nécessite un nom de fichier, ou - pour stdin.</translation>
    </message>
    <message>
        <source>a body from a file (@FILE) cannot be joined with other data.</source>
        <translation>un corps venant d&apos;un fichier (@FILE) ne peut pas être joint à d&apos;autres données.</translation>
    </message>
    <message>
        <source>%1; see call --help.</source>
        <translation>%1 ; voir call --help.</translation>
    </message>
    <message>
        <source>call takes one address, callout:NAME/PATH; see call --help.</source>
        <translation>call prend une adresse, callout:NAME/PATH ; voir call --help.</translation>
    </message>
    <message>
        <source>-X takes a method name such as GET, POST, PUT, PATCH or DELETE.</source>
        <translation>-X prend un nom de méthode comme GET, POST, PUT, PATCH ou DELETE.</translation>
    </message>
    <message>
        <source>-H takes &quot;Name: value&quot; (a token name, no control characters): %1</source>
        <translation>-H prend &quot;Nom: valeur&quot; (un nom de token HTTP, sans caractères de contrôle) : %1</translation>
    </message>
    <message>
        <source>--wait takes whole seconds from 0 to %1.</source>
        <translation>--wait prend un nombre entier de secondes de 0 à %1.</translation>
    </message>
    <message>
        <source>-o takes a file name.</source>
        <translation>-o prend un nom de fichier.</translation>
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
        <translation>Utilisation : calloutctl call callout:NAME/PATH[?QUERY] [options]

Envoie une requête HTTP à l&apos;URL + PATH de l&apos;identifiant nommé, authentifiée par l&apos;agent
(le jeton d&apos;accès ne quitte calloutctl que dans cette requête). Le corps va sur stdout.

  -X, --request METHOD     la méthode (GET par défaut, POST avec un corps)
  -H, --header &apos;N: v&apos;      un en-tête de requête ; répétable (Authorization seulement si
                           l&apos;identifiant ne le génère pas)
  -d, --data DATA          le corps : texte, @FILE ou @- (stdin), CR/LF retirés des
                           fichiers ; répétable, joint avec &amp; ; Content-Type vaut par
                           défaut application/x-www-form-urlencoded, comme dans curl
      --data-binary DATA   le corps tel quel : texte, @FILE ou @-
  -i, --include            afficher d&apos;abord la ligne d&apos;état et les en-têtes de la réponse
  -o, --output FILE        écrire le corps dans FILE
      --wait SECONDS       si l&apos;utilisateur doit se reconnecter, attendre (0 à 86400) puis
                           envoyer l&apos;appel ; sans cette option, un tel appel quitte
                           aussitôt avec 3
  -f, --fail               quitter avec 4, sans rien afficher, si le statut HTTP est 400
                           ou plus
      --no-start           ne pas démarrer l&apos;agent si aucun n&apos;est lancé

Les redirections ne sont pas suivies (un 3xx est affiché tel quel). Codes de sortie :
0 tout statut HTTP (sans --fail), 1 erreur, 2 mauvaise utilisation, 3 connexion requise,
4 erreur HTTP avec --fail, 5 pas d&apos;agent.
</translation>
    </message>
    <message>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 Waiting up to %n second(s) for the sign-in (Ctrl-C gives up).</source>
        <translation>
            <numerusform>%1 Attente de la connexion pendant %n seconde au plus (Ctrl-C abandonne).</numerusform>
            <numerusform>%1 Attente de la connexion pendant %n secondes au plus (Ctrl-C abandonne).</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered HTTP %1.</source>
        <translation>le serveur a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>the response broke off: %1</source>
        <translation>la réponse s&apos;est interrompue : %1</translation>
    </message>
    <message>
        <source>interrupted; the call was cancelled.</source>
        <translation>interrompu ; l&apos;appel a été annulé.</translation>
    </message>
    <message>
        <source>the callout agent is not running (--no-start).</source>
        <translation>l&apos;agent Callout n&apos;est pas lancé (--no-start).</translation>
    </message>
    <message>
        <source>the callout agent is not running and could not be started.</source>
        <translation>l&apos;agent Callout n&apos;est pas lancé et n&apos;a pas pu être démarré.</translation>
    </message>
    <message>
        <source>proxy takes on, off or status; see --help.</source>
        <translation>proxy prend on, off ou status ; voir --help.</translation>
    </message>
    <message>
        <source>--port takes a port number from 1 to 65535, with proxy on.</source>
        <translation>--port prend un numéro de port de 1 à 65535, avec proxy on.</translation>
    </message>
    <message>
        <source>The proxy is off.</source>
        <translation>Le proxy est désactivé.</translation>
    </message>
    <message>
        <source>The proxy is on but not listening: %1</source>
        <translation>Le proxy est activé mais n&apos;écoute pas : %1</translation>
    </message>
    <message>
        <source>The proxy is on: %1/NAME/PATH</source>
        <translation>Le proxy est activé : %1/NAME/PATH</translation>
    </message>
    <message>
        <source>Secret: %1 (eval &quot;$(calloutctl proxy-env)&quot; exports both)</source>
        <translation>Secret : %1 (eval &quot;$(calloutctl proxy-env)&quot; exporte les deux)</translation>
    </message>
    <message>
        <source>the proxy is on but not listening: %1</source>
        <translation>le proxy est activé mais n&apos;écoute pas : %1</translation>
    </message>
    <message>
        <source>the proxy is off; turn it on with: calloutctl proxy on</source>
        <translation>le proxy est désactivé ; activez-le avec : calloutctl proxy on</translation>
    </message>
    <message>
        <source>cannot read the proxy&apos;s secret from %1 (it must be yours, mode 0600).</source>
        <translation>impossible de lire le secret du proxy depuis %1 (il doit vous appartenir, mode 0600).</translation>
    </message>
    <message>
        <source>cannot keep the body of %1: %2</source>
        <translation>impossible de conserver le corps de %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot read stdin: %1</source>
        <translation>impossible de lire stdin : %1</translation>
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
        <translation>Utiliser les identifiants nommés de l&apos;agent Callout.

Commandes :
  import FILE|- [--replace]   fusionner un document d&apos;import (stdin avec -)
  export                      afficher la configuration, sans les secrets
  list [--json|--names]       chaque identifiant nommé et son état de connexion
  status NAME [--json]        un identifiant nommé
  login NAME [--timeout S]    se connecter via le navigateur et attendre (Ctrl-C annule)
  token NAME                  afficher un jeton d&apos;accès valide
  call callout:NAME/PATH [-X METHOD] [-H &apos;Name: value&apos;]... [-d DATA|--data-binary @FILE|@-]
       [-i] [-o FILE] [--wait SECONDS] [--fail]
                              une requête HTTP via l&apos;identifiant, à la manière de curl
                              (calloutctl call --help)
  report-expired NAME         un appel avec le jeton sur stdin (ou --token-file) a été
                              refusé : afficher le jeton à utiliser maintenant, actualisé
                              si celui-ci était le jeton courant (sinon une connexion
                              est requise)
  logout NAME                 révoquer et supprimer les jetons
  remove NAME                 logout puis supprimer l&apos;identifiant nommé
  proxy on [--port P]|off|status
                              le proxy loopback : http://127.0.0.1:P/callout/NAME/PATH
                              avec Proxy-Authorization: Bearer &lt;secret&gt; ; mémorisé
  proxy-env                   afficher export CALLOUT_PROXY_URL=... CALLOUT_PROXY_SECRET=...
  completion bash             afficher un script de complétion bash

Codes de sortie : 0 ok, 1 erreur, 2 mauvaise utilisation, 3 connexion requise, 4 erreur
HTTP, 5 pas d&apos;agent, 6 délai dépassé, 7 refusé ou annulé, 8 trousseau indisponible ou
verrouillé.
Les champs JSON sont décrits dans la page de manuel : man calloutctl.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Print JSON (list, status, import).</source>
        <translation>Afficher du JSON (list, status, import).</translation>
    </message>
    <message>
        <source>Print only the names, one a line (list).</source>
        <translation>Afficher seulement les noms, un par ligne (list).</translation>
    </message>
    <message>
        <source>Change existing entries (import).</source>
        <translation>Modifier les entrées existantes (import).</translation>
    </message>
    <message>
        <source>Seconds to wait, 1 to 3600: for the sign-in (login; default 300), for the answer (others; default 120).</source>
        <translation>Secondes d&apos;attente, de 1 à 3600 : de la connexion (login ; 300 par défaut), de la réponse (autres ; 120 par défaut).</translation>
    </message>
    <message>
        <source>Read the refused token from this file, - for stdin (report-expired; default -).</source>
        <translation>Lire le jeton refusé depuis ce fichier, - pour stdin (report-expired ; par défaut -).</translation>
    </message>
    <message>
        <source>The loopback proxy&apos;s port (proxy on; default: the last one, else a free one).</source>
        <translation>Le port du proxy loopback (proxy on ; par défaut : le dernier, sinon un port libre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Use the demo agent (callout --demo), started when needed, not yours.</source>
        <translation>Utiliser l&apos;agent de démo (callout --demo), démarré si besoin, et non le vôtre.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Que faire (voir plus haut).</translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation>aucune commande donnée ; voir --help.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help.</source>
        <translation>commande inconnue &quot;%1&quot; ; voir --help.</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n argument(s); see --help.</source>
        <translation>
            <numerusform>%1 prend %n argument ; voir --help.</numerusform>
            <numerusform>%1 prend %n arguments ; voir --help.</numerusform>
        </translation>
    </message>
    <message>
        <source>--timeout takes whole seconds from %1 to %2.</source>
        <translation>--timeout prend un nombre entier de secondes de %1 à %2.</translation>
    </message>
    <message>
        <source>report-expired reads the refused token from stdin or --token-file, not a terminal.</source>
        <translation>report-expired lit le jeton refusé depuis stdin ou --token-file, pas depuis un terminal.</translation>
    </message>
    <message>
        <source>%1; see --help.</source>
        <translation>%1 ; voir --help.</translation>
    </message>
    <message>
        <source>completion takes the shell&apos;s name: bash.</source>
        <translation>completion prend le nom du shell : bash.</translation>
    </message>
    <message>
        <source>proxy-env takes no arguments.</source>
        <translation>proxy-env ne prend aucun argument.</translation>
    </message>
    <message>
        <source>the callout agent is not running.</source>
        <translation>l&apos;agent Callout n&apos;est pas lancé.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>FOURNISSEUR</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRE</translation>
    </message>
    <message>
        <source>the document has no entries; nothing was imported.</source>
        <translation>le document n&apos;a aucune entrée ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Client secret (not shown): </source>
        <translation>Secret client (non affiché) : </translation>
    </message>
    <message>
        <source>cannot read the client secret from %1: %2.</source>
        <translation>impossible de lire le secret client depuis %1 : %2.</translation>
    </message>
    <message>
        <source>the client secret in %1 is longer than %2 bytes.</source>
        <translation>le secret client dans %1 dépasse %2 octets.</translation>
    </message>
    <message>
        <source>Default name: %1</source>
        <translation>Nom par défaut : %1</translation>
    </message>
    <message>
        <source>Asks for:</source>
        <translation>Demande :</translation>
    </message>
    <message>
        <source>Redirect: %1</source>
        <translation>Redirection : %1</translation>
    </message>
    <message>
        <source>Refresh: %1</source>
        <translation>Actualisation : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Unverified: %1</source>
        <translation>Non vérifié : %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>provider presets takes at most one preset name; see --help.</source>
        <translation>provider presets prend au plus un nom de modèle ; voir --help.</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot;; calloutctl provider presets lists them.</source>
        <translation>modèle « %1 » inconnu ; calloutctl provider presets les liste.</translation>
    </message>
    <message>
        <source>the preset %1 takes no --set.</source>
        <translation>le modèle %1 ne prend pas de --set.</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE with KEY one of: %1.</source>
        <translation>--set prend KEY=VALUE, KEY étant l&apos;un de : %1.</translation>
    </message>
    <message>
        <source>provider add takes options only; see --help.</source>
        <translation>provider add ne prend que des options ; voir --help.</translation>
    </message>
    <message>
        <source>provider add needs --preset NAME; calloutctl provider presets lists them.</source>
        <translation>provider add demande --preset NAME ; calloutctl provider presets liste les modèles.</translation>
    </message>
    <message>
        <source>the preset asks for: %1</source>
        <translation>le modèle demande : %1</translation>
    </message>
    <message>
        <source>Register the client at the service: %1</source>
        <translation>Enregistrez le client auprès du service : %1</translation>
    </message>
    <message>
        <source>Auth. providers from presets:
  provider presets [PRESET] [--json]
                              the services Callout knows; with PRESET, what it asks
  provider add --preset PRESET --client-id ID [--client-secret-file FILE|-]
       [--set KEY=VALUE]... [--name NAME] [--replace]
                              add an auth. provider from a preset; the client secret
                              goes to the keychain (stdin with -)</source>
        <translation>Fournisseurs d&apos;authentification à partir de modèles :
  provider presets [PRESET] [--json]
                              les services que Callout connaît ; avec PRESET, ce
                              que le modèle demande
  provider add --preset PRESET --client-id ID [--client-secret-file FILE|-]
       [--set KEY=VALUE]... [--name NAME] [--replace]
                              ajouter un fournisseur d&apos;authentification depuis
                              un modèle ; le secret client va dans le trousseau
                              (stdin avec -)</translation>
    </message>
    <message>
        <source>The preset to start from (provider add).</source>
        <translation>Le modèle de départ (provider add).</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>The client id the service issued (provider add).</source>
        <translation>L&apos;ID client attribué par le service (provider add).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Read the client secret from this file, - for stdin (provider add); never an argument.</source>
        <translation>Lire le secret client depuis ce fichier, - pour stdin (provider add) ; jamais en argument.</translation>
    </message>
    <message>
        <source>The provider&apos;s name (provider add; default: the preset&apos;s).</source>
        <translation>Le nom du fournisseur (provider add ; par défaut : celui du modèle).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>A value the preset&apos;s URLs need, such as tenant=contoso.com (provider add; repeatable).</source>
        <translation>Une valeur dont les URL du modèle ont besoin, par exemple tenant=contoso.com (provider add ; répétable).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>clé=valeur</translation>
    </message>
    <message>
        <source>provider takes add or presets; see --help.</source>
        <translation>provider prend add ou presets ; voir --help.</translation>
    </message>
</context>
<context>
    <name>main</name>
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
        <translation>Agent Callout : des identifiants nommés OAuth 2.0 pour chaque programme du bureau.

Il tourne une fois par utilisateur, dans la barre d&apos;état système : l&apos;icône indique si chaque
identifiant est connecté, et son menu propose Se reconnecter, Se connecter / Se déconnecter
et Paramètres... La fenêtre des paramètres modifie les fournisseurs d&apos;authentification et
les identifiants nommés, et liste vos connexions. Relancer callout fait passer cette
fenêtre au premier plan.

Configuration : %1
Historique des connexions : %2
Jetons et secrets client : le trousseau (Secret Service), service &quot;%3&quot;.

Les programmes et scripts utilisent l&apos;agent via calloutctl (voir calloutctl --help et
man calloutctl), qui le démarre si besoin.

callout --demo montre toute la boucle sans aucun compte : un service OAuth et une API de
démo tournent dans l&apos;agent, un appelant de démo appelle callout:DemoApi/me, et le service
met fin à la session au bout de quelques minutes pour que vous voyiez le bouton Se
reconnecter à l&apos;œuvre. La démo est un agent distinct avec ses propres fichiers, socket et
service de trousseau (callout-demo) ; utilisez-la avec calloutctl --demo.</translation>
    </message>
    <message>
        <source>Run without a window or tray icon.</source>
        <translation>Lancer sans fenêtre ni icône dans la barre d&apos;état.</translation>
    </message>
    <message>
        <source>Start in the tray without opening a window (start at login).</source>
        <translation>Démarrer dans la barre d&apos;état sans ouvrir de fenêtre (démarrage à l&apos;ouverture de session).</translation>
    </message>
    <message>
        <source>Start the demo: no account needed.</source>
        <translation>Lancer la démo : aucun compte nécessaire.</translation>
    </message>
    <message>
        <source>Demo: seconds an access token lives (default %1).</source>
        <translation>Démo : secondes de vie d&apos;un jeton d&apos;accès (%1 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Demo: seconds until the service ends the session, whatever the refreshes (default %1).</source>
        <translation>Démo : secondes avant que le service mette fin à la session, quelles que soient les actualisations (%1 par défaut).</translation>
    </message>
    <message>
        <source>Demo: seconds between the Demo caller&apos;s calls (default %1).</source>
        <translation>Démo : secondes entre les appels de l&apos;appelant de démo (%1 par défaut).</translation>
    </message>
    <message>
        <source>Callout demo</source>
        <translation>Démo Callout</translation>
    </message>
    <message>
        <source>Demo caller</source>
        <translation>Appelant de démo</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
</context>
</TS>
