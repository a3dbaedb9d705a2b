#include "demo/DemoPages.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace callout::demo::pages {

namespace {

// The translation context of the pages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::demo::DemoPages)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString document(const QString &title, const QString &body)
{
    return u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width\"><title>%1</title>"
           "<style>body{font-family:sans-serif;max-width:38em;margin:3em auto;padding:0 1em;color:#1a202c;"
           "line-height:1.4}h1{font-size:1.4em}.note{background:#fefcbf;padding:.6em 1em;border-radius:4px}"
           "code{background:#edf2f7;padding:0 .2em}button{font-size:1em;padding:.4em 1.4em;margin-right:1em}"
           ".error{color:#9b2c2c}</style></head><body>%2</body></html>"_s.arg(escaped(title), body);
}

QString scopeText(const QString &scope)
{
    if (scope == u"demo.read"_s)
        return Tr::tr("call the Demo API (GET /me) for you");
    if (scope == u"profile"_s)
        return Tr::tr("see your name (Demo User)");
    if (scope == u"offline_access"_s)
        return Tr::tr("stay signed in with refresh tokens until the demo ends the session");
    return {};
}

QString seconds(qint64 count)
{
    return Tr::tr("%n second(s)", nullptr, int(count));
}

} // namespace

QString signIn(const SignIn &content)
{
    QString scopes;
    for (const QString &scope : content.scopes)
        scopes += u"<li><code>%1</code> — %2</li>"_s.arg(escaped(scope), escaped(scopeText(scope)));
    const QString title = Tr::tr("Callout demo service — sign in");
    QString body = u"<h1>%1</h1>"_s.arg(escaped(title));
    body += u"<p class=\"note\">%1</p>"_s.arg(escaped(
        Tr::tr("This is a demo: a small OAuth 2.0 authorization server that Callout runs on this computer (%1). "
               "There is no account and no password; Allow signs you in as Demo User.")
            .arg(content.issuer)));
    body += u"<p>%1</p><ul>%2</ul>"_s.arg(
        escaped(Tr::tr("%1 (client %2) asks to:").arg(content.clientName, content.clientId)), scopes);
    body += u"<p>%1</p>"_s.arg(escaped(Tr::tr("The answer goes back to %1.").arg(content.redirectUri)));
    body += u"<p>%1</p>"_s.arg(escaped(
        Tr::tr("How this service behaves: an access token lives %1; the session ends %2 after you sign in, however "
               "often Callout refreshes it. Then Callout asks you to sign in again, once, and the calls waiting "
               "for you go on.")
            .arg(seconds(content.policy.tokenLifetime.count()), content.sessionLength)));
    body += u"<form method=\"post\" action=\"/authorize/decision\">"
            "<input type=\"hidden\" name=\"ticket\" value=\"%1\">"
            "<button type=\"submit\" name=\"decision\" value=\"allow\">%2</button>"
            "<button type=\"submit\" name=\"decision\" value=\"deny\">%3</button></form>"_s.arg(
                escaped(content.ticket), escaped(Tr::tr("Allow")), escaped(Tr::tr("Deny")));
    return document(title, body);
}

QString error(const QString &heading, const QString &message)
{
    const QString title = Tr::tr("Callout demo service — %1").arg(heading);
    return document(title, u"<h1 class=\"error\">%1</h1><p>%2</p>"_s.arg(escaped(heading), escaped(message)));
}

} // namespace callout::demo::pages
