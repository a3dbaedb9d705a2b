<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuthProviderEditor</name>
    <message>
        <source>Auth. Provider</source>
        <translation>Proveedor de autenticación</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Letters, digits and _</source>
        <translation>Letras, dígitos y _</translation>
    </message>
    <message>
        <source>Problem of name</source>
        <translation>Problema de name</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Emisor:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <source>Dis&amp;cover</source>
        <translation>Des&amp;cubrir</translation>
    </message>
    <message>
        <source>Discover endpoints</source>
        <translation>Descubrir los endpoints</translation>
    </message>
    <message>
        <source>Fill in the endpoints from the issuer&apos;s OpenID / OAuth metadata</source>
        <translation>Rellenar los endpoints con los metadatos OpenID / OAuth del emisor</translation>
    </message>
    <message>
        <source>Problem of issuer</source>
        <translation>Problema de issuer</translation>
    </message>
    <message>
        <source>Discovery result</source>
        <translation>Resultado del descubrimiento</translation>
    </message>
    <message>
        <source>&amp;Authorize URL:</source>
        <translation>URL de &amp;autorización:</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL de autorización</translation>
    </message>
    <message>
        <source>Problem of authorizeUrl</source>
        <translation>Problema de authorizeUrl</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>URL del &amp;token:</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>Problem of tokenUrl</source>
        <translation>Problema de tokenUrl</translation>
    </message>
    <message>
        <source>&amp;Revocation URL:</source>
        <translation>URL de &amp;revocación:</translation>
    </message>
    <message>
        <source>Revocation URL</source>
        <translation>URL de revocación</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Problem of revocationUrl</source>
        <translation>Problema de revocationUrl</translation>
    </message>
    <message>
        <source>User in&amp;fo URL:</source>
        <translation>URL de in&amp;fo. de usuario:</translation>
    </message>
    <message>
        <source>User info URL</source>
        <translation>URL de info. de usuario</translation>
    </message>
    <message>
        <source>Problem of userInfoUrl</source>
        <translation>Problema de userInfoUrl</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Problem of clientId</source>
        <translation>Problema de clientId</translation>
    </message>
    <message>
        <source>Client S&amp;ecret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation>Reem&amp;plazar</translation>
    </message>
    <message>
        <source>Replace the stored client secret</source>
        <translation>Reemplazar el secreto de cliente guardado</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the stored client secret</source>
        <translation>Quitar el secreto de cliente guardado</translation>
    </message>
    <message>
        <source>Client secret status</source>
        <translation>Estado del secreto de cliente</translation>
    </message>
    <message>
        <source>Problem of clientSecret</source>
        <translation>Problema de clientSecret</translation>
    </message>
    <message>
        <source>Client aut&amp;hentication:</source>
        <translation>Autenticación &amp;del cliente:</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Autenticación del cliente</translation>
    </message>
    <message>
        <source>Problem of clientAuthentication</source>
        <translation>Problema de clientAuthentication</translation>
    </message>
    <message>
        <source>Default sc&amp;opes:</source>
        <translation>Ám&amp;bitos predeterminados:</translation>
    </message>
    <message>
        <source>Default scopes</source>
        <translation>Ámbitos predeterminados</translation>
    </message>
    <message>
        <source>Space-separated, e.g. openid profile</source>
        <translation>Separados por espacios, p. ej. openid profile</translation>
    </message>
    <message>
        <source>Problem of defaultScopes</source>
        <translation>Problema de defaultScopes</translation>
    </message>
    <message>
        <source>Redirect &amp;URI:</source>
        <translation>URI de redirecci&amp;ón:</translation>
    </message>
    <message>
        <source>Redirect URI override</source>
        <translation>URI de redirección personalizada</translation>
    </message>
    <message>
        <source>Default: http://127.0.0.1:&lt;any port&gt;/callback</source>
        <translation>Predeterminada: http://127.0.0.1:&lt;cualquier puerto&gt;/callback</translation>
    </message>
    <message>
        <source>Problem of redirectUri</source>
        <translation>Problema de redirectUri</translation>
    </message>
    <message>
        <source>E&amp;xtra authorize
parameters:</source>
        <translation>Parámetros de autori-
zación e&amp;xtra:</translation>
    </message>
    <message>
        <source>Extra authorize parameters</source>
        <translation>Parámetros de autorización extra</translation>
    </message>
    <message>
        <source>Problem of extraAuthorizeParameters</source>
        <translation>Problema de extraAuthorizeParameters</translation>
    </message>
    <message>
        <source>Start from a &amp;preset:</source>
        <translation>Empezar con una &amp;plantilla:</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Fill in a popular service&apos;s endpoints, scopes and redirect rules</source>
        <translation>Rellenar los endpoints, los scopes y las reglas de redirección de un servicio conocido</translation>
    </message>
    <message>
        <source>Problem of the preset&apos;s answers</source>
        <translation>Problema en las respuestas de la plantilla</translation>
    </message>
    <message>
        <source>&amp;Fill in the form</source>
        <translation>&amp;Rellenar el formulario</translation>
    </message>
    <message>
        <source>Replace the endpoints, scopes, client authentication and redirect URI with the preset&apos;s</source>
        <translation>Sustituir los endpoints, los scopes, la autenticación del cliente y la URI de redirección por los de la plantilla</translation>
    </message>
    <message>
        <source>What the preset needs</source>
        <translation>Lo que necesita la plantilla</translation>
    </message>
</context>
<context>
    <name>AuthenticationSettingsPage</name>
    <message>
        <source>Authentication Settings for External Systems</source>
        <translation>Configuración de autenticación de sistemas externos</translation>
    </message>
    <message>
        <source>Your sign-ins to external systems. Programs get their access tokens from Callout (calloutctl token NAME); when a session ends, sign in again here.</source>
        <translation>Sus inicios de sesión en sistemas externos. Los programas obtienen sus tokens de acceso de Callout (calloutctl token NAME); cuando una sesión termina, vuelva a iniciar sesión aquí.</translation>
    </message>
    <message>
        <source>Sign-ins to external systems</source>
        <translation>Inicios de sesión en sistemas externos</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>New external authentication</source>
        <translation>Nueva autenticación externa</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected sign-in</source>
        <translation>Editar el inicio de sesión seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected named credential</source>
        <translation>Eliminar la credencial con nombre seleccionada</translation>
    </message>
    <message>
        <source>&amp;Re-authenticate</source>
        <translation>Volve&amp;r a iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to the selected external system in your browser</source>
        <translation>Iniciar sesión en el sistema externo seleccionado en su navegador</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Sign out of the selected external system</source>
        <translation>Cerrar sesión en el sistema externo seleccionado</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>De&amp;talles</translation>
    </message>
    <message>
        <source>Show the details of the selected sign-in</source>
        <translation>Mostrar los detalles del inicio de sesión seleccionado</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>No named credentials yet. Add an auth provider and a named credential on their pages, then choose New here to sign in. Or import a configuration with: calloutctl import FILE</source>
        <translation>Aún no hay credenciales con nombre. Añada un proveedor de autenticación y una credencial con nombre en sus páginas y elija Nuevo aquí para iniciar sesión. O importe una configuración con: calloutctl import FILE</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>No se puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>permission denied or not a folder</source>
        <translation>permiso denegado o no es una carpeta</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>No se puede quitar %1: %2</translation>
    </message>
</context>
<context>
    <name>ConfigurationPage</name>
    <message>
        <source>Ne&amp;w</source>
        <translation>N&amp;uevo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Forget your changes and show what is saved</source>
        <translation>Descartar sus cambios y mostrar lo guardado</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>ExternalAuthenticationDialog</name>
    <message>
        <source>External Authentication</source>
        <translation>Autenticación externa</translation>
    </message>
    <message>
        <source>Choose the external system and how you sign in to it.</source>
        <translation>Elija el sistema externo y cómo inicia sesión en él.</translation>
    </message>
    <message>
        <source>External System &amp;Definition:</source>
        <translation>&amp;Definición del sistema externo:</translation>
    </message>
    <message>
        <source>External System Definition (named credential)</source>
        <translation>Definición del sistema externo (credencial con nombre)</translation>
    </message>
    <message>
        <source>Problem with the named credential</source>
        <translation>Problema con la credencial con nombre</translation>
    </message>
    <message>
        <source>Authentication Protocol:</source>
        <translation>Protocolo de autenticación:</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>Authentication Protocol</source>
        <translation>Protocolo de autenticación</translation>
    </message>
    <message>
        <source>Authentication &amp;Provider:</source>
        <translation>&amp;Proveedor de autenticación:</translation>
    </message>
    <message>
        <source>Authentication Provider</source>
        <translation>Proveedor de autenticación</translation>
    </message>
    <message>
        <source>Problem with the authentication provider</source>
        <translation>Problema con el proveedor de autenticación</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>Á&amp;mbito:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Problem with the scope</source>
        <translation>Problema con el ámbito</translation>
    </message>
    <message>
        <source>Start Authentication &amp;Flow on Save</source>
        <translation>Iniciar el &amp;flujo de autenticación al guardar</translation>
    </message>
    <message>
        <source>Start Authentication Flow on Save</source>
        <translation>Iniciar el flujo de autenticación al guardar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>&amp;Start Callout in the tray when I log in</source>
        <translation>&amp;Iniciar Callout en la bandeja al iniciar sesión en el equipo</translation>
    </message>
    <message>
        <source>Start Callout when I log in</source>
        <translation>Iniciar Callout al iniciar sesión en el equipo</translation>
    </message>
    <message>
        <source>Reminders and refresh</source>
        <translation>Recordatorios y actualización</translation>
    </message>
    <message>
        <source>&amp;Later reminds me again after:</source>
        <translation>&amp;Más tarde me lo recuerda tras:</translation>
    </message>
    <message>
        <source>Reminder snooze in minutes</source>
        <translation>Aplazamiento del recordatorio en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Refresh tokens this long before they expire:</source>
        <translation>&amp;Actualizar los tokens con esta antelación:</translation>
    </message>
    <message>
        <source>Refresh lead in seconds</source>
        <translation>Antelación de la actualización en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Apply the reminder and refresh settings</source>
        <translation>Aplicar la configuración de recordatorios y actualización</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Revert the reminder and refresh settings</source>
        <translation>Revertir la configuración de recordatorios y actualización</translation>
    </message>
    <message>
        <source>Loopback proxy</source>
        <translation>Proxy de loopback</translation>
    </message>
    <message>
        <source>Let local programs call &amp;through the proxy on port</source>
        <translation>Permitir que los programas locales llamen a &amp;través del proxy en el puerto</translation>
    </message>
    <message>
        <source>Loopback proxy on</source>
        <translation>Proxy de loopback activado</translation>
    </message>
    <message>
        <source>Loopback proxy port</source>
        <translation>Puerto del proxy de loopback</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Loopback proxy address</source>
        <translation>Dirección del proxy de loopback</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Importación y exportación</translation>
    </message>
    <message>
        <source>The same JSON documents as calloutctl import and export. Exports never contain client secrets or tokens.</source>
        <translation>Los mismos documentos JSON que calloutctl import y export. Las exportaciones nunca contienen secretos de cliente ni tokens.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Impo&amp;rtar…</translation>
    </message>
    <message>
        <source>Import a configuration document</source>
        <translation>Importar un documento de configuración</translation>
    </message>
    <message>
        <source>&amp;Change existing entries</source>
        <translation>&amp;Cambiar las entradas existentes</translation>
    </message>
    <message>
        <source>Let the import change existing entries</source>
        <translation>Permitir que la importación cambie las entradas existentes</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the configuration</source>
        <translation>Exportar la configuración</translation>
    </message>
    <message>
        <source>Import and export outcome</source>
        <translation>Resultado de la importación y exportación</translation>
    </message>
    <message>
        <source>&amp;Warn this long before a service asks me to sign in again:</source>
        <translation>&amp;Avisar con esta antelación antes de que un servicio pida volver a iniciar sesión:</translation>
    </message>
    <message>
        <source>Session end warning in minutes</source>
        <translation>Aviso de fin de sesión en minutos</translation>
    </message>
    <message>
        <source>&amp;Quiet hours, no such warnings:</source>
        <translation>&amp;Horas de silencio, sin estos avisos:</translation>
    </message>
    <message>
        <source>Quiet hours on</source>
        <translation>Horas de silencio activadas</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
