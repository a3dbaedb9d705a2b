// calloutctl: the command-line client of the callout agent. It never reads the configuration,
// the sign-in state or the keychain itself: it asks the running agent, starting one if needed.
#include "calloutclient/AgentPaths.h"
#include "calloutclient/ApiClient.h"
#include "calloutclient/Protocol.h"

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

#include <chrono>
#include <optional>

#include <unistd.h>

using namespace Qt::StringLiterals;

using namespace callout;
using protocol::ExitCode;

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(calloutctl)
};

// What calloutctl prints came from the agent, and parts of it from a server or a hand-edited file:
// C0 controls but newline and tab, DEL and C1 controls (ESC, CSI, OSC, BEL, CR...) are removed so
// that no text can move the cursor, retitle the terminal or overwrite a line.
QString terminalSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f);
        if (!control)
            safe.append(c);
    }
    return safe;
}

void printError(const QString &message)
{
    QTextStream(stderr) << u"calloutctl: "_s << terminalSafe(message) << Qt::endl;
}

int exitStatus(ExitCode code)
{
    return int(code);
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

// What a file holds, or standard input for "-" (at most `limit` bytes); nothing when unreadable or larger.
std::optional<QString> readInput(const QString &file, qint64 limit = protocol::MaxLineBytes)
{
    QFile input(file);
    const bool opened = file == u"-"_s ? input.open(stdin, QIODevice::ReadOnly) : input.open(QIODevice::ReadOnly);
    if (!opened)
        return std::nullopt;
    const QByteArray bytes = input.read(limit + 1);
    if (bytes.size() > limit)
        return std::nullopt;
    return QString::fromUtf8(bytes);
}

// report-expired's refused token: from --token-file, else from standard input. Never an argument:
// the command line of every process is visible to other users (ps, /proc).
QString tokenFile(const QCommandLineParser &parser)
{
    return parser.isSet(u"token-file"_s) ? parser.value(u"token-file"_s) : u"-"_s;
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
    QStringView method; // the command is named after the local API's method
    int arguments;      // positional arguments after the command
};

const QList<Command> &commands()
{
    namespace method = protocol::method;
    static const QList<Command> list{{method::Import, 1},        {method::Export, 0}, {method::List, 0},
                                     {method::Status, 1},        {method::Login, 1},  {method::Token, 1},
                                     {method::ReportExpired, 1}, {method::Logout, 1}, {method::Remove, 1}};
    return list;
}

// login's --timeout in seconds: the default when not given, nothing when out of range.
std::optional<std::chrono::seconds> loginTimeout(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"timeout"_s))
        return protocol::DefaultLoginTimeout;
    bool ok = false;
    const qint64 seconds = parser.value(u"timeout"_s).toLongLong(&ok);
    if (!ok || seconds < protocol::MinLoginTimeout.count() || seconds > protocol::MaxLoginTimeout.count())
        return std::nullopt;
    return std::chrono::seconds(seconds);
}

// The request's params; nothing (and the reason printed) when the command line cannot make them.
std::optional<QJsonObject> paramsFor(const QCommandLineParser &parser, QStringView method, const QString &argument)
{
    if (method == protocol::method::Import) {
        const std::optional<QString> document = readInput(argument);
        if (!document) {
            printError(Tr::tr("cannot read %1.").arg(argument));
            return std::nullopt;
        }
        return QJsonObject{{u"document"_s, *document}, {u"replace"_s, parser.isSet(u"replace"_s)}};
    }
    if (method == protocol::method::Export || method == protocol::method::List)
        return QJsonObject{};
    QJsonObject params{{u"name"_s, argument}};
    if (method == protocol::method::Login)
        params.insert(u"timeout"_s, qint64(loginTimeout(parser).value().count()));
    if (method == protocol::method::ReportExpired) {
        constexpr qint64 LongestToken = qint64(64) * 1024;
        const std::optional<QString> refused = readInput(tokenFile(parser), LongestToken);
        if (!refused) {
            printError(Tr::tr("cannot read the refused token from %1.").arg(tokenFile(parser)));
            return std::nullopt;
        }
        // None given (empty input): the agent answers with its current token and refreshes nothing.
        if (const QString token = refused->trimmed(); !token.isEmpty())
            params.insert(u"token"_s, token);
    }
    return params;
}

