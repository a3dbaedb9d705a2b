#include "callout/core/JsonPosition.h"

#include <QCoreApplication>

namespace callout {

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::JsonPosition)
};

bool isUtf8Continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

} // namespace

JsonPosition JsonPosition::at(const QByteArray &json, qsizetype byteOffset)
{
    JsonPosition position;
    const qsizetype end = std::clamp<qsizetype>(byteOffset, 0, json.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char byte = json.at(i);
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if (!isUtf8Continuation(byte)) {
            ++position.column;
        }
    }
    return position;
}

QString describeJsonError(const QByteArray &json, const QJsonParseError &error)
{
    const JsonPosition position = JsonPosition::at(json, error.offset);
    return Tr::tr("%1 at line %2, column %3").arg(error.errorString()).arg(position.line).arg(position.column);
}

} // namespace callout