</context>
<context>
    <name>NamedCredentialEditor</name>
    <message>
        <source>Named Credential</source>
        <translation>Credencial con nombre</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Shown to you; defaults to the name</source>
        <translation>Se le muestra a usted; por defecto, el nombre</translation>
    </message>
    <message>
        <source>Problem of label</source>
        <translation>Problema de label</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Used by programs: calloutctl token Name</source>
        <translation>Lo usan los programas: calloutctl token Name</translation>
    </message>
    <message>
        <source>Problem of name</source>
        <translation>Problema de name</translation>
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
        <translation>Problema de url</translation>
    </message>
    <message>
        <source>Auth &amp;Provider:</source>
        <translation>&amp;Proveedor de autenticación:</translation>
    </message>
    <message>
        <source>Auth Provider</source>
        <translation>Proveedor de autenticación</translation>
    </message>
    <message>
        <source>Problem of authProvider</source>
        <translation>Problema de authProvider</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>Á&amp;mbito:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Leave empty for the provider&apos;s default scopes</source>
        <translation>Déjelo vacío para usar los ámbitos predeterminados del proveedor</translation>
    </message>
    <message>
        <source>Problem of scopes</source>
        <translation>Problema de scopes</translation>
    </message>
    <message>
        <source>&amp;Generate Authorization Header</source>
        <translation>Gener&amp;ar cabecera Authorization</translation>
    </message>
    <message>
        <source>Generate Authorization Header</source>
        <translation>Generar cabecera Authorization</translation>
    </message>
    <message>
        <source>Send &quot;Authorization: Bearer &lt;token&gt;&quot; with every call</source>
        <translation>Enviar &quot;Authorization: Bearer &lt;token&gt;&quot; en cada llamada</translation>
    </message>
    <message>
        <source>Problem of generateAuthorizationHeader</source>
        <translation>Problema de generateAuthorizationHeader</translation>
    </message>
    <message>
        <source>Custom &amp;headers:</source>
        <translation>&amp;Cabeceras personalizadas:</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>Cabeceras personalizadas</translation>
    </message>
    <message>
        <source>Problem of headers</source>
        <translation>Problema de headers</translation>
    </message>
    <message>
        <source>Sessions &amp;end after:</source>
        <translation>Las sesiones &amp;terminan tras:</translation>
    </message>
    <message>
        <source>Sessions end after this many hours</source>
        <translation>Las sesiones terminan tras este número de horas</translation>
    </message>
    <message>
        <source>For a service that asks you to sign in again after a fixed time, whatever the refreshes: Callout warns before. Not set: Callout learns it from the service when it can.</source>
        <translation>Para un servicio que pide volver a iniciar sesión tras un tiempo fijo, sean cuales sean las renovaciones: Callout avisa antes. Sin definir: Callout lo averigua del servicio cuando puede.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Problem of the session length</source>
        <translation>Problema con la duración de la sesión</translation>
    </message>
</context>
<context>
    <name>PendingSignInBar</name>
    <message>
        <source>Sign-in in progress</source>
        <translation>Inicio de sesión en curso</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Copiar la dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>&amp;Abrir de nuevo</translation>
    </message>
    <message>
        <source>Open the sign-in address in the browser again</source>
        <translation>Abrir de nuevo la dirección de inicio de sesión en el navegador</translation>
    </message>
    <message>
        <source>Cancel si&amp;gn-in</source>
        <translation>Cancelar el inicio de sesi&amp;ón</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Auth provider</source>
        <translation>Proveedor de autenticación</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>Cabeceras personalizadas</translation>
    </message>
    <message>
        <source>Generate Authorization Header</source>
        <translation>Generar cabecera Authorization</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL de autorización</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>Revocation URL</source>
        <translation>URL de revocación</translation>
    </message>
    <message>
        <source>User info URL</source>
        <translation>URL de info. de usuario</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Autenticación del cliente</translation>
    </message>
    <message>
        <source>Default scopes</source>
        <translation>Ámbitos predeterminados</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Revocation answered HTTP %1.</source>
        <translation>La revocación respondió HTTP %1.</translation>
    </message>
</context>
<context>
    <name>ReauthPrompt</name>
    <message>
        <source>Callout — Sign in again</source>
        <translation>Callout — Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>&lt;b&gt;These sign-ins need you.&lt;/b&gt; Re-authenticate to continue; waiting calls go on once you are signed in.</source>
        <translation>&lt;b&gt;Estos inicios de sesión le necesitan.&lt;/b&gt; Vuelva a iniciar sesión para continuar; las llamadas en espera siguen en cuanto inicie sesión.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Remind me in 15 minutes</source>
        <translation>Recordármelo en 15 minutos</translation>
    </message>
</context>
<context>
    <name>ReauthPromptRow</name>
    <message>
        <source>&amp;Re-authenticate</source>
        <translation>Volve&amp;r a iniciar sesión</translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer to sign in.</source>
        <translation>Abra esta dirección en un navegador de este equipo para iniciar sesión.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Copiar la dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Abrir de nuevo</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser again</source>
        <translation>Abrir de nuevo la página de inicio de sesión en el navegador</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Callout — %1 (tokens)</source>
        <translation>Callout — %1 (tokens)</translation>
    </message>
    <message>
        <source>Callout — %1 (client secret)</source>
        <translation>Callout — %1 (secreto de cliente)</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>Configuration problems</source>
        <translation>Problemas de configuración</translation>
    </message>
</context>
<context>
    <name>SignInDetailsPanel</name>
    <message>
        <source>Sign-in details</source>
        <translation>Detalles del inicio de sesión</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>&amp;Hide details</source>
        <translation>&amp;Ocultar detalles</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Requested scopes:</source>
        <translation>Ámbitos solicitados:</translation>
    </message>
    <message>
        <source>Requested scopes</source>
        <translation>Ámbitos solicitados</translation>
    </message>
    <message>
        <source>Granted scopes:</source>
        <translation>Ámbitos concedidos:</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Ámbitos concedidos</translation>
    </message>
    <message>
        <source>Missing scopes:</source>
        <translation>Ámbitos que faltan:</translation>
    </message>
    <message>
        <source>Missing scopes</source>
        <translation>Ámbitos que faltan</translation>
    </message>
    <message>
        <source>&amp;Re-authenticate to get them</source>
        <translation>Volve&amp;r a iniciar sesión para obtenerlos</translation>
    </message>
    <message>
        <source>Re-authenticate to get the missing scopes</source>
        <translation>Volver a iniciar sesión para obtener los ámbitos que faltan</translation>
    </message>
    <message>
        <source>Access token expires:</source>
        <translation>El token de acceso caduca:</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>Caducidad del token de acceso</translation>
    </message>
    <message>
        <source>Last refresh:</source>
        <translation>Última actualización:</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Next refresh:</source>
        <translation>Próxima actualización:</translation>
    </message>
    <message>
        <source>Next planned refresh</source>
        <translation>Próxima actualización prevista</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Último error:</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>Sign-in history</source>
        <translation>Historial de inicios de sesión</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Session ends:</source>
        <translation>La sesión termina:</translation>
    </message>
    <message>
        <source>Session ends</source>
        <translation>La sesión termina</translation>
    </message>
