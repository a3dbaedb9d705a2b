#include "ProviderCommand.h"

#include "Commands.h"
#include "Output.h"
#include "callout/model/ProviderPresets.h"
#include "calloutclient/Protocol.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace calloutctl {

namespace protocol = callout::protocol;
using callout::PresetAnswers;
using callout::PresetQuestion;
using callout::ProviderPreset;
using callout::ProviderPresets;
using protocol::ExitCode;

namespace {

constexpr qint64 LongestSecret = 4096;

int usage(const QString &message)
{
    printError(message);
    return int(ExitCode::Usage);
}

// How a question is answered on the command line.
QString optionFor(const PresetQuestion &question)
{
    switch (question.kind) {
    case PresetQuestion::Kind::ClientId: return u"--client-id ID"_s;
    case PresetQuestion::Kind::ClientSecret: return u"--client-secret-file FILE|-"_s;
    default: return u"--set %1=VALUE"_s.arg(question.key);
    }
}

QStringList optionsFor(const ProviderPreset &preset)
{
    QStringList options;
    for (const PresetQuestion &question : preset.questions)
        options.append(optionFor(question));
    return options;
}

// Standard input's first line without echo when it is a terminal: the secret is typed, never shown.
std::optional<QString> promptSecret()
{
    QTextStream(stderr) << Tr::tr("Client secret (not shown): ") << Qt::flush;
    termios saved = {};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    QFile input;
    std::optional<QString> line;
    if (input.open(stdin, QIODevice::ReadOnly))
        line = QString::fromUtf8(input.readLine(LongestSecret + 2));
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    QTextStream(stderr) << u'\n' << Qt::flush;
    return line;
}

// The client secret from a file or stdin ("-"); one trailing line break is not part of it.
std::optional<QString> readSecret(const QString &file)
{
    std::optional<QString> text;
    if (file == u"-"_s && ::isatty(STDIN_FILENO)) {
        text = promptSecret();
    } else {
        QFile input(file);
        const bool opened = file == u"-"_s ? input.open(stdin, QIODevice::ReadOnly) : input.open(QIODevice::ReadOnly);
        if (!opened) {
            printError(Tr::tr("cannot read the client secret from %1: %2.").arg(file, input.errorString()));
            return std::nullopt;
        }
        const QByteArray bytes = input.read(LongestSecret + 1);
        if (bytes.size() > LongestSecret) {
            printError(Tr::tr("the client secret in %1 is longer than %2 bytes.").arg(file).arg(LongestSecret));
            return std::nullopt;
        }
        text = QString::fromUtf8(bytes);
    }
    if (text && text->endsWith(u'\n'))
        text->chop(text->endsWith(u"\r\n"_s) ? 2 : 1);
    return text;
}

QJsonObject presetJson(const ProviderPreset &preset)
{
    QJsonArray asks;
    for (const PresetQuestion &question : preset.questions)
        asks.append(QJsonObject{{u"key"_s, question.key},
                                {u"label"_s, question.label},
                                {u"help"_s, question.help},
                                {u"option"_s, optionFor(question)}});
    return {{u"id"_s, preset.id},
            {u"title"_s, preset.title},
            {u"name"_s, preset.defaultName},
            {u"asks"_s, asks},
            {u"redirectNote"_s, preset.redirectNote},
            {u"refresh"_s, preset.refresh},
            {u"notes"_s, QJsonArray::fromStringList(preset.notes)},
            {u"unverified"_s, QJsonArray::fromStringList(preset.unverified)},
            {u"sources"_s, QJsonArray::fromStringList(preset.sources)}};
}

void printDetails(QTextStream &out, const ProviderPreset &preset)
{
    out << preset.title << u" ("_s << preset.id << u")\n"_s;
    out << Tr::tr("Default name: %1").arg(preset.defaultName) << u'\n';
    out << Tr::tr("Asks for:") << u'\n';
    for (const PresetQuestion &question : preset.questions) {
        out << u"  "_s << optionFor(question) << u"  "_s << question.label << u'\n';
        if (!question.help.isEmpty())
            out << u"      "_s << question.help << u'\n';
    }
    out << Tr::tr("Redirect: %1").arg(preset.redirectNote) << u'\n';
    out << Tr::tr("Refresh: %1").arg(preset.refresh) << u'\n';
    for (const QString &note : preset.notes)
        out << Tr::tr("Note: %1").arg(note) << u'\n';
    for (const QString &doubt : preset.unverified)
        out << Tr::tr("Unverified: %1").arg(doubt) << u'\n';
    for (const QString &source : preset.sources)
        out << Tr::tr("Source: %1").arg(source) << u'\n';
}

int listPresets(const QCommandLineParser &parser, const QStringList &args, const ProviderPresets &catalogue)
{
    if (args.size() > 2)
        return usage(Tr::tr("provider presets takes at most one preset name; see --help."));
    const ProviderPreset *one = args.size() == 2 ? catalogue.find(args.at(1)) : nullptr;
    if (args.size() == 2 && !one)
        return usage(Tr::tr("unknown preset \"%1\"; calloutctl provider presets lists them.").arg(args.at(1)));
    QString text;
    QTextStream out(&text);
    if (parser.isSet(u"json"_s)) {
        QJsonArray all;
        for (const ProviderPreset &preset : catalogue.presets())
            all.append(presetJson(preset));
        out << (one ? QJsonDocument(presetJson(*one)) : QJsonDocument(all)).toJson(QJsonDocument::Indented);
    } else if (one) {
        printDetails(out, *one);
    } else {
        for (const ProviderPreset &preset : catalogue.presets())
            out << qSetFieldWidth(24) << Qt::left << preset.id << qSetFieldWidth(0) << preset.title << u'\n'
                << qSetFieldWidth(24) << QString() << qSetFieldWidth(0) << optionsFor(preset).join(u' ') << u'\n';
    }
    out.flush();
    QTextStream(stdout) << text;
    return int(ExitCode::Success);
}

// The answers on the command line; nothing (a usage error printed) when they cannot be read.
std::optional<PresetAnswers> answersFrom(const QCommandLineParser &parser, const ProviderPreset &preset)
{
    PresetAnswers answers;
    answers.name = parser.value(u"name"_s);
    answers.clientId = parser.value(u"client-id"_s);
    for (const QString &assignment : parser.values(u"set"_s)) {
        const qsizetype equals = assignment.indexOf(u'=');
        const QString key = assignment.left(equals);
        if (equals <= 0 || !preset.asks(key) || key == u"clientId"_s || key == u"clientSecret"_s) {
            QStringList keys;
            for (const PresetQuestion &question : preset.placeholders())
                keys.append(question.key);
            usage(keys.isEmpty() ? Tr::tr("the preset %1 takes no --set.").arg(preset.id)
                                 : Tr::tr("--set takes KEY=VALUE with KEY one of: %1.").arg(keys.join(u", "_s)));
            return std::nullopt;
        }
        answers.values.insert(key, assignment.mid(equals + 1));
    }
    if (parser.isSet(u"client-secret-file"_s)) {
        const std::optional<QString> secret = readSecret(parser.value(u"client-secret-file"_s));
        if (!secret)
            return std::nullopt;
        answers.clientSecret = *secret;
    }
    return answers;
}

int addProvider(const QCommandLineParser &parser, const QStringList &args, const ProviderPresets &catalogue,
                const std::function<bool(callout::ApiClient &)> &connect)
{
    if (args.size() != 1)
        return usage(Tr::tr("provider add takes options only; see --help."));
    if (!parser.isSet(u"preset"_s))
        return usage(Tr::tr("provider add needs --preset NAME; calloutctl provider presets lists them."));
    const ProviderPreset *preset = catalogue.find(parser.value(u"preset"_s));
    if (!preset)
        return usage(
            Tr::tr("unknown preset \"%1\"; calloutctl provider presets lists them.").arg(parser.value(u"preset"_s)));
    const std::optional<PresetAnswers> answers = answersFrom(parser, *preset);
    if (!answers)
        return int(ExitCode::Usage);
    const callout::Result<callout::AuthProvider> provider = preset->apply(*answers);
    if (!provider.ok()) {
        printError(provider.error().message);
        for (const QString &detail : provider.error().details)
            printDetail(detail);
        printDetail(Tr::tr("the preset asks for: %1").arg(optionsFor(*preset).join(u' ')));
        return int(ExitCode::Usage);
    }
    const QJsonObject params{
        {u"document"_s, QString::fromUtf8(ProviderPreset::importDocument(*provider, answers->clientSecret))},
        {u"replace"_s, parser.isSet(u"replace"_s)}};
    callout::ApiClient client;
    if (!connect(client)) {
        printError(Tr::tr("the callout agent is not running and could not be started."));
        return int(ExitCode::AgentUnavailable);
    }
    const int status = run(client, parser, *findCommand(protocol::method::Import.toString()), params);
    if (status == int(ExitCode::Success) && !parser.isSet(u"json"_s)) {
        QTextStream(stdout) << Tr::tr("Register the client at the service: %1").arg(preset->redirectNote) << u'\n'
                            << Tr::tr("Refresh: %1").arg(preset->refresh) << u'\n';
        for (const QString &note : preset->notes)
            QTextStream(stdout) << Tr::tr("Note: %1").arg(note) << u'\n';
    }
    return status;
}

} // namespace

