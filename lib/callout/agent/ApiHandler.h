#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>

namespace callout {

class CredentialCatalog;
class SignInService;
class SignOutService;
class TokenManager;

// The local API's methods: one JSON request in, events and one JSON answer out (README, "Local
// API"). Transport-free, so it is tested without sockets; LocalApiServer carries it.
class ApiHandler : public QObject
{
    Q_OBJECT

public:
    static constexpr int ProtocolVersion = 1;
    using Reply = std::function<void(const QJsonObject &message)>; // events and the final answer

    ApiHandler(CredentialCatalog &catalog, SignInService &signIn, TokenManager &tokens, SignOutService &signOut,
               QObject *parent = nullptr);

    // Handles one parsed request; `reply` may be called later (and more than once for events,
    // exactly once for the answer). `context` ends the request early when destroyed.
    void handle(const QJsonObject &request, QObject *context, const Reply &reply);

    static QJsonObject errorAnswer(const QJsonValue &id, const QString &code, const QString &message);

Q_SIGNALS:
    // A second launch of the agent handed over its arguments.
    void activationRequested(const QStringList &arguments);

private:
    QJsonObject record(const QString &credentialName) const;
    void login(const QJsonValue &id, const QJsonObject &params, QObject *context, const Reply &reply);

    CredentialCatalog &m_catalog;
    SignInService &m_signIn;
    TokenManager &m_tokens;
    SignOutService &m_signOut;
};

} // namespace callout