</context>
<context>
    <name>callout</name>
    <message>
        <source>The path may not contain an encoded slash or backslash (%2F, %5C).</source>
        <translation>La ruta no puede contener una barra ni una barra invertida codificadas (%2F, %5C).</translation>
    </message>
    <message>
        <source>The path may not contain &quot;.&quot; or &quot;..&quot; segments, in any spelling.</source>
        <translation>La ruta no puede contener segmentos &quot;.&quot; ni &quot;..&quot;, escritos de ninguna forma.</translation>
    </message>
    <message>
        <source>The path may not contain control characters, encoded or not.</source>
        <translation>La ruta no puede contener caracteres de control, codificados o no.</translation>
    </message>
    <message>
        <source>The address may not contain control characters.</source>
        <translation>La dirección no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>The address may not contain a fragment (#).</source>
        <translation>La dirección no puede contener un fragmento (#).</translation>
    </message>
    <message>
        <source>The path must be relative to the credential&apos;s URL; an absolute URL is not allowed.</source>
        <translation>La ruta debe ser relativa a la URL de la credencial; no se permite una URL absoluta.</translation>
    </message>
    <message>
        <source>The path must start with &quot;/&quot;.</source>
        <translation>La ruta debe empezar por &quot;/&quot;.</translation>
    </message>
    <message>
        <source>The path may not start with &quot;//&quot;, which would name another host.</source>
        <translation>La ruta no puede empezar por &quot;//&quot;, que indicaría otro host.</translation>
    </message>
    <message>
        <source>The path may not contain a backslash.</source>
        <translation>La ruta no puede contener una barra invertida.</translation>
    </message>
    <message>
        <source>The address may not contain an encoded NUL character (%00).</source>
        <translation>La dirección no puede contener un carácter NUL codificado (%00).</translation>
    </message>
    <message>
        <source>The credential&apos;s URL is not a valid http or https URL.</source>
        <translation>La URL de la credencial no es una URL http o https válida.</translation>
    </message>
    <message>
        <source>The path leaves the credential&apos;s URL.</source>
        <translation>La ruta sale de la URL de la credencial.</translation>
    </message>
</context>
<context>
    <name>callout::AgentCallAuthorizer</name>
    <message>
        <source>The callout agent&apos;s answer to authorize was not understood.</source>
        <translation>No se entendió la respuesta del agente de Callout a authorize.</translation>
    </message>
</context>
<context>
    <name>callout::ApiHandler</name>
    <message>
        <source>A request needs a string method, an id (number or string) and object params.</source>
        <translation>Una solicitud necesita un método (cadena), un id (número o cadena) y params (objeto).</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;.</source>
        <translation>Método desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This method needs params.name.</source>
        <translation>Este método necesita params.name.</translation>
    </message>
    <message>
        <source>No named credential is called %1.</source>
        <translation>Ninguna credencial con nombre se llama %1.</translation>
    </message>
    <message>
        <source>%1 is disabled until its entry in the configuration file is fixed; its sign-in is kept.</source>
        <translation>%1 está desactivada hasta que se corrija su entrada en el archivo de configuración; su inicio de sesión se conserva.</translation>
    </message>
    <message>
        <source>Disabled: its entry in the configuration file has a problem. Its sign-in is kept and works again once the entry is fixed.</source>
        <translation>Desactivada: su entrada en el archivo de configuración tiene un problema. Su inicio de sesión se conserva y vuelve a funcionar cuando se corrija la entrada.</translation>
    </message>
    <message>
        <source>params.document must be an import document (object or string).</source>
        <translation>params.document debe ser un documento de importación (objeto o cadena).</translation>
    </message>
    <message>
        <source>params.replace must be true or false.</source>
        <translation>params.replace debe ser true o false.</translation>
    </message>
    <message>
        <source>params.timeout must be a whole number of seconds from %1 to %2.</source>
        <translation>params.timeout debe ser un número entero de segundos entre %1 y %2.</translation>
    </message>
    <message>
        <source>params.token must be a string.</source>
        <translation>params.token debe ser una cadena.</translation>
    </message>
    <message>
        <source>params.wait must be a whole number of seconds from 0 to %1.</source>
        <translation>params.wait debe ser un número entero de segundos entre 0 y %1.</translation>
    </message>
    <message>
        <source>params.refusedToken must be a string.</source>
        <translation>params.refusedToken debe ser una cadena.</translation>
    </message>
    <message>
        <source>params.arguments must be an array of strings.</source>
        <translation>params.arguments debe ser un array de cadenas.</translation>
    </message>
    <message>
        <source>This agent has no loopback proxy.</source>
        <translation>Este agente no tiene proxy de loopback.</translation>
    </message>
    <message>
        <source>params.action must be on, off or status; params.port (with on) a port from 1 to 65535.</source>
        <translation>params.action debe ser on, off o status; params.port (con on), un puerto de 1 a 65535.</translation>
    </message>
</context>
<context>
    <name>callout::AsyncApiClient</name>
    <message>
        <source>The callout agent is not running or closed the connection.</source>
        <translation>El agente de Callout no se está ejecutando o cerró la conexión.</translation>
    </message>
</context>
<context>
    <name>callout::AuthProvider</name>
    <message>
        <source>must be a loopback http URL such as http://localhost:1717/OauthRedirect (host 127.0.0.1, ::1 or localhost)</source>
        <translation>debe ser una URL http de loopback como http://localhost:1717/OauthRedirect (host 127.0.0.1, ::1 o localhost)</translation>
    </message>
    <message>
        <source>must name a port; leave it empty to use an ephemeral 127.0.0.1 port</source>
        <translation>debe indicar un puerto; déjelo vacío para usar un puerto efímero de 127.0.0.1</translation>
    </message>
    <message>
        <source>must not contain a query or fragment</source>
        <translation>no debe contener consulta (query) ni fragmento</translation>
    </message>
    <message>
        <source>must not be stored in the configuration file; import it so it goes to the keychain</source>
        <translation>no debe guardarse en el archivo de configuración; impórtelo para que vaya al llavero</translation>
    </message>
    <message>
        <source>must be none, post or basic</source>
        <translation>debe ser none, post o basic</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>needs an issuer to compare with</source>
        <translation>necesita un emisor con el que compararse</translation>
    </message>
    <message>
        <source>is set by Callout itself and cannot be overridden</source>
        <translation>lo establece el propio Callout y no se puede reemplazar</translation>
    </message>
    <message>
        <source>parameter names must not be empty</source>
        <translation>los nombres de parámetro no deben estar vacíos</translation>
    </message>
    <message>
        <source>is on another server (%1) than the issuer (%2); the client secret and the codes go there: check that it is right</source>
        <translation>está en otro servidor (%1) que el emisor (%2); el secreto de cliente y los códigos van allí: compruebe que es correcto</translation>
    </message>
</context>
<context>
    <name>callout::AuthProviderEditor</name>
    <message>
        <source>None (public client, PKCE only)</source>
        <translation>Ninguna (cliente público, solo PKCE)</translation>
    </message>
    <message>
        <source>Secret in the request body (client_secret_post)</source>
        <translation>Secreto en el cuerpo de la solicitud (client_secret_post)</translation>
    </message>
    <message>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation>HTTP Basic (client_secret_basic)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL de autorización</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>Revocation URL</source>
        <translation>URL de revocación</translation>
    </message>
    <message>
        <source>User info URL</source>
        <translation>URL de info. de usuario</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Autenticación del cliente</translation>
    </message>
    <message>
        <source>Default scopes</source>
        <translation>Ámbitos predeterminados</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>Stored (hidden). Replace to enter a new one</source>
        <translation>Guardado (oculto). Reemplácelo para introducir uno nuevo</translation>
    </message>
    <message>
        <source>Only for confidential clients</source>
        <translation>Solo para clientes confidenciales</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>No client secret is stored.</source>
        <translation>No hay ningún secreto de cliente guardado.</translation>
    </message>
    <message>
        <source>Whether a client secret is stored is unknown: %1</source>
        <translation>No se sabe si hay un secreto de cliente guardado: %1</translation>
    </message>
    <message>
        <source>The stored client secret is deleted from the keychain on Save.</source>
        <translation>El secreto de cliente guardado se elimina del llavero al guardar.</translation>
    </message>
    <message>
        <source>A client secret is stored; Save replaces it with the one entered.</source>
        <translation>Hay un secreto de cliente guardado; Guardar lo reemplaza por el introducido.</translation>
    </message>
    <message>
        <source>A client secret is stored in the keychain.</source>
        <translation>Hay un secreto de cliente guardado en el llavero.</translation>
    </message>
    <message>
        <source>is given more than once</source>
        <translation>se indica más de una vez</translation>
    </message>
    <message>
        <source>is empty: enter the new secret, or Revert</source>
        <translation>está vacío: introduzca el nuevo secreto o revierta los cambios</translation>
    </message>
    <message>
        <source>Enter the issuer first.</source>
        <translation>Introduzca primero el emisor.</translation>
    </message>
    <message>
        <source>Asking %1 for its metadata…</source>
        <translation>Pidiendo sus metadatos a %1…</translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation>Error en el descubrimiento: %1</translation>
    </message>
    <message>
        <source>Found in the metadata of %1:</source>
        <translation>Encontrado en los metadatos de %1:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (your entry %3 is kept)</source>
        <translation>%1: %2 (se conserva su entrada %3)</translation>
    </message>
    <message>
        <source>The issuer sends “iss” with its responses; Callout will require it.</source>
        <translation>El emisor envía «iss» con sus respuestas; Callout lo exigirá.</translation>
    </message>
    <message>
        <source>None: enter the fields yourself</source>
        <translation>Ninguna: rellenar los campos usted mismo</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>You type: %1.</source>
        <translation>Usted escribe: %1.</translation>
    </message>
    <message>
        <source>Redirect: %1</source>
        <translation>Redirección: %1</translation>
    </message>
    <message>
        <source>Refresh: %1</source>
        <translation>Actualización: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>callout::AuthProvidersPage</name>
    <message>
        <source>Auth. Providers</source>
        <translation>Proveedores de autenticación</translation>
    </message>
    <message>
        <source>Auth. Provider: %1</source>
        <translation>Proveedor de autenticación: %1</translation>
    </message>
    <message>
        <source>New Auth. Provider</source>
        <translation>Nuevo proveedor de autenticación</translation>
    </message>
</context>
<context>
    <name>callout::AuthenticationSettingsPage</name>
    <message>
        <source>Fix this entry in callout.json first.</source>
        <translation>Corrija primero esta entrada en callout.json.</translation>
    </message>
    <message>
        <source>&amp;Re-authenticate</source>
        <translation>Volve&amp;r a iniciar sesión</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Saved the authentication settings of %1.</source>
        <translation>Configuración de autenticación de %1 guardada.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message>
        <source>Delete the named credential %1? Its sign-in and tokens are deleted too, and programs that use it can no longer call %1.</source>
        <translation>¿Eliminar la credencial con nombre %1? También se eliminan su inicio de sesión y sus tokens, y los programas que la usan ya no podrán llamar a %1.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 no se eliminó: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 eliminada.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Sesión cerrada en %1.</translation>
    </message>
    <message>
        <source>Signing out of %1 failed: %2</source>
        <translation>No se pudo cerrar sesión en %1: %2</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Sesión iniciada en %1.</translation>
    </message>
    <message>
        <source>Sign-in to %1 did not complete: %2</source>
        <translation>El inicio de sesión en %1 no se completó: %2</translation>
    </message>
</context>
<context>
    <name>callout::CalloutAddress</name>
    <message>
        <source>A callout address starts with &quot;callout:&quot; (callout:NAME/PATH).</source>
        <translation>Una dirección de callout empieza por &quot;callout:&quot; (callout:NAME/PATH).</translation>
    </message>
    <message>
        <source>The address names no credential (callout:NAME/PATH).</source>
        <translation>La dirección no indica ninguna credencial (callout:NAME/PATH).</translation>
    </message>
    <message>
        <source>A credential&apos;s name starts with a letter and holds only letters, digits and &quot;_&quot; (at most 80 characters).</source>
        <translation>El nombre de una credencial empieza por una letra y solo contiene letras, dígitos y &quot;_&quot; (80 caracteres como máximo).</translation>
    </message>
</context>
<context>
    <name>callout::CalloutProxy</name>
    <message>
        <source>The proxy could not listen on 127.0.0.1 port %1: %2</source>
        <translation>El proxy no pudo escuchar en 127.0.0.1, puerto %1: %2</translation>
    </message>
</context>
<context>
    <name>callout::CalloutReply</name>
    <message>
        <source>The request has no HTTP method.</source>
        <translation>La solicitud no tiene método HTTP.</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Operación cancelada</translation>
    </message>
</context>
<context>
    <name>callout::ConfigImport</name>
    <message>
        <source>must be a non-empty string</source>
        <translation>debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already; import with --replace to change it</source>
        <translation>&quot;%1&quot; ya existe; importe con --replace para cambiarlo</translation>
    </message>
    <message>
        <source>The import document is not valid JSON: %1.</source>
        <translation>El documento de importación no es JSON válido: %1.</translation>
    </message>
    <message>
        <source>The import document must be a JSON object.</source>
        <translation>El documento de importación debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>The import document has version %1; this Callout reads version %2 and older.</source>
        <translation>El documento de importación tiene la versión %1; este Callout lee la versión %2 y anteriores.</translation>
    </message>
    <message numerus="yes">
        <source>The import was refused, nothing was changed: %n problem(s).</source>
        <translation>
            <numerusform>Se rechazó la importación, no se cambió nada: %n problema.</numerusform>
            <numerusform>Se rechazó la importación, no se cambió nada: %n problemas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callout::ConfigStore</name>
    <message>
        <source>must be 1</source>
        <translation>debe ser 1</translation>
    </message>
    <message>
        <source>its auth provider %1 has a problem and cannot be used</source>
        <translation>su proveedor de autenticación %1 tiene un problema y no se puede usar</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); Callout will not write over it. Fix it in an editor (Callout reads it again when it is saved), then try again.</source>
        <translation>
            <numerusform>%1 tiene %n problema; Callout no lo sobrescribirá. Corríjalo en un editor (Callout lo vuelve a leer cuando se guarda) y vuelva a intentarlo.</numerusform>
            <numerusform>%1 tiene %n problemas; Callout no lo sobrescribirá. Corríjalo en un editor (Callout lo vuelve a leer cuando se guarda) y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed on disk and has not been read again yet; Callout will not write over it. Try again in a moment.</source>
        <translation>%1 cambió en el disco y aún no se ha vuelto a leer; Callout no lo sobrescribirá. Inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>callout::Configuration</name>
    <message>
        <source>must be an array</source>
        <translation>debe ser un array</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used more than once</source>
        <translation>&quot;%1&quot; se usa más de una vez</translation>
    </message>
    <message>
        <source>no auth provider is named &quot;%1&quot;</source>
        <translation>ningún proveedor de autenticación se llama &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>callout::ConfigurationEdit</name>
    <message>
        <source>The auth provider %1 was deleted meanwhile.</source>
        <translation>El proveedor de autenticación %1 se eliminó mientras tanto.</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>The client secret of %1 was deleted.</source>
        <translation>Se eliminó el secreto de cliente de %1.</translation>
    </message>
    <message>
        <source>no client secret will be stored, but client authentication %1 sends one</source>
        <translation>no se guardará ningún secreto de cliente, pero la autenticación del cliente %1 envía uno</translation>
    </message>
    <message>
        <source>The named credential %1 was deleted meanwhile.</source>
        <translation>La credencial con nombre %1 se eliminó mientras tanto.</translation>
    </message>
    <message>
        <source>The auth provider was deleted meanwhile.</source>
        <translation>El proveedor de autenticación se eliminó mientras tanto.</translation>
    </message>
    <message>
        <source>%1 is used by %2: change or delete them first.</source>
        <translation>%1 lo usa %2: cámbielos o elimínelos primero.</translation>
    </message>
    <message>
        <source>The client secret of %1 was deleted with it.</source>
        <translation>El secreto de cliente de %1 se eliminó con él.</translation>
    </message>
    <message>
        <source>The named credential was deleted meanwhile.</source>
        <translation>La credencial con nombre se eliminó mientras tanto.</translation>
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
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Eliminar la entrada seleccionada</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save or revert your changes first.</source>
        <translation>Guarde o revierta primero sus cambios.</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
    <message>
        <source>Delete %1? What Callout keeps for it in the keychain is deleted too. This cannot be undone.</source>
        <translation>¿Eliminar %1? También se elimina lo que Callout guarda para ello en el llavero. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 no se eliminó: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 eliminada.</translation>
    </message>
    <message>
        <source>These named credentials lose their tokens and will need a new sign-in:</source>
        <translation>Estas credenciales con nombre pierden sus tokens y necesitarán un nuevo inicio de sesión:</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>The stored client secret of %1 is deleted (%2) unless you enter a new one in Client Secret.</source>
        <translation>El secreto de cliente guardado de %1 se elimina (%2) salvo que introduzca uno nuevo en Secreto de cliente.</translation>
    </message>
    <message>
        <source>Sign-ins will be discarded</source>
        <translation>Se descartarán inicios de sesión</translation>
    </message>
    <message>
        <source>%1 was deleted meanwhile (by calloutctl or an edit of callout.json).</source>
        <translation>%1 se eliminó mientras tanto (con calloutctl o editando callout.json).</translation>
    </message>
    <message>
        <source>%1 was deleted meanwhile (by calloutctl or an edit of callout.json). Your edit is kept: Save adds it again.</source>
        <translation>%1 se eliminó mientras tanto (con calloutctl o editando callout.json). Su edición se conserva: Guardar lo vuelve a añadir.</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile; the editor shows the new version.</source>
        <translation>%1 cambió mientras tanto; el editor muestra la nueva versión.</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile (by calloutctl or an edit of callout.json). Your edit is kept: Save replaces that change, Revert shows it.</source>
        <translation>%1 cambió mientras tanto (con calloutctl o editando callout.json). Su edición se conserva: Guardar reemplaza ese cambio, Revertir lo muestra.</translation>
    </message>
</context>
<context>
    <name>callout::CoreCallAuthorizer</name>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is disabled until its entry in the configuration file is fixed; its sign-in is kept.</source>
        <translation>%1 está desactivada hasta que se corrija su entrada en el archivo de configuración; su inicio de sesión se conserva.</translation>
    </message>
    <message>
        <source>No named credential is called %1.</source>
        <translation>Ninguna credencial con nombre se llama %1.</translation>
    </message>
    <message>
        <source>%1 was not signed in again within %2, so the call was not made. Click Re-authenticate in Callout&apos;s prompt or tray menu, then try again.</source>
        <translation>No se volvió a iniciar sesión en %1 en %2, así que la llamada no se hizo. Haga clic en Volver a iniciar sesión en el aviso o el menú de la bandeja de Callout y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 needs you to sign in again: click Re-authenticate in Callout&apos;s prompt or tray menu. The call waits up to %2.</source>
        <translation>%1 necesita que vuelva a iniciar sesión: haga clic en Volver a iniciar sesión en el aviso o el menú de la bandeja de Callout. La llamada espera hasta %2.</translation>
    </message>
</context>
<context>
    <name>callout::CredentialCatalog</name>
    <message>
        <source>Tokens of %1 were discarded: its auth provider or URL was changed in %2.</source>
        <translation>Se descartaron los tokens de %1: su proveedor de autenticación o su URL cambió en %2.</translation>
    </message>
    <message>
        <source>The entry has problems; nothing was saved.</source>
        <translation>La entrada tiene problemas; no se guardó nada.</translation>
    </message>
    <message>
        <source>The configuration changed meanwhile: review the entry and save again.</source>
        <translation>La configuración cambió mientras tanto: revise la entrada y vuelva a guardar.</translation>
    </message>
    <message>
        <source>%1 has problems; fix them in the file first, Callout does not write over it.</source>
        <translation>%1 tiene problemas; corríjalos primero en el archivo, Callout no lo sobrescribe.</translation>
    </message>
    <message>
        <source>No named credential is called %1.</source>
        <translation>Ninguna credencial con nombre se llama %1.</translation>
    </message>
    <message>
        <source>No auth provider is called %1.</source>
        <translation>Ningún proveedor de autenticación se llama %1.</translation>
    </message>
    <message>
        <source>No named credential has that id.</source>
        <translation>Ninguna credencial con nombre tiene ese id.</translation>
    </message>
    <message>
        <source>A credential cannot go from %1 to %2.</source>
        <translation>Una credencial no puede pasar de %1 a %2.</translation>
    </message>
</context>
<context>
    <name>callout::CredentialTableModel</name>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Inicio de sesión necesario</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign-in required — Re-authenticate</source>
        <translation>Inicio de sesión necesario — Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Needs fixing: %1</source>
        <translation>Hay que corregir: %1</translation>
    </message>
    <message>
        <source>Named Credential</source>
        <translation>Credencial con nombre</translation>
    </message>
    <message>
        <source>Auth Provider</source>
        <translation>Proveedor de autenticación</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Última actualización</translation>
    </message>
</context>
<context>
    <name>callout::ExternalAuthenticationDialog</name>
    <message>
        <source>Edit External Authentication</source>
        <translation>Editar autenticación externa</translation>
    </message>
    <message>
        <source>New External Authentication</source>
        <translation>Nueva autenticación externa</translation>
    </message>
    <message>
        <source>Choose a named credential</source>
        <translation>Elija una credencial con nombre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New named credential…</source>
        <translation>Nueva credencial con nombre…</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Predeterminado: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s default scopes</source>
        <translation>Los ámbitos predeterminados del proveedor</translation>
    </message>
    <message>
        <source>This named credential was deleted meanwhile.</source>
        <translation>Esta credencial con nombre se eliminó mientras tanto.</translation>
    </message>
    <message>
        <source>Choose the named credential to sign in to.</source>
        <translation>Elija la credencial con nombre con la que iniciar sesión.</translation>
    </message>
    <message>
        <source>Sign out on Save?</source>
        <translation>¿Cerrar sesión al guardar?</translation>
    </message>
    <message>
        <source>Saving this change signs you out of %1: the tokens are deleted and a new sign-in is needed.</source>
        <translation>Guardar este cambio cierra su sesión en %1: los tokens se eliminan y hará falta un nuevo inicio de sesión.</translation>
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
        <translation>%1 «%2»: %3</translation>
    </message>
</context>
<context>
    <name>callout::FreedesktopNotifications</name>
    <message>
        <source>Re-authenticate</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Re-authenticate %1</source>
        <translation>Volver a iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-ins need you</source>
        <translation>
            <numerusform>%n inicio de sesión le necesita</numerusform>
            <numerusform>%n inicios de sesión le necesitan</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Sign in now</source>
        <translation>Iniciar sesión ahora</translation>
    </message>
    <message>
        <source>Sign in now to %1</source>
        <translation>Iniciar sesión ahora en %1</translation>
    </message>
    <message>
        <source>Sign in again soon</source>
        <translation>Vuelva a iniciar sesión pronto</translation>
    </message>
</context>
<context>
    <name>callout::GeneralPage</name>
    <message>
        <source>JSON documents (*.json);;All files (*)</source>
        <translation>Documentos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a configuration</source>
        <translation>Importar una configuración</translation>
    </message>
    <message>
        <source>Export the configuration</source>
        <translation>Exportar la configuración</translation>
    </message>
    <message>
        <source>The document has no entries: nothing was imported.</source>
        <translation>El documento no tiene entradas: no se importó nada.</translation>
    </message>
    <message>
        <source>Nothing changed: everything in the document is already here.</source>
        <translation>No cambió nada: todo lo del documento ya está aquí.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Añadidos: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Cambiados: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <source>One sign-in must be done again.</source>
        <translation>Hay que repetir un inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 sign-ins must be done again.</source>
        <translation>Hay que repetir %1 inicios de sesión.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Programs send requests to %1/NAME/PATH with the header Proxy-Authorization: Bearer and the secret in %2 (calloutctl proxy-env prints both).</source>
        <translation>Los programas envían solicitudes a %1/NAME/PATH con la cabecera Proxy-Authorization: Bearer y el secreto de %2 (calloutctl proxy-env muestra ambos).</translation>
    </message>
    <message>
        <source>Off: programs can call through Callout with calloutctl call or the Qt client library.</source>
        <translation>Desactivado: los programas pueden llamar a través de Callout con calloutctl call o la biblioteca cliente de Qt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 no se importó: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1 (without client secrets).</source>
        <translation>Exportado a %1 (sin secretos de cliente).</translation>
    </message>
</context>
<context>
    <name>callout::JsonFile</name>
    <message>
        <source>the document is not a JSON object</source>
        <translation>el documento no es un objeto JSON</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>Could not move %1 aside to %2.</source>
        <translation>No se pudo apartar %1 a %2.</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2.</source>
        <translation>No se pudo copiar %1 a %2.</translation>
    </message>
</context>
<context>
    <name>callout::JsonPosition</name>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 en la línea %2, columna %3</translation>
    </message>
</context>
<context>
    <name>callout::KeyValueTable</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Names and values</source>
        <translation>Nombres y valores</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Añadir una fila</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Quitar la fila seleccionada</translation>
    </message>
</context>
<context>
    <name>callout::KeychainErrors</name>
    <message>
        <source>No Secret Service found: install and unlock gnome-keyring or KWallet, then try again.</source>
        <translation>No se encontró ningún Secret Service: instale y desbloquee gnome-keyring o KWallet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access: unlock it (for example by logging in to your desktop session) and try again.</source>
        <translation>El llavero está bloqueado o denegó el acceso: desbloquéelo (por ejemplo, iniciando su sesión de escritorio) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain has no such item.</source>
        <translation>El llavero no tiene ese elemento.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Error del llavero: %1</translation>
    </message>
</context>
<context>
    <name>callout::LocalApiServer</name>
    <message>
        <source>Could not create %1.</source>
        <translation>No se pudo crear %1.</translation>
    </message>
    <message>
        <source>%1 must belong to you and be closed to others (0700); Callout will not use it.</source>
        <translation>%1 debe ser suyo y estar cerrado a otros (0700); Callout no lo usará.</translation>
    </message>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation>No se pudo escuchar en %1: %2</translation>
    </message>
    <message>
        <source>Too many connections at once; try again later.</source>
        <translation>Demasiadas conexiones a la vez; inténtelo más tarde.</translation>
    </message>
    <message>
        <source>A message may be at most 1 MiB long.</source>
        <translation>Un mensaje puede ocupar como máximo 1 MiB.</translation>
    </message>
    <message>
        <source>Each line must be a JSON object.</source>
        <translation>Cada línea debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Too many requests at once.</source>
        <translation>Demasiadas solicitudes a la vez.</translation>
    </message>
</context>
<context>
    <name>callout::LoopbackListener</name>
    <message>
        <source>Could not listen for the sign-in redirect on %1 port %2: %3</source>
        <translation>No se pudo esperar la redirección del inicio de sesión en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Solicitud demasiado grande</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Método no permitido</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Solicitud incorrecta</translation>
    </message>
    <message>
        <source>Opening the sign-in page</source>
        <translation>Abriendo la página de inicio de sesión</translation>
    </message>
    <message>
        <source>This sign-in link is not valid</source>
        <translation>Este enlace de inicio de sesión no es válido</translation>
    </message>
    <message>
        <source>It does not belong to the sign-in in progress, or it was used already. Start the sign-in again from Callout.</source>
        <translation>No pertenece al inicio de sesión en curso o ya se usó. Vuelva a iniciar sesión desde Callout.</translation>
    </message>
    <message>
        <source>The sign-in answer came from another authorization server (iss %1, expected %2); it was refused.</source>
        <translation>La respuesta del inicio de sesión vino de otro servidor de autorización (iss %1, se esperaba %2); se rechazó.</translation>
    </message>
    <message>
        <source>The sign-in answer does not name its authorization server (iss), which this provider requires; it was refused.</source>
        <translation>La respuesta del inicio de sesión no indica su servidor de autorización (iss), que este proveedor exige; se rechazó.</translation>
    </message>
    <message>
        <source>The sign-in answer carries no authorization code.</source>
        <translation>La respuesta del inicio de sesión no contiene código de autorización.</translation>
    </message>
</context>
<context>
    <name>callout::NamedCredential</name>
    <message>
        <source>must not contain a query; add it to each call instead</source>
        <translation>no debe contener una consulta (query); añádala en cada llamada</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>is not a valid HTTP header name</source>
        <translation>no es un nombre de cabecera HTTP válido</translation>
    </message>
    <message>
        <source>must not contain line breaks</source>
        <translation>no debe contener saltos de línea</translation>
    </message>
    <message>
        <source>must not contain control characters (tab is allowed)</source>
        <translation>no debe contener caracteres de control (se permite el tabulador)</translation>
    </message>
    <message>
        <source>conflicts with generateAuthorizationHeader; set that to false to send your own</source>
        <translation>entra en conflicto con generateAuthorizationHeader; póngalo a false para enviar la suya</translation>
    </message>
    <message>
        <source>must be a whole number of hours from 1 to %1</source>
        <translation>debe ser un número entero de horas de 1 a %1</translation>
    </message>
</context>
<context>
    <name>callout::NamedCredentialEditor</name>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Insert &amp;token field</source>
        <translation>Insertar campo del &amp;token</translation>
    </message>
    <message>
        <source>Insert token field</source>
        <translation>Insertar campo del token</translation>
    </message>
    <message>
        <source>Insert %1: replaced by the access token in each call</source>
        <translation>Insertar %1: se reemplaza por el token de acceso en cada llamada</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Auth Provider</source>
        <translation>Proveedor de autenticación</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Generate Authorization Header</source>
        <translation>Generar cabecera Authorization</translation>
    </message>
    <message>
        <source>Choose an auth provider…</source>
        <translation>Elija un proveedor de autenticación…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>is given more than once</source>
        <translation>se indica más de una vez</translation>
    </message>
    <message>
        <source>Sessions end after</source>
        <translation>Las sesiones terminan tras</translation>
    </message>
</context>
<context>
    <name>callout::NamedCredentialsPage</name>
    <message>
        <source>Named Credentials</source>
        <translation>Credenciales con nombre</translation>
    </message>
    <message>
        <source>Named Credential: %1</source>
        <translation>Credencial con nombre: %1</translation>
    </message>
    <message>
        <source>New Named Credential</source>
        <translation>Nueva credencial con nombre</translation>
    </message>
</context>
<context>
    <name>callout::OAuthErrors</name>
    <message>
        <source>The service ended the session (%1). Sign in again.</source>
        <translation>El servicio terminó la sesión (%1). Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Access was denied (%1).</source>
        <translation>Se denegó el acceso (%1).</translation>
    </message>
    <message>
        <source>The authorization server refused the client (%1): check the auth provider&apos;s client id, secret, client authentication, scopes and redirect URI.</source>
        <translation>El servidor de autorización rechazó el cliente (%1): compruebe el ID de cliente, el secreto, la autenticación del cliente, los ámbitos y la URI de redirección del proveedor de autenticación.</translation>
    </message>
    <message>
        <source>The authorization server is temporarily unavailable (%1).</source>
        <translation>El servidor de autorización no está disponible temporalmente (%1).</translation>
    </message>
    <message>
        <source>The authorization server answered with an error (%1).</source>
        <translation>El servidor de autorización respondió con un error (%1).</translation>
    </message>
    <message>
        <source>Could not reach the token endpoint: %1</source>
        <translation>No se pudo contactar con el endpoint de token: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>The token endpoint answered with a redirect (HTTP %1). Callout never follows a redirect with credentials; check the auth provider&apos;s token URL.</source>
        <translation>El endpoint de token respondió con una redirección (HTTP %1). Callout nunca sigue una redirección con credenciales; compruebe la URL del token del proveedor de autenticación.</translation>
    </message>
    <message>
        <source>The token endpoint is unavailable (HTTP %1). Callout will try again.</source>
        <translation>El endpoint de token no está disponible (HTTP %1). Callout lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The token endpoint refused the client&apos;s credentials (HTTP 401): check the auth provider&apos;s client id, secret and client authentication.</source>
        <translation>El endpoint de token rechazó las credenciales del cliente (HTTP 401): compruebe el ID de cliente, el secreto y la autenticación del cliente del proveedor de autenticación.</translation>
    </message>
    <message>
        <source>The token endpoint refused the request (HTTP %1).</source>
        <translation>El endpoint de token rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer is neither JSON nor form-encoded.</source>
        <translation>La respuesta del endpoint de token no es ni JSON ni un formulario codificado.</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer has no access token.</source>
        <translation>La respuesta del endpoint de token no contiene token de acceso.</translation>
    </message>
</context>
<context>
    <name>callout::PendingSignInBar</name>
    <message>
        <source>Continue in your browser to sign in to %1… If no browser page opened, open this address in a browser on this computer:</source>
        <translation>Continúe en su navegador para iniciar sesión en %1… Si no se abrió ninguna página, abra esta dirección en un navegador de este equipo:</translation>
    </message>
    <message>
        <source>No browser could be opened. To sign in to %1, open this address in a browser on this computer:</source>
        <translation>No se pudo abrir ningún navegador. Para iniciar sesión en %1, abra esta dirección en un navegador de este equipo:</translation>
    </message>
</context>
<context>
    <name>callout::PreferencesStore</name>
    <message>
        <source>must be between %1 and %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a port number from 0 to 65535</source>
        <translation>debe ser un número de puerto de 0 a 65535</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); the default preferences are used.</source>
        <translation>No se pudo leer %1 (%2); se usan las preferencias predeterminadas.</translation>
    </message>
    <message>
        <source>must be a time of day written HH:mm</source>
        <translation>debe ser una hora escrita HH:mm</translation>
    </message>
    <message>
        <source>quiet hours need both a start and an end</source>
        <translation>las horas de silencio necesitan un inicio y un fin</translation>
    </message>
