#include "CallCommand.h"

#include "CallBody.h"
#include "CallOptions.h"
#include "Output.h"
#include "calloutclient/AgentCallAuthorizer.h"
#include "calloutclient/AsyncApiClient.h"
#include "calloutclient/CallEngine.h"
#include "calloutclient/Protocol.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace calloutctl {

namespace protocol = callout::protocol;
using protocol::ExitCode;

namespace {

// The write end of a pipe the signal handler writes the signal's number to: the event loop reads
// it and aborts the call (a handler may do nothing else).
int g_signalPipe[2] = {-1, -1};

extern "C" void onCallInterrupt(int signal)
{
    const char number = char(signal);
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &number, 1);
}

// Ctrl-C and SIGTERM while the call runs: `interrupted(signal)` is called from the event loop.
class InterruptWatch
{
public:
    explicit InterruptWatch(std::function<void(int signal)> interrupted)
    {
        if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(),
                         [interrupted = std::move(interrupted)] {
                             char number = 0;
                             if (::read(g_signalPipe[0], &number, 1) == 1)
                                 interrupted(int(number));
                         });
        std::signal(SIGINT, onCallInterrupt);
        std::signal(SIGTERM, onCallInterrupt);
    }

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

int exitStatus(ExitCode code)
{
    return int(code);
}

// Where the body goes: stdout (binary-safe, unbuffered) or -o FILE.
struct Sink {
    QFile file;
    QString name;

    bool open(const QString &output)
    {
        if (output.isEmpty()) {
            name = Tr::tr("stdout");
            return file.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
        }
        name = output;
        file.setFileName(output);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    }

    bool write(const QByteArray &bytes) { return bytes.isEmpty() || file.write(bytes) == bytes.size(); }
};

// The status line and headers as curl -i prints them.
QByteArray responseHead(const QNetworkReply &reply)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray reason = reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    const bool http2 = reply.attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    QByteArray head = (http2 ? "HTTP/2 " : "HTTP/1.1 ") + QByteArray::number(status);
    if (!reason.isEmpty())
        head += ' ' + reason;
    head += "\r\n";
    for (const auto &[name, value] : reply.rawHeaderPairs())
        head += name + ": " + value + "\r\n";
    return head + "\r\n";
}

// A network error after the response began (the connection broke); HTTP error statuses are not.
bool transferBroke(const QNetworkReply &reply)
{
    const QNetworkReply::NetworkError error = reply.error();
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied
        && error != QNetworkReply::OperationCanceledError;
}

// One call from start to exit status.
class CallRun
{
public:
    CallRun(const CallOptions &options, QIODevice *body)
        : m_options(options)
        , m_authorizer(m_agent)
        , m_engine(m_network, m_authorizer)
    {
        m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_request.method = options.method;
        m_request.credential = options.credential;
        m_request.target = options.target;
        m_request.headers = options.headers;
        m_request.body = body;
        m_request.wait = options.wait;
    }

    int exec()
    {
        if (!m_sink.open(m_options.output)) {
            printError(Tr::tr("cannot write %1: %2").arg(m_sink.name, m_sink.file.errorString()));
            return exitStatus(ExitCode::Failure);
        }
        InterruptWatch interrupts([this](int signal) {
            m_signal = signal;
            if (m_call)
                m_call->abort();
        });
        m_call = m_engine.start(m_request);
        QObject::connect(m_call, &callout::Call::waitingForUser, m_call,
                         [this](const QString &message) { onWaiting(message); });
        QObject::connect(m_call, &callout::Call::responding, m_call,
                         [this](QNetworkReply *reply) { onResponding(reply); });
        QObject::connect(m_call, &callout::Call::finished, m_call, [this] { onFinished(); });
        QCoreApplication::exec();
        return m_exit;
    }

private:
    void onWaiting(const QString &message)
    {
        printError(Tr::tr("%1 Waiting up to %n second(s) for the sign-in (Ctrl-C gives up).", nullptr,
                          int(m_options.wait.count()))
                       .arg(message));
    }