QString providerHelp()
{
    return Tr::tr("Auth. providers from presets:\n"
                  "  provider presets [PRESET] [--json]\n"
                  "                              the services Callout knows; with PRESET, what it asks\n"
                  "  provider add --preset PRESET --client-id ID [--client-secret-file FILE|-]\n"
                  "       [--set KEY=VALUE]... [--name NAME] [--replace]\n"
                  "                              add an auth. provider from a preset; the client secret\n"
                  "                              goes to the keychain (stdin with -)");
}

void addProviderOptions(QCommandLineParser &parser)
{
    parser.addOptions(
        {{u"preset"_s, Tr::tr("The preset to start from (provider add)."), Tr::tr("preset")},
         {u"client-id"_s, Tr::tr("The client id the service issued (provider add)."), Tr::tr("id")},
         {u"client-secret-file"_s,
          Tr::tr("Read the client secret from this file, - for stdin (provider add); never an argument."),
          Tr::tr("file")},
         {u"name"_s, Tr::tr("The provider's name (provider add; default: the preset's)."), Tr::tr("name")},
         {u"set"_s, Tr::tr("A value the preset's URLs need, such as tenant=contoso.com (provider add; repeatable)."),
          Tr::tr("key=value")}});
}

int runProvider(const QCommandLineParser &parser, const QStringList &args,
                const std::function<bool(callout::ApiClient &)> &connect)
{
    const callout::Result<ProviderPresets> catalogue = ProviderPresets::builtIn();
    if (!catalogue.ok()) {
        printError(catalogue.error().message);
        for (const QString &detail : catalogue.error().details)
            printDetail(detail);
        return int(ExitCode::Failure);
    }
    if (args.value(0) == u"presets"_s)
        return listPresets(parser, args, *catalogue);
    if (args.value(0) == u"add"_s)
        return addProvider(parser, args, *catalogue, connect);
    return usage(Tr::tr("provider takes add or presets; see --help."));
}

} // namespace calloutctl
