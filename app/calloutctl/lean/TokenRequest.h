#pragma once

#include <optional>
#include <string>

namespace calloutctl::lean {

// `calloutctl [--demo] [--no-start] token NAME` and nothing else: what the lean front answers itself.
struct TokenRequest {
    std::string name;
    bool demo = false;

    // The command line, when it is exactly that; anything else (other commands, options, --help,
    // a name that is not UTF-8) is the Qt program's.
    static std::optional<TokenRequest> fromArguments(int argc, const char *const *argv);

    std::string line() const; // the request line, as the Qt client (ApiClient) sends it
};

// The token of an answer line, when it is an ok answer to `line()` whose token the Qt program
// would print unchanged; nothing for everything else (errors, events, garbage).
std::optional<std::string> tokenOf(const std::string &answerLine);

} // namespace calloutctl::lean
