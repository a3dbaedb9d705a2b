#pragma once

#include "calloutclient/ApiClient.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

// `calloutctl proxy on|off|status` and `calloutctl proxy-env`: the agent's loopback proxy.
namespace calloutctl {

// The proxy method's params for `proxy ACTION [--port PORT]`; nothing (a usage error printed)
// when the command line is wrong.
std::optional<QJsonObject> proxyParams(const QCommandLineParser &parser, const QString &action);

// `proxy`'s answer for people: on or off, the URL and the secret file.
void printProxyStatus(QTextStream &out, const QJsonObject &status);

// Prints `export CALLOUT_PROXY_URL=… CALLOUT_PROXY_SECRET=…` for a shell's eval (never HTTP_PROXY:
// clients would send absolute-form requests, which the proxy refuses). Returns the exit status.
int runProxyEnv(callout::ApiClient &client);

} // namespace calloutctl
