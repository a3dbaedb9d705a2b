#include "callout/core/ServerText.h"

namespace callout {

namespace {

enum class Kind { Keep, Space, Drop };

Kind kindOf(char32_t c)
{
    if (c == u'\t' || c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f')
        return Kind::Space;
    switch (QChar::category(c)) {
    case QChar::Other_Control:    // C0, DEL, C1 (ESC, CSI, OSC, NUL, ...)
    case QChar::Other_Format:     // U+202A–202E, U+2066–2069 (bidi), U+200B–200F, U+FEFF, ...
    case QChar::Other_Surrogate:  // a lone surrogate: not text
    case QChar::Other_PrivateUse: // shows as anything the font likes
    case QChar::Other_NotAssigned: return Kind::Drop;
    case QChar::Separator_Line:      // U+2028
    case QChar::Separator_Paragraph: // U+2029
    case QChar::Separator_Space: return Kind::Space;
    default: return Kind::Keep;
    }
}

} // namespace

QString sanitizedServerText(QStringView text, qsizetype maxLength)
{
    QString clean;
    clean.reserve(std::min(text.size(), maxLength) + 1);
    bool pendingSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode(); // a lone surrogate stays one: Other_Surrogate, dropped
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const Kind kind = kindOf(c);
        if (kind == Kind::Drop)
            continue;
        if (kind == Kind::Space) {
            pendingSpace = !clean.isEmpty();
            continue;
        }
        const qsizetype width = QChar::requiresSurrogates(c) ? 2 : 1;
        if (clean.size() + (pendingSpace ? 1 : 0) + width > maxLength) {
            clean.append(u'…');
            return clean;
        }
        if (pendingSpace)
            clean.append(u' ');
        pendingSpace = false;
        if (QChar::requiresSurrogates(c)) {
            clean.append(QChar(QChar::highSurrogate(c)));
            clean.append(QChar(QChar::lowSurrogate(c)));
        } else {
            clean.append(QChar(c));
        }
    }
    return clean;
}

} // namespace callout
