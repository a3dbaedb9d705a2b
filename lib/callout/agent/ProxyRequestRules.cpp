#include "callout/agent/ProxyRequestRules.h"

#include "callout/core/ConstantTime.h"
#include "calloutclient/CalloutAddress.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::ProxyRequestRules)
};

constexpr QByteArrayView Prefix = "/callout/";

// Never forwarded, whatever Connection says (lower case).
const QSet<QByteArray> &droppedRequestHeaders()
{
    static const QSet<QByteArray> names{// hop-by-hop (RFC 9110 §7.6.1) and framing
                                        "connection", "keep-alive", "proxy-connection", "te", "trailer",
                                        "transfer-encoding", "upgrade", "content-length", "expect", "host",
                                        // the caller's credentials: only the credential's reach the server
                                        "authorization", "cookie", "cookie2",
                                        // the proxy's own
                                        "callout-wait"};
    return names;
}

const QSet<QByteArray> &droppedResponseHeaders()
{
    static const QSet<QByteArray> names{"connection", "keep-alive",     "proxy-connection",
                                        "te",         "trailer",        "transfer-encoding",
                                        "upgrade",    "content-length", "proxy-authenticate"};
    return names;
}

// The field names a Connection header lists (comma-separated tokens), lower case.
QSet<QByteArray> namedInConnection(const HeaderList &headers)
{
    QSet<QByteArray> names;
    for (const auto &[name, value] : headers) {
        if (name.compare("Connection", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &token : value.split(','))
            names.insert(token.trimmed().toLower());
    }
    return names;
}

// A path that could leave the credential's URL, in any spelling: refused here already, by the call
// engine's own rule (which checks the resolved URL again).
bool mayEscape(const QByteArray &target)
{
    QString error;
    return !resolveCallTarget(QUrl(QStringLiteral("http://callout.invalid/")), QString::fromLatin1(target), &error)
                .isValid();
}

} // namespace

ProxyRequestRules::ProxyRequestRules(QByteArray secret, quint16 port)
    : m_secret(std::move(secret))
    , m_port(port)
{ }

ProxyVerdict ProxyRequestRules::refusal(int status, const QString &message) const
{
    ProxyVerdict verdict;
    verdict.status = status;
    verdict.message = message;
    return verdict;
}

bool ProxyRequestRules::hostIsOurs(const HttpRequest &head) const
{
    const QList<QByteArray> hosts = head.values("Host");
    if (hosts.size() != 1)
        return false;
    const QByteArray port = ':' + QByteArray::number(m_port);
    const QByteArray host = hosts.first().trimmed().toLower();
    return host == "127.0.0.1" + port || host == "localhost" + port || host == "[::1]" + port;
}

bool ProxyRequestRules::carriesSecret(const HttpRequest &head) const
{
    const QList<QByteArray> values = head.values("Proxy-Authorization");
    if (values.size() != 1 || m_secret.isEmpty())
        return false;
    const QByteArray value = values.first().trimmed();
    constexpr QByteArrayView Scheme = "bearer ";
    if (value.size() <= Scheme.size() || !value.first(Scheme.size()).toLower().startsWith(Scheme))
        return false;
    return constantTimeEquals(value.mid(Scheme.size()).trimmed(), m_secret);
}

ProxyVerdict ProxyRequestRules::check(const HttpRequest &head) const
{
    if (head.method == "CONNECT")
        return refusal(400,
                       Tr::tr("CONNECT is not supported: this is not a general proxy. Send requests to "
                              "http://127.0.0.1:%1/callout/NAME/PATH.")
                           .arg(m_port));
    if (!head.target.startsWith('/'))
        return refusal(400,
                       Tr::tr("Only paths are accepted (/callout/NAME/PATH), not absolute URLs: this is not a "
                              "general proxy; do not set HTTP_PROXY to it."));
    if (head.values("Host").size() > 1)
        return refusal(400, Tr::tr("More than one Host header."));
    if (!hostIsOurs(head))
        return refusal(403, Tr::tr("The Host header must be 127.0.0.1:%1, localhost:%1 or [::1]:%1.").arg(m_port));
    for (const auto &[name, value] : head.headers) {
        if (name.compare("Origin", Qt::CaseInsensitive) == 0 || name.toLower().startsWith("sec-fetch-"))
            return refusal(403, Tr::tr("Requests from web pages are refused."));
    }
    if (!carriesSecret(head))
        return refusal(401,
                       Tr::tr("Every request needs the header Proxy-Authorization: Bearer <secret>; "
                              "`calloutctl proxy-env` prints the secret."));
    if (head.method == "TRACE")
        return refusal(405, Tr::tr("TRACE is not forwarded."));

    const QByteArray &target = head.target;
    if (!target.startsWith(Prefix))
        return refusal(404, Tr::tr("Not found: requests go to /callout/NAME/PATH."));
    const qsizetype nameEnd = [&target] {
        const qsizetype slash = target.indexOf('/', Prefix.size());
        const qsizetype query = target.indexOf('?', Prefix.size());
        if (slash < 0)
            return query < 0 ? target.size() : query;
        return query < 0 ? slash : std::min(slash, query);
    }();
    const QString name = QUrl::fromPercentEncoding(target.sliced(Prefix.size(), nameEnd - Prefix.size()));
    if (name.isEmpty() || name.contains(u'/') || name.contains(QChar::ReplacementCharacter))
        return refusal(404, Tr::tr("Not found: requests go to /callout/NAME/PATH."));
    const QByteArray rest = target.mid(nameEnd);
    if (mayEscape(rest) || rest.contains('#') || rest.contains(' '))
        return refusal(400,
                       Tr::tr("The path may not leave the credential's URL (no .., encoded slashes or "
                              "backslashes)."));

    ProxyVerdict verdict;
    const QList<QByteArray> waits = head.values("Callout-Wait");
    if (!waits.isEmpty()) {
        bool ok = false;
        const QByteArray wait = waits.first().trimmed();
        const qint64 seconds = wait.toLongLong(&ok);
        const bool digitsOnly = std::all_of(wait.begin(), wait.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (waits.size() != 1 || !ok || !digitsOnly || seconds < 0 || seconds > MaxWaitSeconds)
            return refusal(400, Tr::tr("Callout-Wait takes whole seconds from 0 to %1.").arg(MaxWaitSeconds));
        verdict.wait = std::chrono::seconds(seconds);
    }
    verdict.credential = name;
    verdict.target = QString::fromLatin1(rest);
    verdict.headers = forwardable(head.headers);
    return verdict;
}

HeaderList ProxyRequestRules::forwardable(const HeaderList &headers)
{
    const QSet<QByteArray> named = namedInConnection(headers);
    HeaderList kept;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (droppedRequestHeaders().contains(lower) || named.contains(lower) || lower.startsWith("proxy-"))
            continue;
        kept.append({name, value});
    }
    return kept;
}

bool ProxyRequestRules::isReturnable(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return !droppedResponseHeaders().contains(lower) && !lower.startsWith("access-control-");
}

} // namespace callout