</context>
<context>
    <name>callout::ProviderDiscovery</name>
    <message>
        <source>Discovery needs an https issuer URL.</source>
        <translation>El descubrimiento necesita una URL de emisor https.</translation>
    </message>
    <message>
        <source>No metadata at %1 (%2).</source>
        <translation>No hay metadatos en %1 (%2).</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata is not a JSON object.</source>
        <translation>Los metadatos del emisor no son un objeto JSON.</translation>
    </message>
    <message>
        <source>The metadata names the issuer &quot;%1&quot;, not &quot;%2&quot;; it was refused.</source>
        <translation>Los metadatos nombran al emisor &quot;%1&quot;, no &quot;%2&quot;; se rechazaron.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata has no usable authorization and token endpoints.</source>
        <translation>Los metadatos del emisor no tienen endpoints de autorización y de token utilizables.</translation>
    </message>
</context>
<context>
    <name>callout::ProviderPreset</name>
    <message>
        <source>must be an absolute https URL such as https://gitlab.example.com</source>
        <translation>debe ser una URL https absoluta, como https://gitlab.example.com</translation>
    </message>
    <message>
        <source>must not contain a user name, a query (?) or a fragment (#)</source>
        <translation>no debe contener un nombre de usuario, una consulta (?) ni un fragmento (#)</translation>
    </message>
    <message>
        <source>must not contain . or .. path segments</source>
        <translation>no debe contener segmentos de ruta . o ..</translation>
    </message>
    <message numerus="yes">
        <source>The preset %1 needs other answers: %n problem(s).</source>
        <translation>
            <numerusform>La plantilla %1 necesita otras respuestas: %n problema.</numerusform>
            <numerusform>La plantilla %1 necesita otras respuestas: %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be the client id the service showed, without spaces</source>
        <translation>debe ser el ID de cliente que mostró el servicio, sin espacios</translation>
    </message>
    <message>
        <source>must be the client secret the service showed, on one line</source>
        <translation>debe ser el secreto de cliente que mostró el servicio, en una línea</translation>
    </message>
    <message>
        <source>must be only the name in front of the service&apos;s domain (letters, digits, - and .), not a URL</source>
        <translation>debe ser solo el nombre delante del dominio del servicio (letras, dígitos, - y .), no una URL</translation>
    </message>
    <message>
        <source>must be a name or id of letters, digits, -, _ and . (no / and no ..)</source>
        <translation>debe ser un nombre o un ID de letras, dígitos, -, _ y . (sin / ni ..)</translation>
    </message>
    <message>
        <source>is not used: this preset is for a public client (PKCE, no secret)</source>
        <translation>no se usa: esta plantilla es para un cliente público (PKCE, sin secreto)</translation>
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
        <translation>URL de GitLab</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino (tenant)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
</context>
<context>
    <name>callout::ProxyConnection</name>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>El cuerpo de la solicitud supera los %1 bytes.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are too large.</source>
        <translation>Las cabeceras de la solicitud son demasiado grandes.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>La solicitud no es HTTP/1.1 válido.</translation>
    </message>
</context>
<context>
    <name>callout::ProxyRequestRules</name>
    <message>
        <source>CONNECT is not supported: this is not a general proxy. Send requests to http://127.0.0.1:%1/callout/NAME/PATH.</source>
        <translation>CONNECT no se admite: esto no es un proxy general. Envíe las solicitudes a http://127.0.0.1:%1/callout/NAME/PATH.</translation>
    </message>
    <message>
        <source>Only paths are accepted (/callout/NAME/PATH), not absolute URLs: this is not a general proxy; do not set HTTP_PROXY to it.</source>
        <translation>Solo se aceptan rutas (/callout/NAME/PATH), no URL absolutas: esto no es un proxy general; no apunte HTTP_PROXY a él.</translation>
    </message>
    <message>
        <source>More than one Host header.</source>
        <translation>Más de una cabecera Host.</translation>
    </message>
    <message>
        <source>The Host header must be 127.0.0.1:%1, localhost:%1 or [::1]:%1.</source>
        <translation>La cabecera Host debe ser 127.0.0.1:%1, localhost:%1 o [::1]:%1.</translation>
    </message>
    <message>
        <source>Requests from web pages are refused.</source>
        <translation>Se rechazan las solicitudes de páginas web.</translation>
    </message>
    <message>
        <source>Every request needs the header Proxy-Authorization: Bearer &lt;secret&gt;; `calloutctl proxy-env` prints the secret.</source>
        <translation>Cada solicitud necesita la cabecera Proxy-Authorization: Bearer &lt;secret&gt;; `calloutctl proxy-env` muestra el secreto.</translation>
    </message>
    <message>
        <source>TRACE is not forwarded.</source>
        <translation>TRACE no se reenvía.</translation>
    </message>
    <message>
        <source>Not found: requests go to /callout/NAME/PATH.</source>
        <translation>No encontrado: las solicitudes van a /callout/NAME/PATH.</translation>
    </message>
    <message>
        <source>The path may not leave the credential&apos;s URL (no .., encoded slashes or backslashes).</source>
        <translation>La ruta no puede salir de la URL de la credencial (sin .., barras codificadas ni barras invertidas).</translation>
    </message>
    <message>
        <source>Callout-Wait takes whole seconds from 0 to %1.</source>
        <translation>Callout-Wait admite segundos enteros de 0 a %1.</translation>
    </message>
</context>
<context>
    <name>callout::ProxySecretFile</name>
    <message>
        <source>Could not write the proxy&apos;s secret to %1: %2</source>
        <translation>No se pudo escribir el secreto del proxy en %1: %2</translation>
    </message>
</context>
<context>
    <name>callout::ReauthPrompt</name>
    <message>
        <source>Remind me in a minute</source>
        <translation>Recordármelo en un minuto</translation>
    </message>
    <message>
        <source>Remind me in %1 minutes</source>
        <translation>Recordármelo en %1 minutos</translation>
    </message>
    <message>
        <source>%1: a program wants to use it, and you have not signed in yet. Sign in to continue.</source>
        <translation>%1: un programa quiere usarla y aún no ha iniciado sesión. Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>%1: the service ended your session. Sign in again to continue.</source>
        <translation>%1: el servicio terminó su sesión. Vuelva a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;These sign-ins need you.&lt;/b&gt; Re-authenticate to continue; programs waiting for a sign-in go on once you are signed in.</source>
        <translation>&lt;b&gt;Estos inicios de sesión le necesitan.&lt;/b&gt; Vuelva a iniciar sesión para continuar; los programas que esperan un inicio de sesión siguen en cuanto inicie sesión.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Finish signing in in your browser.&lt;/b&gt; Programs waiting for the sign-in go on once you are signed in.</source>
        <translation>&lt;b&gt;Termine el inicio de sesión en su navegador.&lt;/b&gt; Los programas que esperan el inicio de sesión siguen en cuanto inicie sesión.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; Programs waiting for the sign-in go on.</source>
        <translation>&lt;b&gt;Listo.&lt;/b&gt; Los programas que esperaban el inicio de sesión siguen.</translation>
    </message>
</context>
<context>
    <name>callout::ReauthPromptRow</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Re-authenticate</source>
        <translation>Volve&amp;r a iniciar sesión</translation>
    </message>
    <message>
        <source>Try again to sign in to %1</source>
        <translation>Reintentar el inicio de sesión en %1</translation>
    </message>
    <message>
        <source>Re-authenticate %1</source>
        <translation>Volver a iniciar sesión en %1</translation>
    </message>
    <message>
        <source>%1: opening your browser…</source>
        <translation>%1: abriendo su navegador…</translation>
    </message>
    <message>
        <source>%1: continue in your browser… Callout waits for the sign-in to finish.</source>
        <translation>%1: continúe en su navegador… Callout espera a que termine el inicio de sesión.</translation>
    </message>
    <message>
        <source>%1: no browser could be opened. Open this address in a browser on this computer:</source>
        <translation>%1: no se pudo abrir ningún navegador. Abra esta dirección en un navegador de este equipo:</translation>
    </message>
    <message>
        <source>%1: the sign-in did not complete: %2</source>
        <translation>%1: el inicio de sesión no se completó: %2</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Sesión iniciada en %1.</translation>
    </message>
    <message>
        <source>A call is waiting: it goes on once you are signed in.</source>
        <translation>Hay una llamada esperando: sigue en cuanto inicie sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%n calls are waiting: they go on once you are signed in.</source>
        <translation>
            <numerusform>Hay %n llamada esperando: sigue en cuanto inicie sesión.</numerusform>
            <numerusform>Hay %n llamadas esperando: siguen en cuanto inicie sesión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callout::SettingsWindow</name>
    <message>
        <source>Auth provider %1: %2</source>
        <translation>Proveedor de autenticación %1: %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Authentication Settings for External Systems</source>
        <translation>Configuración de autenticación de sistemas externos</translation>
    </message>
    <message>
        <source>Named Credentials</source>
        <translation>Credenciales con nombre</translation>
    </message>
    <message>
        <source>Auth. Providers</source>
        <translation>Proveedores de autenticación</translation>
    </message>
    <message>
        <source>%1 needs fixing: %2</source>
        <translation>Hay que corregir %1: %2</translation>
    </message>
    <message>
        <source>Some of your configuration cannot be used until it is fixed in %1 (Callout reads the file again when it is saved):</source>
        <translation>Parte de su configuración no se puede usar hasta que se corrija en %1 (Callout vuelve a leer el archivo cuando se guarda):</translation>
    </message>
</context>
<context>
    <name>callout::SignInAttempt</name>
    <message>
        <source>Nobody came back from the browser within 1 minute; the sign-in was stopped.</source>
        <translation>Nadie volvió del navegador en 1 minuto; se detuvo el inicio de sesión.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody came back from the browser within %n minutes; the sign-in was stopped.</source>
        <translation>
            <numerusform>Nadie volvió del navegador en %n minuto; se detuvo el inicio de sesión.</numerusform>
            <numerusform>Nadie volvió del navegador en %n minutos; se detuvo el inicio de sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody came back from the browser within 1 second; the sign-in was stopped.</source>
        <translation>Nadie volvió del navegador en 1 segundo; se detuvo el inicio de sesión.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody came back from the browser within %n seconds; the sign-in was stopped.</source>
        <translation>
            <numerusform>Nadie volvió del navegador en %n segundo; se detuvo el inicio de sesión.</numerusform>
            <numerusform>Nadie volvió del navegador en %n segundos; se detuvo el inicio de sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>You are signed in to %1</source>
        <translation>Ha iniciado sesión en %1</translation>
    </message>
    <message>
        <source>You can close this tab and go back to your work. Callout keeps %1 signed in.</source>
        <translation>Puede cerrar esta pestaña y volver a su trabajo. Callout mantiene la sesión de %1 iniciada.</translation>
    </message>
    <message>
        <source>Sign-in to %1 did not complete</source>
        <translation>El inicio de sesión en %1 no se completó</translation>
    </message>
    <message>
        <source>Go back to Callout to try again.</source>
        <translation>Vuelva a Callout para intentarlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>callout::SignInDetailsPanel</name>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Re-authenticated</source>
        <translation>Sesión reiniciada</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Tokens discarded</source>
        <translation>Tokens descartados</translation>
    </message>
    <message>
        <source>Select a sign-in to see its details.</source>
        <translation>Seleccione un inicio de sesión para ver sus detalles.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>(no session)</source>
        <translation>(sin sesión)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>ninguna prevista</translation>
    </message>
    <message>
        <source>(the provider&apos;s default)</source>
        <translation>(predeterminados del proveedor)</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 — Needs fixing</source>
        <translation>%1 — Hay que corregirla</translation>
    </message>
    <message>
        <source>(disabled until callout.json is fixed)</source>
        <translation>(desactivada hasta que se corrija callout.json)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>this sign-in&apos;s setting</source>
        <translation>ajuste de este inicio de sesión</translation>
    </message>
    <message>
        <source>as the service said</source>
        <translation>según el servicio</translation>
    </message>
    <message>
        <source>the service&apos;s documented limit</source>
        <translation>límite documentado del servicio</translation>
    </message>
    <message>
        <source>learned from earlier sessions</source>
        <translation>aprendido de sesiones anteriores</translation>
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
        <translation>%1 pedirá volver a iniciar sesión en 1 minuto: ¿iniciar sesión ahora?</translation>
    </message>
    <message numerus="yes">
        <source>%1 will ask you to sign in again in %n minutes — sign in now?</source>
        <translation>
            <numerusform>%1 pedirá volver a iniciar sesión en %n minuto: ¿iniciar sesión ahora?</numerusform>
            <numerusform>%1 pedirá volver a iniciar sesión en %n minutos: ¿iniciar sesión ahora?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callout::SignInService</name>
    <message>
        <source>The sign-in was cancelled: the credential changed while it waited. Sign in again.</source>
        <translation>Se canceló el inicio de sesión: la credencial cambió mientras esperaba. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled: the named credential was removed.</source>
        <translation>Se canceló el inicio de sesión: se quitó la credencial con nombre.</translation>
    </message>
    <message>
        <source>This named credential no longer exists.</source>
        <translation>Esta credencial con nombre ya no existe.</translation>
    </message>
    <message>
        <source>No auth provider is called %1.</source>
        <translation>Ningún proveedor de autenticación se llama %1.</translation>
    </message>
    <message>
        <source>The auth provider %1 has no endpoints.</source>
        <translation>El proveedor de autenticación %1 no tiene endpoints.</translation>
    </message>
    <message>
        <source>No client secret is stored for this auth provider: import it with clientSecret.</source>
        <translation>No hay ningún secreto de cliente guardado para este proveedor de autenticación: impórtelo con clientSecret.</translation>
    </message>
    <message>
        <source>The named credential was removed.</source>
        <translation>Se quitó la credencial con nombre.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>callout::SignOutService</name>
    <message>
        <source>No named credential is called %1.</source>
        <translation>Ninguna credencial con nombre se llama %1.</translation>
    </message>
    <message>
        <source>Signed out. The service could not be told to revoke the session (%1); the local copies were deleted.</source>
        <translation>Sesión cerrada. No se pudo pedir al servicio que revocara la sesión (%1); se eliminaron las copias locales.</translation>
    </message>
</context>
<context>
    <name>callout::StoreFile</name>
    <message>
        <source>%1 could not be read (%2); Callout keeps what it had and will not change the file until it can read it.</source>
        <translation>No se pudo leer %1 (%2); Callout conserva lo que tenía y no cambiará el archivo hasta que pueda leerlo.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Callout (version %2). Callout will not change it; update Callout to use it.</source>
        <translation>%1 lo escribió un Callout más reciente (versión %2). Callout no lo cambiará; actualice Callout para usarlo.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2) and could not be moved aside; Callout will not change it.</source>
        <translation>No se pudo leer %1 (%2) ni apartarlo; Callout no lo cambiará.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). It was kept as %3; Callout starts without it.</source>
        <translation>No se pudo leer %1 (%2). Se guardó como %3; Callout se inicia sin él.</translation>
    </message>
    <message>
        <source>%1 is kept as it is because Callout could not use it; move it away or update Callout.</source>
        <translation>%1 se deja como está porque Callout no pudo usarlo; muévalo o actualice Callout.</translation>
    </message>
