#include "ProxyCommand.h"

#include "Output.h"
#include "calloutclient/Protocol.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace calloutctl {

namespace protocol = callout::protocol;

namespace {

constexpr int AnswerTimeoutMs = 30000;

// The secret, from the file the agent names: only when it is this user's own and nobody else's to read.
std::optional<QByteArray> readSecret(const QString &path)
{
    struct stat status = {};
    const QByteArray name = QFile::encodeName(path);
    if (::stat(name.constData(), &status) != 0 || status.st_uid != ::getuid() || (status.st_mode & 0077) != 0)
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray secret = file.read(256).trimmed();
    const bool plain = !secret.isEmpty() && std::all_of(secret.begin(), secret.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
    return plain ? std::optional(secret) : std::nullopt;
}

} // namespace

std::optional<QJsonObject> proxyParams(const QCommandLineParser &parser, const QString &action)
{
    if (action != u"on"_s && action != u"off"_s && action != u"status"_s) {
        printError(Tr::tr("proxy takes on, off or status; see --help."));
        return std::nullopt;
    }
    QJsonObject params{{u"action"_s, action}};
    if (!parser.isSet(u"port"_s))
        return params;
    bool ok = false;
    const int port = parser.value(u"port"_s).toInt(&ok);
    if (action != u"on"_s || !ok || port < 1 || port > 65535) {
        printError(Tr::tr("--port takes a port number from 1 to 65535, with proxy on."));
        return std::nullopt;
    }
    params.insert(u"port"_s, port);
    return params;
}

void printProxyStatus(QTextStream &out, const QJsonObject &status)
{
    const bool enabled = status.value(u"enabled"_s).toBool();
    const bool listening = status.value(u"listening"_s).toBool();
    if (!enabled) {
        out << Tr::tr("The proxy is off.") << u'\n';
        return;
    }
    if (!listening) {
        out << Tr::tr("The proxy is on but not listening: %1").arg(status.value(u"problem"_s).toString()) << u'\n';
        return;
    }
    out << Tr::tr("The proxy is on: %1/NAME/PATH").arg(status.value(u"url"_s).toString()) << u'\n'
        << Tr::tr("Secret: %1 (eval \"$(calloutctl proxy-env)\" exports both)")
               .arg(status.value(u"secretFile"_s).toString())
        << u'\n';
}

int runProxyEnv(callout::ApiClient &client)
{
    const QJsonObject answer = client.request(protocol::method::Proxy, {{u"action"_s, u"status"_s}}, AnswerTimeoutMs);
    if (!protocol::isOk(answer)) {
        const protocol::ErrorBody error = protocol::errorOf(answer);
        printError(error.message);
        return int(protocol::exitCodeFor(error.code));
    }
    const QJsonObject status = protocol::resultOf(answer);
    if (!status.value(u"listening"_s).toBool()) {
        printError(status.value(u"enabled"_s).toBool()
                       ? Tr::tr("the proxy is on but not listening: %1").arg(status.value(u"problem"_s).toString())
                       : Tr::tr("the proxy is off; turn it on with: calloutctl proxy on"));
        return int(protocol::ExitCode::Failure);
    }
    const QString file = status.value(u"secretFile"_s).toString();
    const std::optional<QByteArray> secret = readSecret(file);
    if (!secret) {
        printError(Tr::tr("cannot read the proxy's secret from %1 (it must be yours, mode 0600).").arg(file));
        return int(protocol::ExitCode::Failure);
    }
    const QString url = status.value(u"url"_s).toString();
    QTextStream(stdout) << u"export CALLOUT_PROXY_URL="_s << url << u" CALLOUT_PROXY_SECRET="_s
                        << QString::fromLatin1(*secret) << u'\n';
    return int(protocol::ExitCode::Success);
}

} // namespace calloutctl