    void onResponding(QNetworkReply *reply)
    {
        m_reply = reply;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_options.fail && status >= 400) {
            m_httpFailed = status;
            // Nothing printed, as curl --fail; the body is not waited for (not from inside the reply's signal).
            QMetaObject::invokeMethod(m_call, &callout::Call::abort, Qt::QueuedConnection);
            return;
        }
        reply->setReadBufferSize(qint64(1024) * 1024); // back-pressure: the server waits for us
        if (m_options.include && !m_sink.write(responseHead(*reply)))
            return writeFailed();
        QObject::connect(reply, &QNetworkReply::readyRead, m_call, [this] { copyBody(); });
        copyBody();
    }

    void copyBody()
    {
        if (!m_reply || m_writeFailed)
            return;
        while (m_reply->bytesAvailable() > 0) {
            if (!m_sink.write(m_reply->read(qint64(256) * 1024)))
                return writeFailed();
        }
    }

    void writeFailed()
    {
        m_writeFailed = true;
        printError(Tr::tr("cannot write %1: %2").arg(m_sink.name, m_sink.file.errorString()));
        m_call->abort();
    }

    void onFinished()
    {
        m_exit = exitStatusAfterFinish();
        if (m_signal == 0)
            QCoreApplication::exit(m_exit);
        else
            dieOfSignal();
    }

    int exitStatusAfterFinish()
    {
        if (m_writeFailed)
            return exitStatus(ExitCode::Failure);
        if (m_signal != 0)
            return 128 + m_signal;
        if (m_httpFailed != 0) {
            printError(Tr::tr("the server answered HTTP %1.").arg(m_httpFailed));
            return exitStatus(ExitCode::HttpError);
        }
        if (m_reply) {
            copyBody();
            if (transferBroke(*m_reply)) {
                printError(Tr::tr("the response broke off: %1").arg(m_reply->errorString()));
                return exitStatus(ExitCode::Failure);
            }
            m_sink.file.flush();
            return exitStatus(ExitCode::Success);
        }
        const callout::CallFailure &failure = m_call->failure();
        printError(failure.message);
        return exitStatus(protocol::exitCodeFor(failure.code));
    }

    // Die of the signal as the shell expects (a loop over calloutctl stops on Ctrl-C).
    void dieOfSignal()
    {
        printError(Tr::tr("interrupted; the call was cancelled."));
        std::signal(m_signal, SIG_DFL);
        std::raise(m_signal);
        QCoreApplication::exit(128 + m_signal);
    }

    const CallOptions &m_options;
    QNetworkAccessManager m_network;
    callout::AsyncApiClient m_agent;
    callout::AgentCallAuthorizer m_authorizer;
    callout::CallEngine m_engine;
    callout::CallRequest m_request;
    Sink m_sink;
    callout::Call *m_call = nullptr;
    QNetworkReply *m_reply = nullptr;
    int m_exit = exitStatus(ExitCode::Failure);
    int m_httpFailed = 0;
    int m_signal = 0;
    bool m_writeFailed = false;
};

} // namespace

int runCall(const QStringList &arguments, const std::function<bool(bool mayStart)> &agentRunning)
{
    const ParsedCall parsed = parseCallArguments(arguments);
    if (parsed.help) {
        QTextStream(stdout) << callHelp();
        return exitStatus(ExitCode::Success);
    }
    if (!parsed.options) {
        printError(parsed.problem);
        return exitStatus(ExitCode::Usage);
    }
    const CallOptions &options = *parsed.options;
    // Read before the agent is asked: a retry, or a call sent again after a sign-in, resends it.
    const LoadedBody body = loadBody(options.body);
    if (!body.problem.isEmpty()) {
        printError(body.problem);
        return exitStatus(ExitCode::Failure);
    }
    if (!agentRunning(!options.noStart)) {
        printError(options.noStart ? Tr::tr("the callout agent is not running (--no-start).")
                                   : Tr::tr("the callout agent is not running and could not be started."));
        return exitStatus(ExitCode::AgentUnavailable);
    }
    CallRun run(options, body.device.get());
    return run.exec();
}

} // namespace calloutctl