</context>
<context>
    <name>callout::TokenDiscard</name>
    <message>
        <source>the named credential was removed</source>
        <translation>se quitó la credencial con nombre</translation>
    </message>
    <message>
        <source>it now uses another auth provider (%1)</source>
        <translation>ahora usa otro proveedor de autenticación (%1)</translation>
    </message>
    <message>
        <source>its URL now points to another server (%1)</source>
        <translation>su URL apunta ahora a otro servidor (%1)</translation>
    </message>
    <message>
        <source>its auth provider %1 changed its token URL, issuer, client id or client authentication</source>
        <translation>su proveedor de autenticación %1 cambió su URL del token, emisor, ID de cliente o autenticación del cliente</translation>
    </message>
    <message>
        <source>Tokens of %1 were discarded: %2.</source>
        <translation>Se descartaron los tokens de %1: %2.</translation>
    </message>
    <message>
        <source>The client secret of %1 was deleted: its token URL, revocation URL, issuer or client id changed. Import it again with clientSecret.</source>
        <translation>Se eliminó el secreto de cliente de %1: cambió su URL del token, URL de revocación, emisor o ID de cliente. Vuelva a importarlo con clientSecret.</translation>
    </message>
</context>
<context>
    <name>callout::TokenManager</name>
    <message>
        <source>A sign-in is in progress: finish it in the browser.</source>
        <translation>Hay un inicio de sesión en curso: termínelo en el navegador.</translation>
    </message>
    <message>
        <source>%1 has not been signed in yet: run `calloutctl login %1` or sign in from the tray.</source>
        <translation>Aún no se ha iniciado sesión en %1: ejecute `calloutctl login %1` o inicie sesión desde la bandeja.</translation>
    </message>
    <message>
        <source>The session ended: sign in again.</source>
        <translation>La sesión terminó: vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The auth provider&apos;s configuration has a problem.</source>
        <translation>La configuración del proveedor de autenticación tiene un problema.</translation>
    </message>
    <message>
        <source>No named credential is called %1.</source>
        <translation>Ninguna credencial con nombre se llama %1.</translation>
    </message>
    <message>
        <source>The service refused a token it had just issued. Sign in again.</source>
        <translation>El servicio rechazó un token que acababa de emitir. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>No tokens are stored for this credential. Sign in again.</source>
        <translation>No hay tokens guardados para esta credencial. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 Callout tries again at %2.</source>
        <translation>%1 Callout lo intentará de nuevo a las %2.</translation>
    </message>
    <message>
        <source>The service gave no refresh token, so the session cannot be renewed. Sign in again.</source>
        <translation>El servicio no dio ningún token de actualización, así que la sesión no se puede renovar. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The auth provider is missing.</source>
        <translation>Falta el proveedor de autenticación.</translation>
    </message>
    <message>
        <source>No client secret is stored for the auth provider.</source>
        <translation>No hay ningún secreto de cliente guardado para el proveedor de autenticación.</translation>
    </message>
    <message>
        <source>The named credential was removed.</source>
        <translation>Se quitó la credencial con nombre.</translation>
    </message>
    <message>
        <source>The session ended while it was renewed.</source>
        <translation>La sesión terminó mientras se renovaba.</translation>
    </message>
    <message>
        <source>The service gave the renewed session no validity: it requires a new sign-in.</source>
        <translation>El servicio no dio validez a la sesión renovada: hace falta un nuevo inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>callout::TokenSet</name>
    <message>
        <source>The stored tokens are unreadable.</source>
        <translation>Los tokens guardados no se pueden leer.</translation>
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
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Re-authenticate %1</source>
        <translation>Volver a iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Show the sign-in prompt…</source>
        <translation>Mostrar el aviso de inicio de sesión…</translation>
    </message>
    <message>
        <source>Callout — sign in again: %1</source>
        <translation>Callout — volver a iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Callout — signing in…</source>
        <translation>Callout — iniciando sesión…</translation>
    </message>
    <message>
        <source>Callout — nothing set up yet. Open Settings to add a sign-in.</source>
        <translation>Callout — aún no hay nada configurado. Abra la Configuración para añadir un inicio de sesión.</translation>
    </message>
    <message>
        <source>Callout — signed in</source>
        <translation>Callout — sesión iniciada</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Quit Callout</source>
        <translation>Salir de Callout</translation>
    </message>
    <message numerus="yes">
        <source>%n more in Settings…</source>
        <translation>
            <numerusform>%n más en la configuración…</numerusform>
            <numerusform>%n más en la configuración…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callout::demo::DemoAuthorizationServer</name>
    <message>
        <source>This sign-in request cannot be used</source>
        <translation>Esta solicitud de inicio de sesión no se puede usar</translation>
    </message>
    <message>
        <source>It names its program or its return address more than once.</source>
        <translation>Indica su programa o su dirección de retorno más de una vez.</translation>
    </message>
    <message>
        <source>It does not say which program asks (client_id).</source>
        <translation>No dice qué programa lo pide (client_id).</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; is not known to the demo service; only Callout&apos;s demo client is.</source>
        <translation>El servicio de demostración no conoce el programa &quot;%1&quot;; solo conoce el cliente de demostración de Callout.</translation>
    </message>
    <message>
        <source>Its return address &quot;%1&quot; is not one the demo service answers to: only http://127.0.0.1:&lt;port&gt;/… and http://[::1]:&lt;port&gt;/… are.</source>
        <translation>Su dirección de retorno &quot;%1&quot; no es una a la que responda el servicio de demostración: solo http://127.0.0.1:&lt;port&gt;/… y http://[::1]:&lt;port&gt;/…</translation>
    </message>
    <message>
        <source>Too many sign-ins are pending</source>
        <translation>Hay demasiados inicios de sesión pendientes</translation>
    </message>
    <message>
        <source>Wait a few minutes, then start the sign-in again from Callout.</source>
        <translation>Espere unos minutos y vuelva a iniciar sesión desde Callout.</translation>
    </message>
    <message>
        <source>This answer cannot be used</source>
        <translation>Esta respuesta no se puede usar</translation>
    </message>
    <message>
        <source>It is not a form.</source>
        <translation>No es un formulario.</translation>
    </message>
    <message>
        <source>This sign-in page has expired</source>
        <translation>Esta página de inicio de sesión ha caducado</translation>
    </message>
    <message>
        <source>It was answered already or is too old. Start the sign-in again from Callout.</source>
        <translation>Ya se respondió o es demasiado antigua. Vuelva a iniciar sesión desde Callout.</translation>
    </message>