// Prints what the command asked for on stdout.
void printResult(const QCommandLineParser &parser, QStringView method, const QJsonObject &result)
{
    QString text; // written at the end, made terminal-safe
    QTextStream out(&text);
    const bool json = parser.isSet(u"json"_s);
    if (method == protocol::method::Token || method == protocol::method::ReportExpired) {
        out << result.value(u"token"_s).toString() << u'\n';
    } else if (method == protocol::method::Export) {
        out << result.value(u"document"_s).toString();
    } else if (method == protocol::method::List) {
        if (json)
            out << QJsonDocument(result.value(u"credentials"_s).toArray()).toJson(QJsonDocument::Indented);
        else
            printList(out, result.value(u"credentials"_s).toArray());
    } else if (method == protocol::method::Status) {
        if (json)
            out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        else
            printRecord(out, result);
    } else if (method == protocol::method::Import) {
        for (const QString &key : {u"added"_s, u"replaced"_s, u"unchanged"_s, u"discarded"_s}) {
            for (const QJsonValue &entry : result.value(key).toArray())
                out << key << u": "_s << entry.toString() << u'\n';
        }
    }
    out.flush();
    QTextStream(stdout) << terminalSafe(text);
}

// Runs one command against the agent; prints only the requested data on stdout.
int run(ApiClient &client, const QCommandLineParser &parser, const Command &command, const QString &argument)
{
    const std::optional<QJsonObject> params = paramsFor(parser, command.method, argument);
    if (!params)
        return exitStatus(ExitCode::Failure);
    // A sign-in waits for the user: as long as the agent does, and a little more.
    const int timeoutMs = command.method == protocol::method::Login
        ? int(std::chrono::milliseconds(loginTimeout(parser).value()).count()) + 30'000
        : 120'000;
    const QJsonObject answer = client.request(command.method, *params, timeoutMs, [](const QJsonObject &event) {
        if (protocol::eventName(event) == protocol::event::SignInUrl)
            QTextStream(stderr) << Tr::tr("Sign in in your browser. If it did not open, open this address:") << u'\n'
                                << terminalSafe(event.value(u"url"_s).toString()) << Qt::endl;
    });
    if (!protocol::isOk(answer)) {
        const protocol::ErrorBody error = protocol::errorOf(answer);
        printError(error.message);
        for (const QString &detail : error.details)
            QTextStream(stderr) << u"  "_s << terminalSafe(detail) << Qt::endl;
        return exitStatus(protocol::exitCodeFor(error.code));
    }
    printResult(parser, command.method, protocol::resultOf(answer));
    return exitStatus(ExitCode::Success);
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
               "  report-expired NAME         a call with the token on stdin (or --token-file) was\n"
               "                              refused: print the token to use now, refreshed if\n"
               "                              that one was current (else sign-in is required)\n"
               "  logout NAME                 revoke and delete the tokens\n"
               "  remove NAME                 logout and delete the named credential\n\n"
               "Exit codes: 0 ok, 1 error, 2 usage, 3 sign-in required, 4 HTTP error, 5 no agent,\n"
               "6 timed out, 7 denied or cancelled, 8 keychain unavailable or locked."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(
        {{u"json"_s, Tr::tr("Print JSON (list, status).")},
         {u"replace"_s, Tr::tr("Change existing entries (import).")},
         {u"timeout"_s, Tr::tr("Seconds to wait for the sign-in (login; 1 to 3600, default 300)."), Tr::tr("seconds")},
         {u"token-file"_s, Tr::tr("Read the refused token from this file, - for stdin (report-expired; default -)."),
          Tr::tr("file")},
         {u"no-start"_s, Tr::tr("Do not start the agent when none is running.")}});
    parser.addPositionalArgument(u"command"_s, Tr::tr("What to do (see above)."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const auto command = std::find_if(commands().begin(), commands().end(),
                                      [&](const Command &c) { return !args.isEmpty() && c.method == args.first(); });
    if (command == commands().end() || args.size() != command->arguments + 1) {
        printError(args.isEmpty() ? Tr::tr("no command given; see --help.")
                       : command == commands().end()
                       ? Tr::tr("unknown command \"%1\"; see --help.").arg(args.first())
                       : Tr::tr("%1 takes %n argument(s); see --help.", nullptr, command->arguments)
                             .arg(command->method.toString()));
        return exitStatus(ExitCode::Usage);
    }
    if (command->method == protocol::method::Login && !loginTimeout(parser)) {
        printError(Tr::tr("--timeout takes whole seconds from %1 to %2.")
                       .arg(protocol::MinLoginTimeout.count())
                       .arg(protocol::MaxLoginTimeout.count()));
        return exitStatus(ExitCode::Usage);
    }
    if (command->method == protocol::method::ReportExpired && !parser.isSet(u"token-file"_s)
        && ::isatty(STDIN_FILENO)) {
        printError(Tr::tr("report-expired reads the refused token from stdin or --token-file, not a terminal."));
        return exitStatus(ExitCode::Usage);
    }
    ApiClient client;
    if (!connect(client, !parser.isSet(u"no-start"_s))) {
        printError(parser.isSet(u"no-start"_s) ? Tr::tr("the callout agent is not running (--no-start).")
                                               : Tr::tr("the callout agent is not running and could not be started."));
        return exitStatus(ExitCode::AgentUnavailable);
    }
    return run(client, parser, *command, args.value(1));
}
