#pragma once

#include "demo/DemoPolicy.h"

#include <QString>
#include <QStringList>

namespace callout::demo {

// The demo authorization server's HTML: self-contained pages (inline style, no script, nothing
// external), every value escaped.
namespace pages {

struct SignIn {
    QString issuer;     // where the page comes from
    QString clientName; // who asks
    QString clientId;
    QString redirectUri; // where the answer goes
    QStringList scopes;
    QString ticket; // the form's one-time ticket
    DemoPolicy policy;
    QString sessionLength; // "3 minutes"
};

// "Callout demo service — sign in": what asks for what, and one form posting the ticket with
// decision=allow or decision=deny to /authorize/decision.
QString signIn(const SignIn &content);
// A page that goes nowhere: the request cannot be answered to the program that sent it.
QString error(const QString &heading, const QString &message);

} // namespace pages
} // namespace callout::demo
