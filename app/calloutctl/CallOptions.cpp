#include "CallOptions.h"

#include "Output.h"
#include "calloutclient/CalloutAddress.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace calloutctl {

namespace {

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// "Name: value" (curl's -H); nothing when it is not a header.
std::optional<std::pair<QByteArray, QByteArray>> parseHeader(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    const qsizetype colon = bytes.indexOf(':');
    if (colon <= 0)
        return std::nullopt;
    const QByteArray name = bytes.left(colon);
    const QByteArray value = bytes.mid(colon + 1).trimmed();
    if (!std::all_of(name.begin(), name.end(), isTokenChar))
        return std::nullopt;
    for (const char c : value) {
        if ((uchar(c) < 0x20 && c != '\t') || c == 0x7f)
            return std::nullopt;
    }
    return std::pair{name, value};
}

// A command-line word in a one-line message: control characters as \xNN.
QString visible(const QString &text)
{
    QString shown;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            shown += u"\\x%1"_s.arg(uint(c.unicode()), 2, 16, QChar(u'0'));
        else
            shown += c;
    }
    return shown;
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {{u"h"_s, u"help"_s}, Tr::tr("Show this help.")},
        {{u"X"_s, u"request"_s}, Tr::tr("The request method (default GET, POST with a body)."), Tr::tr("method")},
        {{u"H"_s, u"header"_s}, Tr::tr("A request header, \"Name: value\"; repeatable."), Tr::tr("header")},
        {{u"d"_s, u"data"_s},
         Tr::tr("The body: text, @FILE or @- (newlines removed); repeatable, joined with &."),
         Tr::tr("data")},
        {u"data-binary"_s, Tr::tr("The body exactly: text, @FILE or @- (stdin)."), Tr::tr("data")},
        {{u"i"_s, u"include"_s}, Tr::tr("Print the status line and the response headers first.")},
        {{u"o"_s, u"output"_s}, Tr::tr("Write the body to FILE instead of stdout."), Tr::tr("file")},
        {u"wait"_s, Tr::tr("When the user must sign in again: wait up to SECONDS, then send the call."),
         Tr::tr("seconds")},
        {{u"f"_s, u"fail"_s}, Tr::tr("Exit 4 without printing the body when the HTTP status is 400 or more.")},
        {u"no-start"_s, Tr::tr("Do not start the agent when none is running.")},
    });
    parser.addPositionalArgument(u"call"_s, Tr::tr("The command."));
    parser.addPositionalArgument(u"address"_s, Tr::tr("callout:NAME/PATH?QUERY"));
}

ParsedCall usage(const QString &problem)
{
    return {std::nullopt, problem, false};
}

// -d and --data-binary: the body's source. Several -d values are joined with "&", as curl does.
std::optional<BodySpec> bodyOf(const QCommandLineParser &parser, QString *problem)
{
    const QStringList data = parser.values(u"data"_s);
    const QStringList binary = parser.values(u"data-binary"_s);
    if (data.isEmpty() && binary.isEmpty())
        return BodySpec{};
    if (!data.isEmpty() && !binary.isEmpty()) {
        *problem = Tr::tr("use either -d or --data-binary, not both.");
        return std::nullopt;
    }
    const QStringList values = data.isEmpty() ? binary : data;
    const bool strip = !data.isEmpty();
    if (values.size() == 1 && values.first().startsWith(u'@')) {
        const QString file = values.first().mid(1);
        if (file.isEmpty()) {
            *problem = Tr::tr("@ needs a file name, or - for stdin.");
            return std::nullopt;
        }
        return file == u"-"_s ? BodySpec{BodySpec::Kind::Stdin, {}, {}, strip}
                              : BodySpec{BodySpec::Kind::File, {}, file, strip};
    }
    if (std::any_of(values.begin(), values.end(), [](const QString &v) { return v.startsWith(u'@'); })) {
        *problem = Tr::tr("a body from a file (@FILE) cannot be joined with other data.");
        return std::nullopt;
    }
    QByteArray joined;
    for (const QString &value : values) {
        if (!joined.isEmpty())
            joined += '&';
        joined += value.toUtf8();
    }
    return BodySpec{BodySpec::Kind::Literal, joined, {}, false};
}

} // namespace

