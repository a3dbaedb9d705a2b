#include "calloutclient/CalloutAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CalloutAddress", text);
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool isCredentialName(QStringView name)
{
    static const QRegularExpression pattern(u"^[A-Za-z][A-Za-z0-9_]{0,79}$"_s);
    return pattern.match(name).hasMatch();
}

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control;
}

// A segment a server would read as "." or "..": also with path parameters ("..;x", as Tomcat
// reads it) and with compatibility forms some servers fold (fullwidth dots).
bool isDotSegment(const QByteArray &decoded)
{
    const QByteArray name = decoded.left(decoded.indexOf(';') < 0 ? decoded.size() : decoded.indexOf(';'));
    if (name == "." || name == "..")
        return true;
    // NFKC leaves ASCII as it is: only other text can fold to a dot (and normalizing is costly).
    if (std::all_of(name.begin(), name.end(), [](char c) { return uchar(c) < 0x80; }))
        return false;
    const QString folded = QString::fromUtf8(name).normalized(QString::NormalizationForm_KC);
    return folded == u"."_s || folded == u".."_s;
}

// One segment of the path, decoded as often as a careless server might (%252e → %2e → .): none of
// the spellings may be a dot segment, a slash, a backslash or a control character.
QString segmentProblem(const QString &segment)
{
    QByteArray spelling = segment.toUtf8();
    for (int round = 0; round < 4; ++round) {
        const QByteArray lower = spelling.toLower();
        if (lower.contains("%2f") || lower.contains("%5c"))
            return tr("The path may not contain an encoded slash or backslash (%2F, %5C).");
        const QByteArray decoded = QByteArray::fromPercentEncoding(spelling);
        if (isDotSegment(decoded))
            return tr("The path may not contain \".\" or \"..\" segments, in any spelling.");
        if (decoded.contains('/') || decoded.contains('\\'))
            return tr("The path may not contain an encoded slash or backslash (%2F, %5C).");
        for (const QChar c : QString::fromUtf8(decoded)) {
            if (isControl(c) || c.unicode() == 0)
                return tr("The path may not contain control characters, encoded or not.");
        }
        if (decoded == spelling)
            break;
        spelling = decoded;
    }
    return {};
}

// Why `target` could leave the credential's URL; empty when it cannot.
QString targetProblem(const QString &target)
{
    if (target.isEmpty())
        return {};
    for (const QChar c : target) {
        if (isControl(c) || c.unicode() == 0)
            return tr("The address may not contain control characters.");
    }
    if (target.contains(u'#'))
        return tr("The address may not contain a fragment (#).");
    if (target.front() != u'/' && target.front() != u'?') {
        static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
        if (scheme.match(target).hasMatch())
            return tr("The path must be relative to the credential's URL; an absolute URL is not allowed.");
        return tr("The path must start with \"/\".");
    }
    if (target.startsWith(u"//"_s) || target.startsWith(u"/\\"_s))
        return tr("The path may not start with \"//\", which would name another host.");
    const qsizetype queryStart = target.indexOf(u'?');
    const QString path = target.left(queryStart < 0 ? target.size() : queryStart);
    if (path.contains(u'\\'))
        return tr("The path may not contain a backslash.");
    for (const QString &segment : path.split(u'/')) {
        if (QString problem = segmentProblem(segment); !problem.isEmpty())
            return problem;
    }
    if (queryStart >= 0 && target.mid(queryStart).contains(u"%00"_s))
        return tr("The address may not contain an encoded NUL character (%00).");
    return {};
}

bool staysUnder(const QUrl &url, const QUrl &base, const QString &basePath)
{
    if (!url.isValid() || url.scheme() != base.scheme() || url.host() != base.host() || url.port() != base.port()
        || url.userInfo() != base.userInfo())
        return false;
    const QString path = url.path(QUrl::FullyEncoded);
    if (path != basePath && !path.startsWith(basePath + u'/') && !(basePath.isEmpty() && path.isEmpty()))
        return false;
    for (const QString &segment : path.split(u'/')) {
        if (segment == u"."_s || segment == u".."_s)
            return false;
    }
    return true;
}

} // namespace

std::optional<CalloutAddress> CalloutAddress::parse(const QString &text, QString *error)
{
    const QString prefix = QString::fromLatin1(Scheme) + u':';
    if (!text.startsWith(prefix, Qt::CaseInsensitive)) {
        setError(error, tr("A callout address starts with \"callout:\" (callout:NAME/PATH)."));
        return std::nullopt;
    }
    QString rest = text.mid(prefix.size());
    if (rest.startsWith(u"//"_s))
        rest = rest.mid(2);
    qsizetype nameEnd = rest.size();
    for (const QChar separator : {u'/', u'?'}) {
        if (const qsizetype at = rest.indexOf(separator); at >= 0)
            nameEnd = std::min(nameEnd, at);
    }
    CalloutAddress address;
    address.credential = rest.left(nameEnd);
    address.target = rest.mid(nameEnd);
    if (address.credential.isEmpty()) {
        setError(error, tr("The address names no credential (callout:NAME/PATH)."));
        return std::nullopt;
    }
    if (!isCredentialName(address.credential)) {
        setError(error,
                 tr("A credential's name starts with a letter and holds only letters, digits and \"_\" "
                    "(at most 80 characters)."));
        return std::nullopt;
    }
    if (const QString problem = targetProblem(address.target); !problem.isEmpty()) {
        setError(error, problem);
        return std::nullopt;
    }
    return address;
}

std::optional<CalloutAddress> CalloutAddress::fromUrl(const QUrl &url, QString *error)
{
    if (!url.isValid() || url.scheme().compare(QLatin1String(Scheme), Qt::CaseInsensitive) != 0) {
        setError(error, tr("A callout address starts with \"callout:\" (callout:NAME/PATH)."));
        return std::nullopt;
    }
    // QUrl keeps the encoding it was given (it only decodes unreserved characters, "%2e" among
    // them, which the rules then see as dots). callout://NAME/PATH: QUrl lower-cases the NAME.
    return parse(QString::fromUtf8(url.toEncoded()), error);
}

QUrl resolveCallTarget(const QUrl &base, const QString &target, QString *error)
{
    if (!base.isValid() || base.host().isEmpty() || (base.scheme() != u"https"_s && base.scheme() != u"http"_s)) {
        setError(error, tr("The credential's URL is not a valid http or https URL."));
        return {};
    }
    if (const QString problem = targetProblem(target); !problem.isEmpty()) {
        setError(error, problem);
        return {};
    }
    const qsizetype queryStart = target.indexOf(u'?');
    const QString targetPath = target.left(queryStart < 0 ? target.size() : queryStart);
    QString basePath = base.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);

    QUrl url = base;
    url.setFragment({});
    if (!targetPath.isEmpty())
        url.setPath(basePath + targetPath, QUrl::TolerantMode);
    if (queryStart >= 0) {
        QString query = target.mid(queryStart + 1);
        if (base.hasQuery() && !base.query(QUrl::FullyEncoded).isEmpty())
            query = query.isEmpty() ? base.query(QUrl::FullyEncoded) : base.query(QUrl::FullyEncoded) + u'&' + query;
        url.setQuery(query, QUrl::TolerantMode);
    }
    // The rules above should make this impossible; checked again on what QUrl made of it.
    if (!staysUnder(url, base, basePath)) {
        setError(error, tr("The path leaves the credential's URL."));
        return {};
    }
    return url;
}

} // namespace callout
