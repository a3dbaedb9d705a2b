#include "AgentConnection.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace calloutctl::lean {

namespace {

// As the Qt program finds it (AgentPaths::socketPath()); only a runtime folder that is absolute and
// the user's own: Qt would fall back or warn otherwise, so such a setup is left to it.
std::optional<std::string> socketPath(bool demo)
{
    const char *runtime = std::getenv("XDG_RUNTIME_DIR");
    if (!runtime || runtime[0] != '/')
        return std::nullopt;
    struct stat folder {
    };
    if (::stat(runtime, &folder) != 0 || !S_ISDIR(folder.st_mode) || folder.st_uid != ::geteuid())
        return std::nullopt;
    return std::string(runtime) + (demo ? "/callout-demo" : "/callout") + "/agent.sock";
}

} // namespace

std::optional<AgentConnection> AgentConnection::open(bool demo)
{
    const std::optional<std::string> path = socketPath(demo);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (!path || path->size() >= sizeof(address.sun_path))
        return std::nullopt;
    std::memcpy(address.sun_path, path->c_str(), path->size() + 1);
    AgentConnection connection(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (connection.m_fd < 0)
        return std::nullopt;
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): the sockets API's own cast
    if (::connect(connection.m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0)
        return std::nullopt;
    return connection;
}

AgentConnection::AgentConnection(int fd)
    : m_fd(fd)
{ }

AgentConnection::AgentConnection(AgentConnection &&other) noexcept
    : m_fd(other.m_fd)
{
    other.m_fd = -1;
}

AgentConnection::~AgentConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool AgentConnection::send(const std::string &line)
{
    std::string_view rest = line;
    while (!rest.empty()) {
        const ssize_t sent = ::send(m_fd, rest.data(), rest.size(), MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent <= 0)
            return false;
        rest.remove_prefix(std::size_t(sent));
    }
    return true;
}

std::optional<std::string> AgentConnection::readLine(std::size_t maxBytes, std::chrono::milliseconds timeout)
{
    using Clock = std::chrono::steady_clock;
    const Clock::time_point deadline = Clock::now() + timeout;
    std::string line;
    char buffer[16384];
    while (true) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return std::nullopt;
        pollfd readable{m_fd, POLLIN, 0};
        const int ready = ::poll(&readable, 1, int(left.count()));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            return std::nullopt;
        const ssize_t got = ::recv(m_fd, buffer, sizeof(buffer), 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return std::nullopt;
        const std::string_view chunk(buffer, std::size_t(got));
        const std::size_t newline = chunk.find('\n');
        line.append(chunk.substr(0, newline));
        if (line.size() > maxBytes)
            return std::nullopt;
        if (newline != std::string_view::npos)
            return line;
    }
}

} // namespace calloutctl::lean
