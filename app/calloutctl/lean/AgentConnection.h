#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace calloutctl::lean {

// One connection to the agent's Unix socket (AgentPaths: $XDG_RUNTIME_DIR/callout[-demo]/agent.sock),
// POSIX only. Closed when destroyed.
class AgentConnection
{
public:
    // Connected, or nothing: no agent, no usable runtime folder (the Qt program says why).
    static std::optional<AgentConnection> open(bool demo);

    AgentConnection(AgentConnection &&other) noexcept;
    AgentConnection &operator=(AgentConnection &&) = delete;
    AgentConnection(const AgentConnection &) = delete;
    AgentConnection &operator=(const AgentConnection &) = delete;
    ~AgentConnection();

    bool send(const std::string &line);
    // The next line without its newline; nothing when it is longer than maxBytes, the agent hangs up
    // or the deadline passes first.
    std::optional<std::string> readLine(std::size_t maxBytes, std::chrono::milliseconds timeout);

private:
    explicit AgentConnection(int fd);

    int m_fd = -1;
};

} // namespace calloutctl::lean