</context>
<context>
    <name>callout::demo::DemoCaller</name>
    <message>
        <source>%1 s left</source>
        <translation>quedan %1 s</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no se indicó ningún motivo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not signed in yet: waiting for you to sign in</source>
        <translation>Aún no ha iniciado sesión: esperando a que inicie sesión</translation>
    </message>
    <message>
        <source>The service ended the session: waiting for you to Re-authenticate</source>
        <translation>El servicio terminó la sesión: esperando a que vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>200 — the waiting call completed</source>
        <translation>200 — la llamada en espera se completó</translation>
    </message>
    <message>
        <source>200 — token refreshed silently</source>
        <translation>200 — token actualizado en segundo plano</translation>
    </message>
    <message>
        <source>200 — token still valid</source>
        <translation>200 — token aún válido</translation>
    </message>
</context>
<context>
    <name>callout::demo::DemoCallerPanel</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Call now</source>
        <translation>&amp;Llamar ahora</translation>
    </message>
    <message>
        <source>Demo caller</source>
        <translation>Llamador de demostración</translation>
    </message>
    <message>
        <source>Callout runs a small sign-in service and a protected API on this computer, with no account anywhere. Its access tokens live %1, and it ends the session after %2 however often the token was refreshed, like a service that makes you sign in again now and then.</source>
        <translation>Callout ejecuta un pequeño servicio de inicio de sesión y una API protegida en este equipo, sin ninguna cuenta. Sus tokens de acceso duran %1, y termina la sesión tras %2 por muchas veces que se haya actualizado el token, como un servicio que le pide iniciar sesión de nuevo de vez en cuando.</translation>
    </message>
    <message>
        <source>The caller below calls %1 every %2, like any script would. Callout refreshes the token silently; when the session ends, the call waits while Callout asks you to Re-authenticate, and completes once you have.</source>
        <translation>El llamador de abajo llama a %1 cada %2, como haría cualquier script. Callout actualiza el token en segundo plano; cuando la sesión termina, la llamada espera mientras Callout le pide volver a iniciar sesión, y se completa en cuanto lo hace.</translation>
    </message>
    <message>
        <source>Demo API sign-in status</source>
        <translation>Estado de inicio de sesión de la API de demostración</translation>
    </message>
    <message>
        <source>Sign in to the Demo API</source>
        <translation>Iniciar sesión en la API de demostración</translation>
    </message>
    <message>
        <source>Call %1 now</source>
        <translation>Llamar a %1 ahora</translation>
    </message>
    <message>
        <source>Calls to %1:</source>
        <translation>Llamadas a %1:</translation>
    </message>
    <message>
        <source>Demo caller log</source>
        <translation>Registro del llamador de demostración</translation>
    </message>
    <message>
        <source>The credential %1 is not configured.</source>
        <translation>La credencial %1 no está configurada.</translation>
    </message>
    <message>
        <source>Not signed in yet</source>
        <translation>Aún no ha iniciado sesión</translation>
    </message>
    <message>
        <source>Sign-in required: the service ended the session</source>
        <translation>Inicio de sesión necesario: el servicio terminó la sesión</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message>
        <source>%1; the access token expires at %2</source>
        <translation>%1; el token de acceso caduca a las %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Re-authenticate</source>
        <translation>Volve&amp;r a iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to the Demo API again</source>
        <translation>Volver a iniciar sesión en la API de demostración</translation>
    </message>
    <message>
        <source>A call is under way or waiting for you to sign in.</source>
        <translation>Hay una llamada en curso o esperando a que inicie sesión.</translation>
    </message>
