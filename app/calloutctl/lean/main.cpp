// calloutctl's lean front: `calloutctl [--demo] token NAME` with the agent running and the token at
// hand, without loading Qt (issue 17: the process start is most of that command's time). Every other
// case, failures included, goes to the full Qt program, which sends the request again and answers
// with its own messages, translations and exit codes, starting the agent if needed.
#include "AgentConnection.h"
#include "QtProgram.h"
#include "TokenRequest.h"
#include "calloutclient/WireNames.h"

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>

#include <unistd.h>

using namespace calloutctl::lean;

namespace {

// A valid token is in the agent's memory; longer means a refresh, which the Qt program waits for.
constexpr std::chrono::milliseconds AnswerTimeout{2000};

// The token, or nothing when the Qt program must take over.
std::optional<std::string> fetchToken(int argc, const char *const *argv)
{
    const std::optional<TokenRequest> request = TokenRequest::fromArguments(argc, argv);
    if (!request)
        return std::nullopt;
    std::optional<AgentConnection> agent = AgentConnection::open(request->demo);
    if (!agent || !agent->send(request->line()))
        return std::nullopt;
    const std::optional<std::string> answer = agent->readLine(std::size_t(callout::wire::MaxLineBytes), AnswerTimeout);
    return answer ? tokenOf(*answer) : std::nullopt;
} // the connection closes here, before the Qt program runs

bool writeAll(const std::string &text)
{
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, text.data() + written, text.size() - written);
        if (n <= 0)
            return false;
        written += std::size_t(n);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (const std::optional<std::string> token = fetchToken(argc, argv)) {
        // As the Qt program: a failed write to stdout does not change the exit status.
        (void)writeAll(*token + '\n');
        return int(callout::wire::ExitCode::Success);
    }
    return execQtProgram(argv);
}
