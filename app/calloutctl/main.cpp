// calloutctl: the command-line client of the callout agent. It never reads the configuration,
// the sign-in state or the keychain itself: it asks the running agent, starting one if needed.
#include "CallCommand.h"
#include "Commands.h"
#include "Completion.h"
#include "Output.h"
#include "ProviderCommand.h"
#include "ProxyCommand.h"
#include "calloutclient/AgentPaths.h"
#include "calloutclient/ApiClient.h"
#include "calloutclient/Protocol.h"
#include "calloutclient/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;

using namespace calloutctl;
using callout::ApiClient;
using callout::protocol::ExitCode;
namespace protocol = callout::protocol;

namespace {

int exitStatus(ExitCode code)
{
    return int(code);
}

// Beside this program (a build tree), else from its installed folder /usr/libexec/callout, else on PATH.
QString agentExecutable()
{
    const QString folder = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {folder + u"/callout"_s, folder + u"/../../bin/callout"_s}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).absoluteFilePath();
    }
    return QStandardPaths::findExecutable(u"callout"_s);
}

// Starts an agent as gpg starts gpg-agent: detached, in its own session, streams on /dev/null.
bool startAgent()
{
    const QString executable = agentExecutable();
    if (executable.isEmpty())
        return false;
    const bool desktop = qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
    QProcess process;
    process.setProgram(executable);
    QStringList arguments;
    if (!desktop)
        arguments << u"--headless"_s;
    if (callout::agentpaths::instance() == callout::agentpaths::Instance::Demo)
        arguments << u"--demo"_s;
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.setChildProcessModifier([] { ::setsid(); });
    return process.startDetached();
}

bool connect(ApiClient &client, bool mayStart)
{
    const QString socket = callout::agentpaths::socketPath();
    if (client.connectToAgent(socket, 1000))
        return true;
    if (!mayStart || !startAgent())
        return false;
    for (int attempt = 0; attempt < 100; ++attempt) { // up to 10 s for the agent to listen
        QThread::msleep(100);
        if (client.connectToAgent(socket, 500))
            return true;
    }
    return false;
}

QString description()
{
    return Tr::tr("Use the named credentials of the callout agent.\n\nCommands:\n"
                  "  import FILE|- [--replace]   merge an import document (stdin with -)\n"
                  "  export                      print the configuration, without secrets\n"
                  "  list [--json|--names]       every named credential and its sign-in status\n"
                  "  status NAME [--json]        one named credential\n"
                  "  login NAME [--timeout S]    sign in through the browser and wait (Ctrl-C cancels)\n"
                  "  token NAME                  print a valid access token\n"
                  "  call callout:NAME/PATH [-X METHOD] [-H 'Name: value']... [-d DATA|--data-binary @FILE|@-]\n"
                  "       [-i] [-o FILE] [--wait SECONDS] [--fail]\n"
                  "                              an HTTP request through the credential, curl's way\n"
                  "                              (calloutctl call --help)\n"
                  "  report-expired NAME         a call with the token on stdin (or --token-file) was\n"
                  "                              refused: print the token to use now, refreshed if\n"
                  "                              that one was current (else sign-in is required)\n"
                  "  logout NAME                 revoke and delete the tokens\n"
                  "  remove NAME                 logout and delete the named credential\n"
                  "  proxy on [--port P]|off|status\n"
                  "                              the loopback proxy: http://127.0.0.1:P/callout/NAME/PATH\n"
                  "                              with Proxy-Authorization: Bearer <secret>; remembered\n"
                  "  proxy-env                   print export CALLOUT_PROXY_URL=... CALLOUT_PROXY_SECRET=...\n"
                  "  completion bash             print a bash completion script\n\n"
                  "Exit codes: 0 ok, 1 error, 2 usage, 3 sign-in required, 4 HTTP error, 5 no agent,\n"
                  "6 timed out, 7 denied or cancelled, 8 keychain unavailable or locked.\n"
                  "The JSON fields are listed in the manual page: man calloutctl.")
        + u"\n\n"_s + providerHelp();
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(description());
    // Own --help and --version: Qt's would add --help-all (Qt's options) and name the program "callout".
    parser.addOption({{u"h"_s, u"help"_s}, Tr::tr("Show this help.")});
    QCommandLineOption helpAll(u"help-all"_s, Tr::tr("Show this help."));
    helpAll.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(helpAll);
    parser.addOption({{u"v"_s, u"version"_s}, Tr::tr("Show the version.")});
    parser.addOptions(
        {{u"json"_s, Tr::tr("Print JSON (list, status, import).")},
         {u"names"_s, Tr::tr("Print only the names, one a line (list).")},
         {u"replace"_s, Tr::tr("Change existing entries (import).")},
         {u"timeout"_s,
          Tr::tr("Seconds to wait, 1 to 3600: for the sign-in (login; default 300), for the answer (others; "
                 "default 120)."),
          Tr::tr("seconds")},
         {u"token-file"_s, Tr::tr("Read the refused token from this file, - for stdin (report-expired; default -)."),
          Tr::tr("file")},
         {u"port"_s, Tr::tr("The loopback proxy's port (proxy on; default: the last one, else a free one)."),
          Tr::tr("port")},
         {u"no-start"_s, Tr::tr("Do not start the agent when none is running.")},
         {u"demo"_s, Tr::tr("Use the demo agent (callout --demo), started when needed, not yours.")}});
    addProviderOptions(parser);
    parser.addPositionalArgument(u"command"_s, Tr::tr("What to do (see above)."));
}

