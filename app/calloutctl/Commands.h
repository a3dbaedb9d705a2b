#pragma once

#include "calloutclient/ApiClient.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QStringView>

#include <chrono>
#include <optional>

// calloutctl's commands: each is one request to the agent, named after the local API's method.
namespace calloutctl {

struct Command {
    QStringView method; // the command is named after the local API's method
    int arguments;      // positional arguments after the command
};

const QList<Command> &commands();
const Command *findCommand(const QString &name);

// --timeout in seconds: `fallback` when not given, nothing when not whole seconds from 1 to 3600.
std::optional<std::chrono::seconds> timeoutOption(const QCommandLineParser &parser, std::chrono::seconds fallback);

// The request's params, read before the agent is asked; nothing (and the reason printed) when the
// command line cannot make them (an unreadable file).
std::optional<QJsonObject> paramsFor(const QCommandLineParser &parser, QStringView method, const QString &argument);

// Runs one command against the agent (connected); prints only the requested data on stdout.
// Returns calloutctl's exit status.
int run(callout::ApiClient &client, const QCommandLineParser &parser, const Command &command,
        const QJsonObject &params);

} // namespace calloutctl
