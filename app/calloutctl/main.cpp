// calloutctl: the command-line client of the callout agent. It never reads the configuration,
// the sign-in state or the keychain itself: it asks the running agent, starting one if needed.
#include "calloutclient/AgentPaths.h"
#include "calloutclient/ApiClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>

#include <optional>

#include <unistd.h>

using namespace Qt::StringLiterals;

using namespace callout;

namespace {

enum Exit {
    Success = 0,
    Failure = 1,
    Usage = 2,
    SignInRequired = 3,
    HttpError = 4,
    AgentUnavailable = 5,
    TimedOut = 6,
    Denied = 7,
    KeychainProblem = 8
};

// The translation context of this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(calloutctl)
};

void printError(const QString &message)
{
    QTextStream(stderr) << u"calloutctl: "_s << message << Qt::endl;
}

// The agent's error classes, as exit codes (README: "calloutctl").
int exitCodeFor(const QString &code)
{
    if (code == u"sign-in-required"_s)
        return SignInRequired;
    if (code == u"access-denied"_s || code == u"sign-in-cancelled"_s)
        return Denied;
    if (code == u"sign-in-timed-out"_s || code == u"timeout"_s)
        return TimedOut;
    if (code.startsWith(u"keychain"_s))
        return KeychainProblem;
    if (code == u"agent-unreachable"_s)
        return AgentUnavailable;
    return Failure;
}

QString agentExecutable()
{
    const QString beside = QCoreApplication::applicationDirPath() + u"/callout"_s;
    return QFileInfo(beside).isExecutable() ? beside : QStandardPaths::findExecutable(u"callout"_s);
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
    process.setArguments(desktop ? QStringList() : QStringList{u"--headless"_s});
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.setChildProcessModifier([] { ::setsid(); });
    return process.startDetached();
}

