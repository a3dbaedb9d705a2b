#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>

namespace callout {

class CallAuthorizer;
class CredentialCatalog;
class NamedCredential;
class ProxySwitch;
struct InvalidCredential;
class SignInService;
class SignOutService;
class TokenManager;
struct SignInOptions;

// The local API's methods: one JSON request in, events and one JSON answer out (README, "Local
// API"; the wire format is calloutclient/Protocol.h). Transport-free, so it is tested without
// sockets; LocalApiServer carries it.
class ApiHandler : public QObject
{
    Q_OBJECT

public:
    using Reply = std::function<void(const QJsonObject &message)>; // events and the final answer

    ApiHandler(CredentialCatalog &catalog, SignInService &signIn, TokenManager &tokens, SignOutService &signOut,
               CallAuthorizer &calls, QObject *parent = nullptr);

    // Handles one request (a JSON object read from a line): checks its envelope and params, then runs
    // its method. `reply` may be called later (more than once for events, exactly once for the
    // answer). `context` (not null) ends the request early when destroyed.
    void handle(const QJsonObject &request, QObject *context, const Reply &reply);

    // The keychain waits for the user to unlock it (LockAwareSecretStore): every waiting request
    // that may need it gets a keychain-locked event, and so does every new one until it answers.
    void setKeychainWaiting(bool waiting);
    // The loopback proxy the `proxy` method turns on and off (none: the method answers unknown-method).
    void setProxySwitch(ProxySwitch *proxy) { m_proxy = proxy; }

Q_SIGNALS:
    // A second launch of the agent handed over its arguments.
    void activationRequested(const QStringList &arguments);
    void keychainWaitingChanged(bool waiting);

private:
    struct Call; // one request in progress
    using Run = void (ApiHandler::*)(const Call &call);
    struct Method {
        QStringView name;
        Run run;
        bool needsName; // params.name must be a non-empty string
    };
    static const Method Methods[];

    void hello(const Call &call);
    void list(const Call &call);
    void status(const Call &call);
    void importDocument(const Call &call);
    void exportDocument(const Call &call);
    void login(const Call &call);
    void token(const Call &call);
    void reportExpired(const Call &call);
    void logout(const Call &call);
    void remove(const Call &call);
    void activate(const Call &call);
    void proxy(const Call &call);
    void authorize(const Call &call);

    void tellWhenKeychainWaits(Call &call);

    const NamedCredential *credentialFor(const Call &call) const;       // answers not-found when there is none
    static std::optional<SignInOptions> loginOptions(const Call &call); // answers bad-request when wrong
    bool refusedAsDisabled(const Call &call, Run run) const;            // answers for a disabled credential
    QJsonObject record(const NamedCredential &credential) const;
    QJsonObject record(const InvalidCredential &credential) const;

    CredentialCatalog &m_catalog;
    SignInService &m_signIn;
    TokenManager &m_tokens;
    SignOutService &m_signOut;
    CallAuthorizer &m_calls;
    bool m_keychainWaiting = false;
    ProxySwitch *m_proxy = nullptr;
};

} // namespace callout
