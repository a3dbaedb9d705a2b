#pragma once

#include <CalloutClient/calloutclient_export.h>

#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <chrono>
#include <memory>

namespace callout {

class CallAuthorizer;

// A QNetworkAccessManager that also accepts `callout:NAME/PATH?QUERY` URLs: such a request goes to
// the named credential's URL + PATH + QUERY with the credential's authentication added by the
// Callout agent (its token service, over the agent's local socket). On 401 the agent refreshes the
// token once and the request is sent once more; when the user has to sign in again the request
// waits for as long as WaitAttribute (or defaultWait()) allows, and fails with
// QNetworkReply::AuthenticationRequiredError otherwise. Redirects are never followed: a 3xx comes
// back as it is. The program never sees the refresh token or a client secret.
//
// Every other URL is handled by QNetworkAccessManager itself, untouched.
//
//     callout::CalloutNetworkAccessManager network;
//     QNetworkReply *reply = network.get(QNetworkRequest(QUrl(QStringLiteral("callout:MyApi/me"))));
class CALLOUTCLIENT_EXPORT CalloutNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    enum Attribute {
        // Request: how long (whole seconds, int, 0..86400) the request may wait for the user to sign
        // in again. Without it: defaultWait().
        WaitAttribute = QNetworkRequest::User + 3100,
        // Reply: when a callout: request failed without any response, the agent's error code
        // (QString, e.g. "sign-in-required", "not-found", "agent-unreachable").
        FailureCodeAttribute,
    };

    static constexpr std::chrono::seconds MaxWait{86400};

    // Talks to the agent of the current user (its socket in $XDG_RUNTIME_DIR).
    explicit CalloutNetworkAccessManager(QObject *parent = nullptr);
    ~CalloutNetworkAccessManager() override;

    // The wait of requests without WaitAttribute; 0 (the default) fails at once when the user is needed.
    void setDefaultWait(std::chrono::seconds wait);
    std::chrono::seconds defaultWait() const;

Q_SIGNALS:
    // A callout: request waits for the user to sign in again (emitted once per request).
    void waitingForUser(QNetworkReply *reply, const QString &message);

protected:
    // For tests and for programs that authorize calls themselves: `authorizer` must outlive this.
    explicit CalloutNetworkAccessManager(CallAuthorizer &authorizer, QObject *parent = nullptr);

    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override;

protected Q_SLOTS:
    QStringList supportedSchemesImplementation() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace callout
