#include "TokenRequest.h"

#include "calloutclient/WireNames.h"

#include <nlohmann/json.hpp>

#include <string_view>
#include <vector>

namespace calloutctl::lean {

namespace {

namespace wire = callout::wire;

// The Qt client's first request on a connection has id 1 (ApiClient).
constexpr int RequestId = 1;

// The wire names are ASCII: their UTF-8 is their UTF-16, byte for byte.
std::string utf8(std::u16string_view ascii)
{
    return {ascii.begin(), ascii.end()};
}

// What the Qt program's terminalSafe() would change (C0 controls, DEL, C1 controls): such a token
// is left to it, so that the output never differs.
bool terminalSafe(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f)
            return false;
        const bool c1 = byte == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80
            && static_cast<unsigned char>(text[i + 1]) <= 0x9f;
        if (c1)
            return false;
    }
    return true;
}

bool isUtf8(const std::string &text)
{
    try {
        (void)nlohmann::json(text).dump();
        return true;
    } catch (const nlohmann::json::type_error &) {
        return false;
    }
}

} // namespace

std::optional<TokenRequest> TokenRequest::fromArguments(int argc, const char *const *argv)
{
    TokenRequest request;
    bool noStart = false;
    std::vector<std::string_view> words; // the command and its name
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if (argument == "--demo" && !request.demo)
            request.demo = true;
        else if (argument == "--no-start" && !noStart)
            noStart = true; // the agent is started by the Qt program only
        else if (argument.empty() || argument.front() == '-')
            return std::nullopt;
        else
            words.push_back(argument);
    }
    if (words.size() != 2 || words[0] != utf8(wire::method::Token))
        return std::nullopt;
    const std::string name(words[1]);
    if (!isUtf8(name)) // the Qt program reads it as UTF-8 with replacements
        return std::nullopt;
    request.name = name;
    return request;
}

std::string TokenRequest::line() const
{
    // nlohmann's object sorts its keys as QJsonObject does: the same bytes as the Qt client's.
    const nlohmann::json json{
        {"v", wire::Version}, {"id", RequestId}, {"method", utf8(wire::method::Token)}, {"params", {{"name", name}}}};
    return json.dump() + '\n';
}

std::optional<std::string> tokenOf(const std::string &answerLine)
{
    const nlohmann::json answer = nlohmann::json::parse(answerLine, nullptr, false);
    if (!answer.is_object() || answer.contains("event"))
        return std::nullopt;
    const auto id = answer.find("id");
    const auto ok = answer.find("ok");
    const auto result = answer.find("result");
    if (id == answer.end() || *id != RequestId || ok == answer.end() || *ok != true || result == answer.end()
        || !result->is_object())
        return std::nullopt;
    const auto token = result->find("token");
    if (token == result->end() || !token->is_string())
        return std::nullopt;
    std::string text = token->get<std::string>();
    if (text.empty() || !terminalSafe(text))
        return std::nullopt;
    return text;
}

} // namespace calloutctl::lean