</context>
<context>
    <name>callout::demo::DemoHttpServer</name>
    <message>
        <source>The demo service could not listen on 127.0.0.1: %1</source>
        <translation>El servicio de demostración no pudo escuchar en 127.0.0.1: %1</translation>
    </message>
</context>
<context>
    <name>callout::demo::DemoPages</name>
    <message>
        <source>call the Demo API (GET /me) for you</source>
        <translation>llamar a la API de demostración (GET /me) por usted</translation>
    </message>
    <message>
        <source>see your name (Demo User)</source>
        <translation>ver su nombre (Demo User)</translation>
    </message>
    <message>
        <source>stay signed in with refresh tokens until the demo ends the session</source>
        <translation>mantener la sesión iniciada con tokens de actualización hasta que la demostración termine la sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Callout demo service — sign in</source>
        <translation>Servicio de demostración de Callout — inicio de sesión</translation>
    </message>
    <message>
        <source>This is a demo: a small OAuth 2.0 authorization server that Callout runs on this computer (%1). There is no account and no password; Allow signs you in as Demo User.</source>
        <translation>Esto es una demostración: un pequeño servidor de autorización OAuth 2.0 que Callout ejecuta en este equipo (%1). No hay cuenta ni contraseña; Permitir inicia su sesión como Demo User.</translation>
    </message>
    <message>
        <source>%1 (client %2) asks to:</source>
        <translation>%1 (cliente %2) pide:</translation>
    </message>
    <message>
        <source>The answer goes back to %1.</source>
        <translation>La respuesta vuelve a %1.</translation>
    </message>
    <message>
        <source>How this service behaves: an access token lives %1; the session ends %2 after you sign in, however often Callout refreshes it. Then Callout asks you to sign in again, once, and the calls waiting for you go on.</source>
        <translation>Cómo se comporta este servicio: un token de acceso dura %1; la sesión termina %2 después de que inicie sesión, por muchas veces que Callout la actualice. Entonces Callout le pide volver a iniciar sesión, una vez, y las llamadas que le esperaban siguen.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Callout demo service — %1</source>
        <translation>Servicio de demostración de Callout — %1</translation>
    </message>
