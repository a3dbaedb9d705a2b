#include "gui/ProblemText.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace callout::problemtext {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProblemText", text);
}

} // namespace

QString entryKey(const QString &jsonPath)
{
    static const QRegularExpression entryPrefix(u"^[A-Za-z]+\\[\\d+\\]\\.?"_s);
    QString key = jsonPath;
    return key.remove(entryPrefix);
}

QString fieldLabel(const QString &key)
{
    if (key.startsWith(u"headers."_s))
        return tr("Header %1").arg(key.mid(8));
    if (key.startsWith(u"extraAuthorizeParameters."_s))
        return tr("Authorize parameter %1").arg(key.mid(25));
    static const QList<std::pair<QString, const char *>> labels{
        {u"name"_s, QT_TRANSLATE_NOOP("ProblemText", "Name")},
        {u"label"_s, QT_TRANSLATE_NOOP("ProblemText", "Label")},
        {u"url"_s, QT_TRANSLATE_NOOP("ProblemText", "URL")},
        {u"authProvider"_s, QT_TRANSLATE_NOOP("ProblemText", "Auth provider")},
        {u"scopes"_s, QT_TRANSLATE_NOOP("ProblemText", "Scope")},
        {u"headers"_s, QT_TRANSLATE_NOOP("ProblemText", "Custom headers")},
        {u"generateAuthorizationHeader"_s, QT_TRANSLATE_NOOP("ProblemText", "Generate Authorization Header")},
        {u"issuer"_s, QT_TRANSLATE_NOOP("ProblemText", "Issuer")},
        {u"authorizeUrl"_s, QT_TRANSLATE_NOOP("ProblemText", "Authorize URL")},
        {u"tokenUrl"_s, QT_TRANSLATE_NOOP("ProblemText", "Token URL")},
        {u"revocationUrl"_s, QT_TRANSLATE_NOOP("ProblemText", "Revocation URL")},
        {u"userInfoUrl"_s, QT_TRANSLATE_NOOP("ProblemText", "User info URL")},
        {u"clientId"_s, QT_TRANSLATE_NOOP("ProblemText", "Client ID")},
        {u"clientAuthentication"_s, QT_TRANSLATE_NOOP("ProblemText", "Client authentication")},
        {u"defaultScopes"_s, QT_TRANSLATE_NOOP("ProblemText", "Default scopes")},
        {u"redirectUri"_s, QT_TRANSLATE_NOOP("ProblemText", "Redirect URI")},
    };
    for (const auto &[jsonKey, label] : labels) {
        if (jsonKey == key)
            return tr(label);
    }
    return key;
}

QString describe(const Error &problem)
{
    const QString key = entryKey(problem.field);
    if (key.isEmpty())
        return problem.message;
    //: A field of a form, then what is wrong with it: "URL" "must be an absolute https URL"
    return tr("%1 %2").arg(fieldLabel(key), problem.message);
}

} // namespace callout::problemtext
