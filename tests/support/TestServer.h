#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace callout::test {

// The real OAuth 2.0 / OpenID Connect server of tests/server (oidc-provider) for one test:
// starts it on an ephemeral 127.0.0.1 port, injects faults, reads its request log, restarts it.
// Stopped (SIGTERM, then SIGKILL) when destroyed.
class TestServer
{
public:
    struct Options {
        int accessTtlSeconds = 300;
        int refreshTtlSeconds = 86400;
        bool rotateRefreshTokens = false;
        bool sendRefreshExpiresIn = false; // refresh_token_expires_in in token responses (--refresh-expires-in)
        QUrl fixedRedirect;                // the redirect URI of fixed-client, matched exactly
        QString seenSecretsFile;           // where the server appends the state, code and verifier it saw (tests only)
    };

    TestServer();
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // Starts the server and waits until it listens; false (and why in errorString()) on failure.
    bool start(const Options &options);
    bool start() { return start(Options{}); }
    void stop();

    quint16 port() const { return m_port; }
    QString issuer() const; // http://127.0.0.1:<port>, no trailing slash
    QUrl url(const QString &path) const;
    QString errorString() const { return m_error; }
    QByteArray serverOutput(); // what the server printed on stderr so far

    // {"endpoint": "token", "mode": "status", "status": 503, "count": 1, ...}: see tests/server/README.md.
    bool addFault(const QJsonObject &fault);
    bool clearFaults();
    QJsonArray requestLog(const QString &endpoint = {}); // all entries, or those of one endpoint
    bool clearRequestLog();
    // All grants lost (refresh tokens become invalid_grant); same port and issuer.
    bool restart();

    // One synchronous request to the server (for tests and the harness itself).
    struct Reply {
        int status = 0;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        QJsonObject json() const;
    };
    Reply request(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                  const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    static QString serverDirectory();
    static QString browserScript();                     // tests/server/browser.sh, for $BROWSER
    static QJsonObject client(const QString &clientId); // {client_id, client_secret?, …} from clients.json

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    QString m_error;
    QByteArray m_output;
};

} // namespace callout::test
