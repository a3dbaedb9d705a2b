#pragma once

#include "callout/agent/CalloutProxy.h"
#include "callout/agent/ProxySecretFile.h"
#include "callout/core/Result.h"
#include "calloutclient/CallEngine.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace callout {

class CallAuthorizer;
class PreferencesStore;

// Turns the loopback proxy on and off, remembered in the preferences (proxyEnabled, proxyPort):
// on at the agent's start when it was on before. The proxy's calls have their own network access
// manager, so that slow APIs never hold up the agent's token requests.
class ProxySwitch : public QObject
{
    Q_OBJECT

public:
    struct Status {
        bool enabled = false;   // on, as remembered
        bool listening = false; // and listening (false when its port could not be opened)
        quint16 port = 0;
        QString url;        // http://127.0.0.1:PORT/callout, while listening
        QString secretFile; // while listening
        QStringList addresses;
        QString problem; // why it is on but not listening
    };

    ProxySwitch(PreferencesStore &preferences, CallAuthorizer &authorizer, const QString &secretFile,
                const ProxyLimits &limits = {}, QObject *parent = nullptr);
    ~ProxySwitch() override;

    // On at `port`; 0: the port it had before, else a free one. Remembered.
    Result<void> turnOn(quint16 port = 0);
    // Off: no more listening, the secret file removed. Remembered.
    Result<void> turnOff();
    // At the agent's start: on again when it was on (a problem is logged and shown in status()).
    void restore();
    Status status() const;

Q_SIGNALS:
    void changed();

private:
    Result<void> start(quint16 port);

    PreferencesStore &m_preferences;
    QNetworkAccessManager m_network;
    CallEngine m_engine;
    CalloutProxy m_proxy;
    ProxySecretFile m_secret;
    QString m_problem;
};

} // namespace callout
