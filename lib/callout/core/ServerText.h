#pragma once

#include <QString>
#include <QStringView>

namespace callout {

// How much of one piece of server text Callout shows: a sentence, not a page.
constexpr qsizetype ServerTextMaxLength = 200;

// Text that came from a server (an OAuth error or its description, an `iss`, a discovery field,
// a user name or email, an HTTP reason phrase) made safe to show in a window, a terminal or a log
// line: control characters (C0, DEL, C1) and invisible format characters (bidi overrides and
// isolates, zero-width characters) are removed, line and paragraph breaks and tabs become a space,
// runs of white space collapse, and the text is capped at `maxLength` characters plus "…".
// Call it where the text enters Callout, once.
QString sanitizedServerText(QStringView text, qsizetype maxLength = ServerTextMaxLength);

} // namespace callout
