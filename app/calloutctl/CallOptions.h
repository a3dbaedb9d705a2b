#pragma once

#include "calloutclient/CallRecipe.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

// `calloutctl call`'s command line, with curl's habits (README, "calloutctl call").
namespace calloutctl {

// Where the request body comes from.
struct BodySpec {
    enum class Kind { None, Literal, File, Stdin };
    Kind kind = Kind::None;
    QByteArray literal;         // Kind::Literal: the bytes
    QString file;               // Kind::File
    bool stripNewlines = false; // -d @FILE and -d @-: CR and LF are removed, as curl does
};

struct CallOptions {
    QString address; // callout:NAME/PATH?QUERY
    QString credential;
    QString target;
    QByteArray method; // empty: GET, or POST with a body
    callout::HeaderList headers;
    BodySpec body;
    bool include = false; // -i: the status line and headers first
    QString output;       // -o FILE; empty: stdout
    std::chrono::seconds wait{0};
    bool fail = false; // --fail: exit 4 for an HTTP status >= 400, nothing printed
    bool noStart = false;
};

struct ParsedCall {
    std::optional<CallOptions> options; // nothing: usage error (`problem`) or --help (`help`)
    QString problem;
    bool help = false;
};

// `arguments` are the program's (argv), "call" among them.
ParsedCall parseCallArguments(const QStringList &arguments);
QString callHelp();

// The longest --wait, in seconds (the agent's limit).
inline constexpr std::chrono::seconds MaxWait{86400};

} // namespace calloutctl
