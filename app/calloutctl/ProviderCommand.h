#pragma once

#include "calloutclient/ApiClient.h"

#include <QCommandLineParser>
#include <QStringList>

#include <functional>

// `calloutctl provider presets [PRESET]` and `calloutctl provider add --preset PRESET …`: a provider
// from one of the built-in presets (lib/callout/model/ProviderPresets). The provider is added
// through the agent's import, the only way configuration is written; its client secret goes to the
// keychain and is read from a file or stdin, never from the command line.
namespace calloutctl {

// The provider commands' part of --help.
QString providerHelp();
void addProviderOptions(QCommandLineParser &parser);

// Runs `provider …` (`args` after the word provider); `connect` connects a client to the agent
// (starting one if allowed). Returns calloutctl's exit status.
int runProvider(const QCommandLineParser &parser, const QStringList &args,
                const std::function<bool(callout::ApiClient &)> &connect);

} // namespace calloutctl
