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

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("calloutctl", text, disambiguation, n);
}

void printError(const QString &message)
{
    QTextStream(stderr) << u"calloutctl: "_qs << message << Qt::endl;
}

// The agent's error classes, as exit codes (README: "calloutctl").
int exitCodeFor(const QString &code)
{
    if (code == u"sign-in-required"_qs)
        return SignInRequired;
    if (code == u"access-denied"_qs || code == u"sign-in-cancelled"_qs)
        return Denied;
    if (code == u"sign-in-timed-out"_qs || code == u"timeout"_qs)
        return TimedOut;
    if (code.startsWith(u"keychain"_qs))
        return KeychainProblem;
    if (code == u"agent-unreachable"_qs)
        return AgentUnavailable;
    return Failure;
}

QString agentExecutable()
{
    const QString beside = QCoreApplication::applicationDirPath() + u"/callout"_qs;
    return QFileInfo(beside).isExecutable() ? beside : QStandardPaths::findExecutable(u"callout"_qs);
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
    process.setArguments(desktop ? QStringList() : QStringList{u"--headless"_qs});
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
    const bool opened = file == u"-"_qs ? input.open(stdin, QIODevice::ReadOnly) : input.open(QIODevice::ReadOnly);
    if (!opened)
        return std::nullopt;
    return QString::fromUtf8(input.readAll());
}

void printRecord(QTextStream &out, const QJsonObject &r)
{
    out << r.value(u"name"_qs).toString() << u'\n';
    for (const QString &key : {u"label"_qs, u"provider"_qs, u"url"_qs, u"status"_qs, u"user"_qs, u"grantedScopes"_qs,
                               u"accessTokenExpiry"_qs, u"lastRefresh"_qs, u"nextRetry"_qs, u"notice"_qs}) {
        const QString value = r.value(key).toString();
        if (!value.isEmpty())
            out << u"  "_qs << key << u": "_qs << value << u'\n';
    }
    const QJsonObject error = r.value(u"lastError"_qs).toObject();
    if (!error.isEmpty())
        out << u"  lastError: "_qs << error.value(u"code"_qs).toString() << u" — "_qs
            << error.value(u"message"_qs).toString() << u'\n';
}

void printList(QTextStream &out, const QJsonArray &records)
{
    out << qSetFieldWidth(20) << Qt::left << tr("NAME") << tr("PROVIDER") << tr("STATUS") << tr("USER")
        << qSetFieldWidth(0) << tr("EXPIRES") << u'\n';
    for (const QJsonValue &value : records) {
        const QJsonObject r = value.toObject();
        const QString expiry = r.value(u"accessTokenExpiry"_qs).toString();
        out << qSetFieldWidth(20) << Qt::left << r.value(u"name"_qs).toString() << r.value(u"provider"_qs).toString()
            << r.value(u"status"_qs).toString() << r.value(u"user"_qs).toString() << qSetFieldWidth(0)
            << (expiry.isEmpty() ? u"-"_qs : expiry) << u'\n';
    }
}

struct Command {
    QString name;
    int arguments; // positional arguments after the command
};

const QList<Command> &commands()
{
    static const QList<Command> list{{u"import"_qs, 1},         {u"export"_qs, 0}, {u"list"_qs, 0},
                                     {u"status"_qs, 1},         {u"login"_qs, 1},  {u"token"_qs, 1},
                                     {u"report-expired"_qs, 1}, {u"logout"_qs, 1}, {u"remove"_qs, 1}};
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
    if (command == u"import"_qs) {
        const std::optional<QString> document = readDocument(name);
        if (!document) {
            printError(tr("cannot read %1.").arg(name));
            return Failure;
        }
        params = {{u"document"_qs, *document}, {u"replace"_qs, parser.isSet(u"replace"_qs)}};
    } else if (command != u"export"_qs && command != u"list"_qs) {
        params = {{u"name"_qs, name}};
    }
    if (command == u"login"_qs) {
        const int seconds = parser.value(u"timeout"_qs).toInt();
        params.insert(u"timeout"_qs, seconds > 0 ? seconds : 300);
        timeoutMs = (seconds > 0 ? seconds : 300) * 1000 + 30'000;
    }
    const QJsonObject answer = client.request(method, params, timeoutMs, [](const QJsonObject &event) {
        if (event.value(u"event"_qs).toString() == u"sign-in-url"_qs)
            QTextStream(stderr) << tr("Sign in in your browser. If it did not open, open this address:") << u'\n'
                                << event.value(u"url"_qs).toString() << Qt::endl;
    });
    if (!answer.value(u"ok"_qs).toBool()) {
        const QJsonObject error = answer.value(u"error"_qs).toObject();
        printError(error.value(u"message"_qs).toString());
        for (const QJsonValue &detail : error.value(u"details"_qs).toArray())
            QTextStream(stderr) << u"  "_qs << detail.toString() << Qt::endl;
        return exitCodeFor(error.value(u"code"_qs).toString());
    }
    const QJsonObject result = answer.value(u"result"_qs).toObject();
    const bool json = parser.isSet(u"json"_qs);
    if (command == u"token"_qs) {
        out << result.value(u"token"_qs).toString() << u'\n';
    } else if (command == u"export"_qs) {
        out << result.value(u"document"_qs).toString();
    } else if (command == u"list"_qs) {
        if (json)
            out << QJsonDocument(result.value(u"credentials"_qs).toArray()).toJson(QJsonDocument::Indented);
        else
            printList(out, result.value(u"credentials"_qs).toArray());
    } else if (command == u"status"_qs) {
        if (json)
            out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        else
            printRecord(out, result);
    } else if (command == u"import"_qs) {
        for (const QString &key : {u"added"_qs, u"replaced"_qs, u"unchanged"_qs, u"discarded"_qs}) {
            for (const QJsonValue &entry : result.value(key).toArray())
                out << key << u": "_qs << entry.toString() << u'\n';
        }
    }
    return Success;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"callout"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLOUT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Use the named credentials of the callout agent.\n\nCommands:\n"
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
    parser.addOptions({{u"json"_qs, tr("Print JSON (list, status).")},
                       {u"replace"_qs, tr("Change existing entries (import).")},
                       {u"timeout"_qs, tr("Seconds to wait for the sign-in (login; default 300)."), tr("seconds")},
                       {u"no-start"_qs, tr("Do not start the agent when none is running.")}});
    parser.addPositionalArgument(u"command"_qs, tr("What to do (see above)."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const auto command = std::find_if(commands().begin(), commands().end(),
                                      [&](const Command &c) { return !args.isEmpty() && c.name == args.first(); });
    if (command == commands().end() || args.size() != command->arguments + 1) {
        printError(args.isEmpty() ? tr("no command given; see --help.")
                       : command == commands().end()
                       ? tr("unknown command \"%1\"; see --help.").arg(args.first())
                       : tr("%1 takes %n argument(s); see --help.", nullptr, command->arguments).arg(command->name));
        return Usage;
    }
    ApiClient client;
    if (!connect(client, !parser.isSet(u"no-start"_qs))) {
        printError(parser.isSet(u"no-start"_qs) ? tr("the callout agent is not running (--no-start).")
                                                : tr("the callout agent is not running and could not be started."));
        return AgentUnavailable;
    }
    return run(client, parser, args);
}
