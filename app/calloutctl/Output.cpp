#include "Output.h"

#include "ProxyCommand.h"
#include "calloutclient/Protocol.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace calloutctl {

namespace protocol = callout::protocol;

namespace {

void printRecord(QTextStream &out, const QJsonObject &r)
{
    out << r.value(u"name"_s).toString() << u'\n';
    for (const QString &key : {u"label"_s, u"provider"_s, u"url"_s, u"status"_s, u"user"_s, u"grantedScopes"_s,
                               u"accessTokenExpiry"_s, u"lastRefresh"_s, u"nextRetry"_s, u"notice"_s}) {
        const QString value = r.value(key).toString();
        if (!value.isEmpty())
            out << u"  "_s << key << u": "_s << value << u'\n';
    }
    if (const QString end = r.value(u"sessionEndsAt"_s).toString(); !end.isEmpty())
        out << u"  sessionEndsAt: "_s << end << u" ("_s << r.value(u"sessionEndSource"_s).toString() << u")\n"_s;
    const QJsonObject error = r.value(u"lastError"_s).toObject();
    if (!error.isEmpty())
        out << u"  lastError: "_s << error.value(u"code"_s).toString() << u" — "_s
            << error.value(u"message"_s).toString() << u'\n';
    for (const QJsonValue &problem : r.value(u"problems"_s).toArray())
        out << u"  problem: "_s << problem.toString() << u'\n';
}

void printList(QTextStream &out, const QJsonArray &records)
{
    out << qSetFieldWidth(20) << Qt::left << Tr::tr("NAME") << Tr::tr("PROVIDER") << Tr::tr("STATUS") << Tr::tr("USER")
        << qSetFieldWidth(0) << Tr::tr("EXPIRES") << u'\n';
    for (const QJsonValue &value : records) {
        const QJsonObject r = value.toObject();
        const QString expiry = r.value(u"accessTokenExpiry"_s).toString();
        out << qSetFieldWidth(20) << Qt::left << r.value(u"name"_s).toString() << r.value(u"provider"_s).toString()
            << r.value(u"status"_s).toString() << r.value(u"user"_s).toString() << qSetFieldWidth(0)
            << (expiry.isEmpty() ? u"-"_s : expiry) << u'\n';
    }
}

// `list --names`: one name a line, for scripts and shell completion.
void printNames(QTextStream &out, const QJsonArray &records)
{
    for (const QJsonValue &value : records)
        out << value.toObject().value(u"name"_s).toString() << u'\n';
}

void printImportSummary(QTextStream &out, const QJsonObject &result)
{
    bool any = false;
    for (const QString &key : {u"added"_s, u"replaced"_s, u"unchanged"_s}) {
        for (const QJsonValue &entry : result.value(key).toArray()) {
            out << key << u": "_s << entry.toString() << u'\n';
            any = true;
        }
    }
    for (const QString &key : {u"discarded"_s, u"clientSecretsDeleted"_s, u"warnings"_s}) {
        for (const QJsonValue &entry : result.value(key).toArray())
            out << key << u": "_s << entry.toString() << u'\n';
    }
    // A document without entries is not an error, but nothing happened: say so.
    if (!any)
        printError(Tr::tr("the document has no entries; nothing was imported."));
}

} // namespace

QString terminalSafe(const QString &text)
{
    // C0 controls but newline and tab, DEL and C1 controls (ESC, CSI, OSC, BEL, CR...) are removed.
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f);
        if (!control)
            safe.append(c);
    }
    return safe;
}

void printError(const QString &message)
{
    QTextStream(stderr) << u"calloutctl: "_s << terminalSafe(message) << Qt::endl;
}

void printDetail(const QString &detail)
{
    QTextStream(stderr) << u"  "_s << terminalSafe(detail) << Qt::endl;
}

void printResult(const QCommandLineParser &parser, QStringView method, const QJsonObject &result)
{
    QString text; // written at the end, made terminal-safe
    QTextStream out(&text);
    const bool json = parser.isSet(u"json"_s);
    if (method == protocol::method::Token || method == protocol::method::ReportExpired) {
        out << result.value(u"token"_s).toString() << u'\n';
    } else if (method == protocol::method::Export) {
        out << result.value(u"document"_s).toString();
    } else if (method == protocol::method::List) {
        if (json)
            out << QJsonDocument(result.value(u"credentials"_s).toArray()).toJson(QJsonDocument::Indented);
        else if (parser.isSet(u"names"_s))
            printNames(out, result.value(u"credentials"_s).toArray());
        else
            printList(out, result.value(u"credentials"_s).toArray());
    } else if (method == protocol::method::Status) {
        if (json)
            out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        else
            printRecord(out, result);
    } else if (method == protocol::method::Proxy) {
        if (json)
            out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        else
            printProxyStatus(out, result);
    } else if (method == protocol::method::Import) {
        if (json)
            out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        else
            printImportSummary(out, result);
    }
    out.flush();
    QTextStream(stdout) << terminalSafe(text);
}

} // namespace calloutctl
