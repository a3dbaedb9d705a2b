#pragma once

#include "callout/agent/HttpRequestReader.h"

#include <QByteArray>
#include <QString>

#include <chrono>

namespace callout {

// What the proxy does with one request head: refuse it (status and why), or forward it.
struct ProxyVerdict {
    int status = 0;               // 0: forward; else the status to answer, and nothing goes upstream
    QString message;              // why it was refused, for the caller
    QString credential;           // NAME of /callout/NAME/PATH
    QString target;               // "/PATH?QUERY" (or "" for the credential's URL itself), as sent
    HeaderList headers;           // the caller's headers that may go upstream
    std::chrono::seconds wait{0}; // Callout-Wait

    bool forwards() const { return status == 0; }
};

// The loopback proxy's rules (SECURITY.md C4–C7), as a pure function of a request head: the
// secret, compared in constant time (401); Host must name the proxy itself on loopback, against
// DNS rebinding (403); anything a browser marks as cross-site (Origin, Sec-Fetch-*) is refused
// (403); only origin-form targets under /callout/NAME/ (absolute-form and CONNECT: 400; other
// paths: 404); the caller's credentials and hop-by-hop headers never go upstream.
class ProxyRequestRules
{
public:
    static constexpr qint64 MaxWaitSeconds = 86400;

    ProxyRequestRules(QByteArray secret, quint16 port);

    ProxyVerdict check(const HttpRequest &head) const;

    // The headers of `headers` that may go upstream (RFC 9110 §7.6.1: Connection and the fields it
    // names, and the other hop-by-hop fields; the caller's Authorization, Cookie, Proxy-*, and the
    // proxy's own Callout-Wait; Host and framing, which the upstream request sets itself).
    static HeaderList forwardable(const HeaderList &headers);
    // Whether a response header may go back to the caller (hop-by-hop, framing and CORS do not).
    static bool isReturnable(const QByteArray &name);

private:
    ProxyVerdict refusal(int status, const QString &message) const;
    bool hostIsOurs(const HttpRequest &head) const;
    bool carriesSecret(const HttpRequest &head) const;

    QByteArray m_secret;
    quint16 m_port;
};

} // namespace callout
