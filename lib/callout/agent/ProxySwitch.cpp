#include "callout/agent/ProxySwitch.h"

#include "callout/core/Logging.h"
#include "callout/store/PreferencesStore.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// The proxy's calls keep no cookies: each caller handles its own (Set-Cookie reaches it).
class NoCookieJar : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
};

} // namespace

ProxySwitch::ProxySwitch(PreferencesStore &preferences, CallAuthorizer &authorizer, const QString &secretFile,
                         const ProxyLimits &limits, QObject *parent)
    : QObject(parent)
    , m_preferences(preferences)
    , m_engine(m_network, authorizer)
    , m_proxy(m_engine, limits)
    , m_secret(secretFile)
{
    // Never followed with the token, never stored: the caller gets what the server sent.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network.setCookieJar(new NoCookieJar(&m_network));
    m_engine.setMaxWaitingBody(limits.maxRequestBody);
}

ProxySwitch::~ProxySwitch()
{
    m_proxy.close(); // before the engine and its calls go
}

Result<void> ProxySwitch::start(quint16 port)
{
    const Result<QByteArray> secret = m_secret.loadOrCreate();
    if (!secret.ok())
        return secret.error();
    if (Result<void> listening = m_proxy.listen(port, secret.value()); !listening.ok())
        return listening;
    m_problem.clear();
    return {};
}

Result<void> ProxySwitch::turnOn(quint16 port)
{
    Preferences preferences = m_preferences.preferences();
    const quint16 wanted = port != 0 ? port : preferences.proxyPort;
    if (!m_proxy.isListening() || (port != 0 && port != m_proxy.port())) {
        if (Result<void> started = start(wanted); !started.ok()) {
            // A remembered port taken by another program: a free one rather than none.
            if (port != 0 || wanted == 0 || !start(0).ok()) {
                Q_EMIT changed();
                return started;
            }
        }
    }
    preferences.proxyEnabled = true;
    preferences.proxyPort = m_proxy.port();
    if (Result<void> saved = m_preferences.save(preferences); !saved.ok()) {
        m_proxy.close();
        Q_EMIT changed();
        return saved;
    }
    Q_EMIT changed();
    return {};
}

Result<void> ProxySwitch::turnOff()
{
    m_proxy.close();
    m_secret.remove();
    m_problem.clear();
    Preferences preferences = m_preferences.preferences();
    preferences.proxyEnabled = false;
    Result<void> saved = preferences == m_preferences.preferences() ? Result<void>() : m_preferences.save(preferences);
    Q_EMIT changed();
    return saved;
}

void ProxySwitch::restore()
{
    const Preferences &preferences = m_preferences.preferences();
    if (!preferences.proxyEnabled || m_proxy.isListening())
        return;
    if (Result<void> started = start(preferences.proxyPort); !started.ok()) {
        m_problem = started.error().message;
        qCWarning(lcApi).noquote() << m_problem;
    }
    Q_EMIT changed();
}

ProxySwitch::Status ProxySwitch::status() const
{
    Status status;
    status.enabled = m_preferences.preferences().proxyEnabled;
    status.listening = m_proxy.isListening();
    status.port = status.listening ? m_proxy.port() : m_preferences.preferences().proxyPort;
    if (status.listening) {
        status.url = u"http://127.0.0.1:%1/callout"_s.arg(status.port);
        status.secretFile = m_secret.path();
        status.addresses = m_proxy.addresses();
    }
    status.problem = m_problem;
    return status;
}

} // namespace callout