</context>
<context>
    <name>callout::problemtext</name>
    <message>
        <source>Header %1</source>
        <translation>Cabecera %1</translation>
    </message>
    <message>
        <source>Authorize parameter %1</source>
        <translation>Parámetro de autorización %1</translation>
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
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must start with a letter and contain only letters, digits and _ (at most 80 characters)</source>
        <translation>debe empezar por una letra y contener solo letras, dígitos y _ (80 caracteres como máximo)</translation>
    </message>
    <message>
        <source>must be an absolute https URL (http is allowed only for 127.0.0.1, ::1 and localhost)</source>
        <translation>debe ser una URL https absoluta (http solo se permite para 127.0.0.1, ::1 y localhost)</translation>
    </message>
    <message>
        <source>must not contain a user name or password</source>
        <translation>no debe contener un nombre de usuario ni una contraseña</translation>
    </message>
    <message>
        <source>must not contain a fragment (#…)</source>
        <translation>no debe contener un fragmento (#…)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be an object of strings</source>
        <translation>debe ser un objeto de cadenas</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>no es un campo conocido</translation>
    </message>
    <message>
        <source>must be valid Unicode text (it holds half of a surrogate pair, such as \ud800)</source>
        <translation>debe ser texto Unicode válido (contiene la mitad de un par subrogado, como \ud800)</translation>
    </message>
</context>
<context>
    <name>calloutctl</name>
    <message numerus="yes">
        <source>larger than %n byte(s)</source>
        <translation>
            <numerusform>más de %n byte</numerusform>
            <numerusform>más de %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in in your browser. If it did not open, open this address:</source>
        <translation>Inicie sesión en su navegador. Si no se abrió, abra esta dirección:</translation>
    </message>
    <message>
        <source>the keychain is locked; waiting for you to unlock it (your desktop asks for its password). Ctrl-C gives up.</source>
        <translation>el llavero está bloqueado; esperando a que lo desbloquee (su escritorio le pide la contraseña). Ctrl-C abandona.</translation>
    </message>
    <message>
        <source>interrupted; the operation waiting for the keychain was cancelled.</source>
        <translation>interrumpido; se canceló la operación que esperaba al llavero.</translation>
    </message>
    <message>
        <source>interrupted; what the agent was doing for this command was cancelled.</source>
        <translation>interrumpido; se canceló lo que el agente hacía para este comando.</translation>
    </message>
    <message>
        <source>the keychain stayed locked; nothing was changed. Unlock it and try again.</source>
        <translation>el llavero siguió bloqueado; no se cambió nada. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation>no se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>cannot read the refused token from %1: %2.</source>
        <translation>no se puede leer el token rechazado de %1: %2.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>The request method (default GET, POST with a body).</source>
        <translation>El método de la solicitud (GET por defecto, POST con cuerpo).</translation>
    </message>
    <message>
        <source>method</source>
        <translation>método</translation>
    </message>
    <message>
        <source>A request header, &quot;Name: value&quot;; repeatable.</source>
        <translation>Una cabecera de solicitud, &quot;Nombre: valor&quot;; repetible.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>cabecera</translation>
    </message>
    <message>
        <source>The body: text, @FILE or @- (newlines removed); repeatable, joined with &amp;.</source>
        <translation>El cuerpo: texto, @FILE o @- (sin saltos de línea); repetible, unido con &amp;.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>The body exactly: text, @FILE or @- (stdin).</source>
        <translation>El cuerpo tal cual: texto, @FILE o @- (stdin).</translation>
    </message>
    <message>
        <source>Print the status line and the response headers first.</source>
        <translation>Mostrar primero la línea de estado y las cabeceras de la respuesta.</translation>
    </message>
    <message>
        <source>Write the body to FILE instead of stdout.</source>
        <translation>Escribir el cuerpo en FILE en lugar de stdout.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>When the user must sign in again: wait up to SECONDS, then send the call.</source>
        <translation>Si el usuario debe volver a iniciar sesión: esperar hasta SECONDS y luego enviar la llamada.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Exit 4 without printing the body when the HTTP status is 400 or more.</source>
        <translation>Salir con 4 sin mostrar el cuerpo cuando el estado HTTP es 400 o más.</translation>
    </message>
    <message>
        <source>Do not start the agent when none is running.</source>
        <translation>No iniciar el agente si no hay ninguno en ejecución.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>El comando.</translation>
    </message>
    <message>
        <source>callout:NAME/PATH?QUERY</source>
        <translation>callout:NAME/PATH?QUERY</translation>
    </message>
    <message>
        <source>use either -d or --data-binary, not both.</source>
        <translation>use -d o --data-binary, no ambos.</translation>
    </message>
    <message>
        <source>@ needs a file name, or - for stdin.</source>
        <translation>@ necesita un nombre de archivo, o - para stdin.</translation>
    </message>
    <message>
        <source>a body from a file (@FILE) cannot be joined with other data.</source>
        <translation>un cuerpo de un archivo (@FILE) no se puede unir con otros datos.</translation>
    </message>
    <message>
        <source>%1; see call --help.</source>
        <translation>%1; vea call --help.</translation>
    </message>
    <message>
        <source>call takes one address, callout:NAME/PATH; see call --help.</source>
        <translation>call admite una dirección, callout:NAME/PATH; vea call --help.</translation>
    </message>
    <message>
        <source>-X takes a method name such as GET, POST, PUT, PATCH or DELETE.</source>
        <translation>-X admite un nombre de método como GET, POST, PUT, PATCH o DELETE.</translation>
    </message>
    <message>
        <source>-H takes &quot;Name: value&quot; (a token name, no control characters): %1</source>
        <translation>-H admite &quot;Nombre: valor&quot; (un nombre de token HTTP, sin caracteres de control): %1</translation>
    </message>
    <message>
        <source>--wait takes whole seconds from 0 to %1.</source>
        <translation>--wait admite segundos enteros de 0 a %1.</translation>
    </message>
    <message>
        <source>-o takes a file name.</source>
        <translation>-o admite un nombre de archivo.</translation>
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
        <translation>Uso: calloutctl call callout:NAME/PATH[?QUERY] [opciones]

Envía una solicitud HTTP a la URL + PATH de la credencial con nombre, autenticada por el
agente (el token de acceso solo sale de calloutctl en esta solicitud). El cuerpo va a stdout.

  -X, --request METHOD     el método (GET por defecto, POST con cuerpo)
  -H, --header &apos;N: v&apos;      una cabecera de la solicitud; repetible (Authorization solo si
                           la credencial no la genera)
  -d, --data DATA          el cuerpo: texto, @FILE o @- (stdin), sin CR/LF de archivos;
                           repetible, unido con &amp;; Content-Type es por defecto
                           application/x-www-form-urlencoded, como en curl
      --data-binary DATA   el cuerpo tal cual: texto, @FILE o @-
  -i, --include            mostrar primero la línea de estado y las cabeceras de respuesta
  -o, --output FILE        escribir el cuerpo en FILE
      --wait SECONDS       si el usuario debe volver a iniciar sesión, esperar (0 a 86400)
                           y luego enviar la llamada; sin ella, esa llamada sale con 3
                           de inmediato
  -f, --fail               salir con 4, sin mostrar nada, si el estado HTTP es 400 o más
      --no-start           no iniciar el agente si no hay ninguno en ejecución

No se siguen las redirecciones (un 3xx se muestra tal cual). Códigos de salida: 0 cualquier
estado HTTP (sin --fail), 1 error, 2 uso incorrecto, 3 inicio de sesión necesario,
4 error HTTP con --fail, 5 sin agente.
</translation>
    </message>
    <message>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 Waiting up to %n second(s) for the sign-in (Ctrl-C gives up).</source>
        <translation>
            <numerusform>%1 Esperando el inicio de sesión hasta %n segundo (Ctrl-C abandona).</numerusform>
            <numerusform>%1 Esperando el inicio de sesión hasta %n segundos (Ctrl-C abandona).</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered HTTP %1.</source>
        <translation>el servidor respondió HTTP %1.</translation>
    </message>
    <message>
        <source>the response broke off: %1</source>
        <translation>la respuesta se cortó: %1</translation>
    </message>
    <message>
        <source>interrupted; the call was cancelled.</source>
        <translation>interrumpido; se canceló la llamada.</translation>
    </message>
    <message>
        <source>the callout agent is not running (--no-start).</source>
        <translation>el agente de Callout no se está ejecutando (--no-start).</translation>
    </message>
    <message>
        <source>the callout agent is not running and could not be started.</source>
        <translation>el agente de Callout no se está ejecutando y no se pudo iniciar.</translation>
    </message>
    <message>
        <source>proxy takes on, off or status; see --help.</source>
        <translation>proxy admite on, off o status; vea --help.</translation>
    </message>
    <message>
        <source>--port takes a port number from 1 to 65535, with proxy on.</source>
        <translation>--port admite un número de puerto de 1 a 65535, con proxy on.</translation>
    </message>
    <message>
        <source>The proxy is off.</source>
        <translation>El proxy está desactivado.</translation>
    </message>
    <message>
        <source>The proxy is on but not listening: %1</source>
        <translation>El proxy está activado pero no escucha: %1</translation>
    </message>
    <message>
        <source>The proxy is on: %1/NAME/PATH</source>
        <translation>El proxy está activado: %1/NAME/PATH</translation>
    </message>
    <message>
        <source>Secret: %1 (eval &quot;$(calloutctl proxy-env)&quot; exports both)</source>
        <translation>Secreto: %1 (eval &quot;$(calloutctl proxy-env)&quot; exporta ambos)</translation>
    </message>
    <message>
        <source>the proxy is on but not listening: %1</source>
        <translation>el proxy está activado pero no escucha: %1</translation>
    </message>
    <message>
        <source>the proxy is off; turn it on with: calloutctl proxy on</source>
        <translation>el proxy está desactivado; actívelo con: calloutctl proxy on</translation>
    </message>
    <message>
        <source>cannot read the proxy&apos;s secret from %1 (it must be yours, mode 0600).</source>
        <translation>no se puede leer el secreto del proxy de %1 (debe ser suyo, modo 0600).</translation>
    </message>
    <message>
        <source>cannot keep the body of %1: %2</source>
        <translation>no se puede conservar el cuerpo de %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot read stdin: %1</source>
        <translation>no se puede leer stdin: %1</translation>
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
        <translation>Usar las credenciales con nombre del agente de Callout.

Comandos:
  import FILE|- [--replace]   combinar un documento de importación (stdin con -)
  export                      mostrar la configuración, sin secretos
  list [--json|--names]       todas las credenciales con nombre y su estado de sesión
  status NAME [--json]        una credencial con nombre
  login NAME [--timeout S]    iniciar sesión en el navegador y esperar (Ctrl-C cancela)
  token NAME                  mostrar un token de acceso válido
  call callout:NAME/PATH [-X METHOD] [-H &apos;Name: value&apos;]... [-d DATA|--data-binary @FILE|@-]
       [-i] [-o FILE] [--wait SECONDS] [--fail]
                              una solicitud HTTP a través de la credencial, al estilo curl
                              (calloutctl call --help)
  report-expired NAME         se rechazó una llamada con el token de stdin (o de
                              --token-file): mostrar el token que usar ahora, actualizado
                              si ese era el actual (si no, hay que iniciar sesión)
  logout NAME                 revocar y eliminar los tokens
  remove NAME                 logout y eliminar la credencial con nombre
  proxy on [--port P]|off|status
                              el proxy de loopback: http://127.0.0.1:P/callout/NAME/PATH
                              con Proxy-Authorization: Bearer &lt;secret&gt;; se recuerda
  proxy-env                   mostrar export CALLOUT_PROXY_URL=... CALLOUT_PROXY_SECRET=...
  completion bash             mostrar un script de autocompletado para bash

Códigos de salida: 0 correcto, 1 error, 2 uso incorrecto, 3 inicio de sesión necesario,
4 error HTTP, 5 sin agente, 6 tiempo agotado, 7 denegado o cancelado, 8 llavero no
disponible o bloqueado.
Los campos JSON se describen en la página del manual: man calloutctl.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Print JSON (list, status, import).</source>
        <translation>Mostrar JSON (list, status, import).</translation>
    </message>
    <message>
        <source>Print only the names, one a line (list).</source>
        <translation>Mostrar solo los nombres, uno por línea (list).</translation>
    </message>
    <message>
        <source>Change existing entries (import).</source>
        <translation>Cambiar las entradas existentes (import).</translation>
    </message>
    <message>
        <source>Seconds to wait, 1 to 3600: for the sign-in (login; default 300), for the answer (others; default 120).</source>
        <translation>Segundos de espera, de 1 a 3600: del inicio de sesión (login; 300 por defecto), de la respuesta (los demás; 120 por defecto).</translation>
    </message>
    <message>
        <source>Read the refused token from this file, - for stdin (report-expired; default -).</source>
        <translation>Leer el token rechazado de este archivo, - para stdin (report-expired; por defecto -).</translation>
    </message>
    <message>
        <source>The loopback proxy&apos;s port (proxy on; default: the last one, else a free one).</source>
        <translation>El puerto del proxy de loopback (proxy on; por defecto: el último, si no uno libre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Use the demo agent (callout --demo), started when needed, not yours.</source>
        <translation>Usar el agente de demostración (callout --demo), iniciado cuando haga falta, no el suyo.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Qué hacer (vea arriba).</translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation>no se indicó ningún comando; vea --help.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help.</source>
        <translation>comando desconocido &quot;%1&quot;; vea --help.</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n argument(s); see --help.</source>
        <translation>
            <numerusform>%1 admite %n argumento; vea --help.</numerusform>
            <numerusform>%1 admite %n argumentos; vea --help.</numerusform>
        </translation>
    </message>
    <message>
        <source>--timeout takes whole seconds from %1 to %2.</source>
        <translation>--timeout admite segundos enteros de %1 a %2.</translation>
    </message>
    <message>
        <source>report-expired reads the refused token from stdin or --token-file, not a terminal.</source>
        <translation>report-expired lee el token rechazado de stdin o de --token-file, no de un terminal.</translation>
    </message>
    <message>
        <source>%1; see --help.</source>
        <translation>%1; vea --help.</translation>
    </message>
    <message>
        <source>completion takes the shell&apos;s name: bash.</source>
        <translation>completion admite el nombre del shell: bash.</translation>
    </message>
    <message>
        <source>proxy-env takes no arguments.</source>
        <translation>proxy-env no admite argumentos.</translation>
    </message>
    <message>
        <source>the callout agent is not running.</source>
        <translation>el agente de Callout no se está ejecutando.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>PROVEEDOR</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>CADUCA</translation>
    </message>
    <message>
        <source>the document has no entries; nothing was imported.</source>
        <translation>el documento no tiene entradas; no se importó nada.</translation>
    </message>
    <message>
        <source>Client secret (not shown): </source>
        <translation>Secreto de cliente (no se muestra): </translation>
    </message>
    <message>
        <source>cannot read the client secret from %1: %2.</source>
        <translation>no se puede leer el secreto de cliente de %1: %2.</translation>
    </message>
    <message>
        <source>the client secret in %1 is longer than %2 bytes.</source>
        <translation>el secreto de cliente de %1 supera los %2 bytes.</translation>
    </message>
    <message>
        <source>Default name: %1</source>
        <translation>Nombre predeterminado: %1</translation>
    </message>
    <message>
        <source>Asks for:</source>
        <translation>Pide:</translation>
    </message>
    <message>
        <source>Redirect: %1</source>
        <translation>Redirección: %1</translation>
    </message>
    <message>
        <source>Refresh: %1</source>
        <translation>Actualización: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Unverified: %1</source>
        <translation>Sin verificar: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>provider presets takes at most one preset name; see --help.</source>
        <translation>provider presets admite como mucho un nombre de plantilla; consulte --help.</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot;; calloutctl provider presets lists them.</source>
        <translation>plantilla «%1» desconocida; calloutctl provider presets las muestra.</translation>
    </message>
    <message>
        <source>the preset %1 takes no --set.</source>
        <translation>la plantilla %1 no admite --set.</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE with KEY one of: %1.</source>
        <translation>--set admite KEY=VALUE, con KEY uno de: %1.</translation>
    </message>
    <message>
        <source>provider add takes options only; see --help.</source>
        <translation>provider add solo admite opciones; consulte --help.</translation>
    </message>
    <message>
        <source>provider add needs --preset NAME; calloutctl provider presets lists them.</source>
        <translation>provider add necesita --preset NAME; calloutctl provider presets muestra las plantillas.</translation>
    </message>
    <message>
        <source>the preset asks for: %1</source>
        <translation>la plantilla pide: %1</translation>
    </message>
    <message>
        <source>Register the client at the service: %1</source>
        <translation>Registre el cliente en el servicio: %1</translation>
    </message>
    <message>
        <source>Auth. providers from presets:
  provider presets [PRESET] [--json]
                              the services Callout knows; with PRESET, what it asks
  provider add --preset PRESET --client-id ID [--client-secret-file FILE|-]
       [--set KEY=VALUE]... [--name NAME] [--replace]
                              add an auth. provider from a preset; the client secret
                              goes to the keychain (stdin with -)</source>
        <translation>Proveedores de autenticación a partir de plantillas:
  provider presets [PRESET] [--json]
                              los servicios que Callout conoce; con PRESET, lo
                              que pide la plantilla
  provider add --preset PRESET --client-id ID [--client-secret-file FILE|-]
       [--set KEY=VALUE]... [--name NAME] [--replace]
                              añadir un proveedor de autenticación desde una
                              plantilla; el secreto de cliente va al llavero
                              (stdin con -)</translation>
    </message>
    <message>
        <source>The preset to start from (provider add).</source>
        <translation>La plantilla de partida (provider add).</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>The client id the service issued (provider add).</source>
        <translation>El ID de cliente que emitió el servicio (provider add).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Read the client secret from this file, - for stdin (provider add); never an argument.</source>
        <translation>Leer el secreto de cliente de este archivo, - para stdin (provider add); nunca como argumento.</translation>
    </message>
    <message>
        <source>The provider&apos;s name (provider add; default: the preset&apos;s).</source>
        <translation>El nombre del proveedor (provider add; por defecto: el de la plantilla).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>A value the preset&apos;s URLs need, such as tenant=contoso.com (provider add; repeatable).</source>
        <translation>Un valor que necesitan las URL de la plantilla, como tenant=contoso.com (provider add; repetible).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>clave=valor</translation>
    </message>
    <message>
        <source>provider takes add or presets; see --help.</source>
        <translation>provider admite add o presets; consulte --help.</translation>
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
        <translation>Agente de Callout: credenciales con nombre OAuth 2.0 para todos los programas del escritorio.

Se ejecuta una vez por usuario, en la bandeja del sistema: el icono indica si cada credencial
tiene la sesión iniciada, y su menú ofrece Volver a iniciar sesión, Iniciar sesión / Cerrar
sesión y Configuración... La ventana de configuración edita los proveedores de autenticación
y las credenciales con nombre, y lista sus inicios de sesión. Volver a iniciar callout trae
esa ventana al frente.

Configuración: %1
Registros de inicio de sesión: %2
Tokens y secretos de cliente: el llavero (Secret Service), servicio &quot;%3&quot;.

Los programas y scripts usan el agente a través de calloutctl (vea calloutctl --help y
man calloutctl), que lo inicia cuando hace falta.

callout --demo muestra todo el ciclo sin ninguna cuenta: un servicio OAuth y una API de
demostración se ejecutan dentro del agente, un llamador de demostración llama a
callout:DemoApi/me, y el servicio termina la sesión al cabo de unos minutos para que vea el
botón Volver a iniciar sesión en acción. La demostración es un agente aparte con sus propios
archivos, socket y servicio de llavero (callout-demo); úsela con calloutctl --demo.</translation>
    </message>
    <message>
        <source>Run without a window or tray icon.</source>
        <translation>Ejecutar sin ventana ni icono en la bandeja.</translation>
    </message>
    <message>
        <source>Start in the tray without opening a window (start at login).</source>
        <translation>Iniciar en la bandeja sin abrir ninguna ventana (inicio al iniciar sesión en el equipo).</translation>
    </message>
    <message>
        <source>Start the demo: no account needed.</source>
        <translation>Iniciar la demostración: no hace falta cuenta.</translation>
    </message>
    <message>
        <source>Demo: seconds an access token lives (default %1).</source>
        <translation>Demostración: segundos que dura un token de acceso (por defecto %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Demo: seconds until the service ends the session, whatever the refreshes (default %1).</source>
        <translation>Demostración: segundos hasta que el servicio termina la sesión, pese a las actualizaciones (por defecto %1).</translation>
    </message>
    <message>
        <source>Demo: seconds between the Demo caller&apos;s calls (default %1).</source>
        <translation>Demostración: segundos entre las llamadas del llamador de demostración (por defecto %1).</translation>
    </message>
    <message>
        <source>Callout demo</source>
        <translation>Demostración de Callout</translation>
    </message>
    <message>
        <source>Demo caller</source>
        <translation>Llamador de demostración</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
</context>
</TS>