bool connect(ApiClient &client, bool mayStart)
{
    const QString socket = agentpaths::socketPath();
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

// The import document from a file, or from standard input for "-"; nothing when unreadable.
std::optional<QString> readDocument(const QString &file)
{
    QFile input(file);
    const bool opened = file == u"-"_s ? input.open(stdin, QIODevice::ReadOnly) : input.open(QIODevice::ReadOnly);
    if (!opened)
        return std::nullopt;
    return QString::fromUtf8(input.readAll());
}

void printRecord(QTextStream &out, const QJsonObject &r)
{
    out << r.value(u"name"_s).toString() << u'\n';
    for (const QString &key : {u"label"_s, u"provider"_s, u"url"_s, u"status"_s, u"user"_s, u"grantedScopes"_s,
                               u"accessTokenExpiry"_s, u"lastRefresh"_s, u"nextRetry"_s, u"notice"_s}) {
        const QString value = r.value(key).toString();
        if (!value.isEmpty())
            out << u"  "_s << key << u": "_s << value << u'\n';
    }
    const QJsonObject error = r.value(u"lastError"_s).toObject();
    if (!error.isEmpty())
        out << u"  lastError: "_s << error.value(u"code"_s).toString() << u" — "_s
            << error.value(u"message"_s).toString() << u'\n';
}

void printList(QTextStream &out, const QJsonArray &records)
{
    out << qSetFieldWidth(20) << Qt::left << Tr::tr("NAME") << Tr::tr("PROVIDER") << Tr::tr("STATUS") << Tr::tr("USER")
        << qSetFieldWidth(0) << Tr::tr("EXPIRES") << u'\n';
    for (const QJsonValue &value : records) {
        const QJsonObject r = value.toObject();
        const QString expiry = r.value(u"accessTokenExpiry"_s).toString();
        out << qSetFieldWidth(20) << Qt::left << r.value(u"name"_s).toString() << r.value(u"provider"_s).toString()
            << r.value(u"status"_s).toString() << r.value(u"user"_s).toString() << qSetFieldWidth(0)
            << (expiry.isEmpty() ? u"-"_s : expiry) << u'\n';
    }
}

struct Command {
    QString name;
    int arguments; // positional arguments after the command
};

const QList<Command> &commands()
{
    static const QList<Command> list{{u"import"_s, 1},         {u"export"_s, 0}, {u"list"_s, 0},
                                     {u"status"_s, 1},         {u"login"_s, 1},  {u"token"_s, 1},
                                     {u"report-expired"_s, 1}, {u"logout"_s, 1}, {u"remove"_s, 1}};
    return list;
}

// Runs one command against the agent; prints only the requested data on stdout.
int run(ApiClient &client, const QCommandLineParser &parser, const QStringList &args)
{
    const QString command = args.at(0);
    const QString name = args.value(1);
    QTextStream out(stdout);
    QJsonObject params;
    QString method = command;
    int timeoutMs = 120'000;
    if (command == u"import"_s) {
        const std::optional<QString> document = readDocument(name);
        if (!document) {
            printError(Tr::tr("cannot read %1.").arg(name));
            return Failure;
        }
        params = {{u"document"_s, *document}, {u"replace"_s, parser.isSet(u"replace"_s)}};
    } else if (command != u"export"_s && command != u"list"_s) {
        params = {{u"name"_s, name}};
    }
    if (command == u"login"_s) {
        const int seconds = parser.value(u"timeout"_s).toInt();
        params.insert(u"timeout"_s, seconds > 0 ? seconds : 300);
        timeoutMs = (seconds > 0 ? seconds : 300) * 1000 + 30'000;
    }
    const QJsonObject answer = client.request(method, params, timeoutMs, [](const QJsonObject &event) {
        if (event.value(u"event"_s).toString() == u"sign-in-url"_s)
            QTextStream(stderr) << Tr::tr("Sign in in your browser. If it did not open, open this address:") << u'\n'
                                << event.value(u"url"_s).toString() << Qt::endl;
    });
    if (!answer.value(u"ok"_s).toBool()) {
        const QJsonObject error = answer.value(u"error"_s).toObject();
        printError(error.value(u"message"_s).toString());
        for (const QJsonValue &detail : error.value(u"details"_s).toArray())
            QTextStream(stderr) << u"  "_s << detail.toString() << Qt::endl;
        return exitCodeFor(error.value(u"code"_s).toString());
    }
    const QJsonObject result = answer.value(u"result"_s).toObject();
    const bool json = parser.isSet(u"json"_s);
    if (command == u"token"_s) {
        out << result.value(u"token"_s).toString() << u'\n';
    } else if (command == u"export"_s) {
        out << result.value(u"document"_s).toString();
    } else if (command == u"list"_s) {
        if (json)
            out << QJsonDocument(result.value(u"credentials"_s).toArray()).toJson(QJsonDocument::Indented);
        else
            printList(out, result.value(u"credentials"_s).toArray());
    } else if (command == u"status"_s) {
        if (json)
            out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        else
            printRecord(out, result);
    } else if (command == u"import"_s) {
        for (const QString &key : {u"added"_s, u"replaced"_s, u"unchanged"_s, u"discarded"_s}) {
            for (const QJsonValue &entry : result.value(key).toArray())
                out << key << u": "_s << entry.toString() << u'\n';
        }
    }
    return Success;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"callout"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLOUT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Use the named credentials of the callout agent.\n\nCommands:\n"
           "  import FILE|- [--replace]   merge an import document (stdin with -)\n"
           "  export                      print the configuration, without secrets\n"
           "  list [--json]               every named credential and its sign-in status\n"
           "  status NAME [--json]        one named credential\n"
           "  login NAME [--timeout S]    sign in through the browser and wait\n"
           "  token NAME                  print a valid access token\n"
           "  report-expired NAME         the token was refused: refresh or ask for sign-in\n"
           "  logout NAME                 revoke and delete the tokens\n"
           "  remove NAME                 logout and delete the named credential\n\n"
           "Exit codes: 0 ok, 1 error, 2 usage, 3 sign-in required, 4 HTTP error, 5 no agent,\n"
           "6 timed out, 7 denied or cancelled, 8 keychain unavailable or locked."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({{u"json"_s, Tr::tr("Print JSON (list, status).")},
                       {u"replace"_s, Tr::tr("Change existing entries (import).")},
                       {u"timeout"_s, Tr::tr("Seconds to wait for the sign-in (login; default 300)."), Tr::tr("seconds")},
                       {u"no-start"_s, Tr::tr("Do not start the agent when none is running.")}});
    parser.addPositionalArgument(u"command"_s, Tr::tr("What to do (see above)."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const auto command = std::find_if(commands().begin(), commands().end(),
                                      [&](const Command &c) { return !args.isEmpty() && c.name == args.first(); });
    if (command == commands().end() || args.size() != command->arguments + 1) {
        printError(args.isEmpty() ? Tr::tr("no command given; see --help.")
                       : command == commands().end()
                       ? Tr::tr("unknown command \"%1\"; see --help.").arg(args.first())
                       : Tr::tr("%1 takes %n argument(s); see --help.", nullptr, command->arguments).arg(command->name));
        return Usage;
    }
    ApiClient client;
    if (!connect(client, !parser.isSet(u"no-start"_s))) {
        printError(parser.isSet(u"no-start"_s) ? Tr::tr("the callout agent is not running (--no-start).")
                                                : Tr::tr("the callout agent is not running and could not be started."));
        return AgentUnavailable;
    }
    return run(client, parser, args);
}
