#include "Commands.h"

#include "Output.h"
#include "ProxyCommand.h"
#include "calloutclient/Protocol.h"

#include <QFile>

#include <csignal>

using namespace Qt::StringLiterals;

namespace calloutctl {

namespace protocol = callout::protocol;
using protocol::ExitCode;

namespace {

// How long a command other than login waits for the agent's answer, unless --timeout says otherwise.
constexpr std::chrono::seconds DefaultAnswerTimeout{120};

// Set by SIGINT/SIGTERM while a request waits: the request gives up and closes the connection,
// which cancels what it started at the agent (a sign-in, an operation waiting for the keychain).
volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int signal)
{
    g_interrupted = signal;
}

int exitStatus(ExitCode code)
{
    return int(code);
}

struct Input {
    std::optional<QString> text;
    QString problem; // why there is no text
};

// What a file holds, or standard input for "-" (at most `limit` bytes).
Input readInput(const QString &file, qint64 limit = protocol::MaxLineBytes)
{
    QFile input(file);
    const bool opened = file == u"-"_s ? input.open(stdin, QIODevice::ReadOnly) : input.open(QIODevice::ReadOnly);
    if (!opened)
        return {std::nullopt, input.errorString()};
    const QByteArray bytes = input.read(limit + 1);
    if (bytes.size() > limit)
        return {std::nullopt, Tr::tr("larger than %n byte(s)", nullptr, int(limit))};
    if (input.error() != QFileDevice::NoError)
        return {std::nullopt, input.errorString()};
    return {QString::fromUtf8(bytes), {}};
}

// report-expired's refused token: from --token-file, else from standard input. Never an argument:
// the command line of every process is visible to other users (ps, /proc).
QString tokenFile(const QCommandLineParser &parser)
{
    return parser.isSet(u"token-file"_s) ? parser.value(u"token-file"_s) : u"-"_s;
}

// What the agent tells while a request waits, on stderr.
struct Progress {
    bool keychainLocked = false;

    void operator()(const QJsonObject &event)
    {
        const QString name = protocol::eventName(event);
        if (name == protocol::event::SignInUrl) {
            QTextStream(stderr) << Tr::tr("Sign in in your browser. If it did not open, open this address:") << u'\n'
                                << terminalSafe(event.value(u"url"_s).toString()) << Qt::endl;
        } else if (name == protocol::event::KeychainLocked && !keychainLocked) {
            keychainLocked = true;
            printError(Tr::tr("the keychain is locked; waiting for you to unlock it (your desktop asks for its "
                              "password). Ctrl-C gives up."));
        }
    }
};

// A request that was given up on (time, Ctrl-C) while the keychain was locked ends with exit 8.
int gaveUp(const protocol::ErrorBody &error, const Progress &progress)
{
    if (error.code == protocol::code::Interrupted) {
        printError(progress.keychainLocked ? Tr::tr("interrupted; the operation waiting for the keychain was "
                                                    "cancelled.")
                                           : Tr::tr("interrupted; what the agent was doing for this command was "
                                                    "cancelled."));
        // Die of the signal as the shell expects (a loop over calloutctl stops on Ctrl-C).
        std::signal(int(g_interrupted), SIG_DFL);
        std::raise(int(g_interrupted));
        return 128 + int(g_interrupted);
    }
    if (progress.keychainLocked) {
        printError(Tr::tr("the keychain stayed locked; nothing was changed. Unlock it and try again."));
        return exitStatus(ExitCode::KeychainProblem);
    }
    printError(error.message);
    return exitStatus(protocol::exitCodeFor(error.code));
}

} // namespace

const QList<Command> &commands()
{
    namespace method = protocol::method;
    static const QList<Command> list{
        {method::Import, 1}, {method::Export, 0},        {method::List, 0},   {method::Status, 1}, {method::Login, 1},
        {method::Token, 1},  {method::ReportExpired, 1}, {method::Logout, 1}, {method::Remove, 1}, {method::Proxy, 1}};
    return list;
}

const Command *findCommand(const QString &name)
{
    const auto found
        = std::find_if(commands().begin(), commands().end(), [&](const Command &c) { return c.method == name; });
    return found == commands().end() ? nullptr : &*found;
}

std::optional<std::chrono::seconds> timeoutOption(const QCommandLineParser &parser, std::chrono::seconds fallback)
{
    if (!parser.isSet(u"timeout"_s))
        return fallback;
    bool ok = false;
    const qint64 seconds = parser.value(u"timeout"_s).toLongLong(&ok);
    if (!ok || seconds < protocol::MinLoginTimeout.count() || seconds > protocol::MaxLoginTimeout.count())
        return std::nullopt;
    return std::chrono::seconds(seconds);
}

std::optional<QJsonObject> paramsFor(const QCommandLineParser &parser, QStringView method, const QString &argument)
{
    if (method == protocol::method::Import) {
        const Input document = readInput(argument);
        if (!document.text) {
            printError(Tr::tr("cannot read %1: %2.").arg(argument, document.problem));
            return std::nullopt;
        }
        return QJsonObject{{u"document"_s, *document.text}, {u"replace"_s, parser.isSet(u"replace"_s)}};
    }
    if (method == protocol::method::Export || method == protocol::method::List)
        return QJsonObject{};
    if (method == protocol::method::Proxy)
        return proxyParams(parser, argument);
    QJsonObject params{{u"name"_s, argument}};
    if (method == protocol::method::Login)
        params.insert(
            u"timeout"_s,
            qint64(
                timeoutOption(parser, protocol::DefaultLoginTimeout).value_or(protocol::DefaultLoginTimeout).count()));
    if (method == protocol::method::ReportExpired) {
        constexpr qint64 LongestToken = qint64(64) * 1024;
        const Input refused = readInput(tokenFile(parser), LongestToken);
        if (!refused.text) {
            printError(Tr::tr("cannot read the refused token from %1: %2.").arg(tokenFile(parser), refused.problem));
            return std::nullopt;
        }
        // None given (empty input): the agent answers with its current token and refreshes nothing.
        if (const QString token = refused.text->trimmed(); !token.isEmpty())
            params.insert(u"token"_s, token);
    }
    return params;
}

int run(callout::ApiClient &client, const QCommandLineParser &parser, const Command &command, const QJsonObject &params)
{
    // A sign-in waits for the user: as long as the agent does, and a little more.
    const bool login = command.method == protocol::method::Login;
    const std::chrono::seconds timeout
        = timeoutOption(parser, login ? protocol::DefaultLoginTimeout : DefaultAnswerTimeout).value();
    const int timeoutMs = int(std::chrono::milliseconds(timeout).count()) + (login ? 30'000 : 0);

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    client.setInterruptFlag(&g_interrupted);
    Progress progress;
    const QJsonObject answer
        = client.request(command.method, params, timeoutMs, [&progress](const QJsonObject &e) { progress(e); });
    if (!protocol::isOk(answer)) {
        const protocol::ErrorBody error = protocol::errorOf(answer);
        if (error.code == protocol::code::Interrupted || error.code == protocol::code::Timeout)
            return gaveUp(error, progress);
        printError(error.message);
        for (const QString &detail : error.details)
            printDetail(detail);
        return exitStatus(protocol::exitCodeFor(error.code));
    }
    printResult(parser, command.method, protocol::resultOf(answer));
    return exitStatus(ExitCode::Success);
}

} // namespace calloutctl