int usage(const QString &message)
{
    printError(message);
    return exitStatus(ExitCode::Usage);
}

// The command line's mistakes, as usage errors (exit 2); nothing when it can run.
std::optional<int> checkUsage(const QCommandLineParser &parser, const QStringList &args, const Command *command)
{
    if (args.isEmpty())
        return usage(Tr::tr("no command given; see --help."));
    if (!command)
        return usage(Tr::tr("unknown command \"%1\"; see --help.").arg(args.first()));
    if (args.size() != command->arguments + 1)
        return usage(Tr::tr("%1 takes %n argument(s); see --help.", nullptr, command->arguments)
                         .arg(command->method.toString()));
    if (!timeoutOption(parser, protocol::DefaultLoginTimeout))
        return usage(Tr::tr("--timeout takes whole seconds from %1 to %2.")
                         .arg(protocol::MinLoginTimeout.count())
                         .arg(protocol::MaxLoginTimeout.count()));
    if (command->method == protocol::method::Proxy && !proxyParams(parser, args.at(1)))
        return exitStatus(ExitCode::Usage); // proxyParams said why
    if (command->method == protocol::method::ReportExpired && !parser.isSet(u"token-file"_s) && ::isatty(STDIN_FILENO))
        return usage(Tr::tr("report-expired reads the refused token from stdin or --token-file, not a terminal."));
    return std::nullopt;
}

// `--demo` before the command word chooses the demo's agent (callout --demo) for every command,
// `call` included; it is taken out of the arguments here, before anything asks for a path.
QStringList selectInstance(QStringList arguments)
{
    const auto command
        = std::find_if(arguments.begin() + 1, arguments.end(), [](const QString &a) { return !a.startsWith(u'-'); });
    const auto demo = std::find(arguments.begin() + 1, command, u"--demo"_s);
    if (demo != command) {
        arguments.erase(demo);
        callout::agentpaths::selectInstance(callout::agentpaths::Instance::Demo);
    } else {
        callout::agentpaths::selectInstance(callout::agentpaths::Instance::User);
    }
    return arguments;
}

// `call` has options of its own (curl's): the first word that is not an option names it.
bool isCall(const QStringList &arguments)
{
    const auto word
        = std::find_if(arguments.begin() + 1, arguments.end(), [](const QString &a) { return !a.startsWith(u'-'); });
    return word != arguments.end() && *word == u"call"_s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLOUT_VERSION));
    callout::installTranslations(app);
    const QStringList arguments = selectInstance(QCoreApplication::arguments());

    if (isCall(arguments)) {
        return runCall(arguments, [](bool mayStart) {
            ApiClient probe; // the call itself runs on a connection of its own
            return connect(probe, mayStart);
        });
    }

    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        QString problem = parser.errorText(); // "Unknown option 'x'."
        if (problem.endsWith(u'.'))
            problem.chop(1);
        return usage(Tr::tr("%1; see --help.").arg(problem));
    }
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)) {
        QTextStream(stdout) << parser.helpText();
        return exitStatus(ExitCode::Success);
    }
    if (parser.isSet(u"version"_s)) {
        QTextStream(stdout) << u"calloutctl "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return exitStatus(ExitCode::Success);
    }

    if (parser.isSet(u"demo"_s)) // after the command word: as good as before it
        callout::agentpaths::selectInstance(callout::agentpaths::Instance::Demo);
    const QStringList args = parser.positionalArguments();
    if (args.value(0) == u"completion"_s) {
        if (args.size() != 2 || args.at(1) != u"bash"_s)
            return usage(Tr::tr("completion takes the shell's name: bash."));
        QTextStream(stdout) << bashCompletion();
        return exitStatus(ExitCode::Success);
    }
    if (args.value(0) == u"proxy-env"_s) {
        if (args.size() != 1)
            return usage(Tr::tr("proxy-env takes no arguments."));
        ApiClient client;
        if (!connect(client, !parser.isSet(u"no-start"_s))) {
            printError(Tr::tr("the callout agent is not running."));
            return exitStatus(ExitCode::AgentUnavailable);
        }
        return runProxyEnv(client);
    }
    if (args.value(0) == u"provider"_s)
        return runProvider(parser, args.mid(1),
                           [&parser](ApiClient &client) { return connect(client, !parser.isSet(u"no-start"_s)); });
    const Command *command = findCommand(args.value(0));
    if (const std::optional<int> wrong = checkUsage(parser, args, command))
        return *wrong;

    const std::optional<QJsonObject> params = paramsFor(parser, command->method, args.value(1));
    if (!params)
        return exitStatus(ExitCode::Failure);
    ApiClient client;
    if (!connect(client, !parser.isSet(u"no-start"_s))) {
        printError(parser.isSet(u"no-start"_s) ? Tr::tr("the callout agent is not running (--no-start).")
                                               : Tr::tr("the callout agent is not running and could not be started."));
        return exitStatus(ExitCode::AgentUnavailable);
    }
    return run(client, parser, *command, *params);
}