ParsedCall parseCallArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        QString problem = parser.errorText();
        if (problem.endsWith(u'.'))
            problem.chop(1);
        return usage(Tr::tr("%1; see call --help.").arg(problem));
    }
    if (parser.isSet(u"help"_s))
        return {std::nullopt, {}, true};
    QStringList positional = parser.positionalArguments();
    if (positional.value(0) == u"call"_s)
        positional.removeFirst();
    if (positional.size() != 1)
        return usage(Tr::tr("call takes one address, callout:NAME/PATH; see call --help."));

    CallOptions options;
    options.address = positional.first();
    QString problem;
    const std::optional<callout::CalloutAddress> address = callout::CalloutAddress::parse(options.address, &problem);
    if (!address)
        return usage(problem);
    options.credential = address->credential;
    options.target = address->target;

    if (parser.isSet(u"request"_s)) {
        options.method = parser.value(u"request"_s).toUtf8();
        if (options.method.isEmpty() || !std::all_of(options.method.begin(), options.method.end(), isTokenChar))
            return usage(Tr::tr("-X takes a method name such as GET, POST, PUT, PATCH or DELETE."));
    }
    for (const QString &text : parser.values(u"header"_s)) {
        const auto header = parseHeader(text);
        if (!header)
            return usage(
                Tr::tr("-H takes \"Name: value\" (a token name, no control characters): %1").arg(visible(text)));
        options.headers.append(*header);
    }
    const std::optional<BodySpec> body = bodyOf(parser, &problem);
    if (!body)
        return usage(problem);
    options.body = *body;
    if (options.method.isEmpty())
        options.method = options.body.kind == BodySpec::Kind::None ? "GET" : "POST";
    // As curl: a body without a Content-Type is a form.
    const bool typed = std::any_of(options.headers.begin(), options.headers.end(),
                                   [](const auto &h) { return h.first.toLower() == "content-type"; });
    if (options.body.kind != BodySpec::Kind::None && !typed)
        options.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/x-www-form-urlencoded"));

    if (parser.isSet(u"wait"_s)) {
        bool ok = false;
        const qint64 seconds = parser.value(u"wait"_s).toLongLong(&ok);
        if (!ok || seconds < 0 || seconds > MaxWait.count())
            return usage(Tr::tr("--wait takes whole seconds from 0 to %1.").arg(MaxWait.count()));
        options.wait = std::chrono::seconds(seconds);
    }
    options.include = parser.isSet(u"include"_s);
    options.output = parser.value(u"output"_s);
    if (parser.isSet(u"output"_s) && options.output.isEmpty())
        return usage(Tr::tr("-o takes a file name."));
    options.fail = parser.isSet(u"fail"_s);
    options.noStart = parser.isSet(u"no-start"_s);
    return {options, {}, false};
}

QString callHelp()
{
    return Tr::tr("Usage: calloutctl call callout:NAME/PATH[?QUERY] [options]\n\n"
                  "Sends an HTTP request to the named credential's URL + PATH, authenticated by the agent\n"
                  "(the access token never leaves calloutctl except in this request). The body goes to stdout.\n\n"
                  "  -X, --request METHOD     the method (default GET, POST with a body)\n"
                  "  -H, --header 'N: v'      a request header; repeatable (Authorization only when the\n"
                  "                           credential does not generate it)\n"
                  "  -d, --data DATA          the body: text, @FILE or @- (stdin), CR/LF removed from files;\n"
                  "                           repeatable, joined with &; Content-Type defaults to\n"
                  "                           application/x-www-form-urlencoded, as in curl\n"
                  "      --data-binary DATA   the body exactly: text, @FILE or @-\n"
                  "  -i, --include            print the status line and the response headers first\n"
                  "  -o, --output FILE        write the body to FILE\n"
                  "      --wait SECONDS       if the user must sign in again, wait (0 to 86400) and then send\n"
                  "                           the call; without it such a call exits 3 at once\n"
                  "  -f, --fail               exit 4, printing nothing, when the HTTP status is 400 or more\n"
                  "      --no-start           do not start the agent when none is running\n\n"
                  "Redirects are not followed (a 3xx is printed as it is). Exit codes: 0 any HTTP status\n"
                  "(without --fail), 1 error, 2 usage, 3 sign-in required, 4 HTTP error with --fail,\n"
                  "5 no agent.\n");
}

} // namespace calloutctl
