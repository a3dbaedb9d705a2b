#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QString>

namespace callout {

// Where a JSON document failed to parse, as people count: line and column from 1 (a column is a
// character, not a byte), rather than QJsonParseError's byte offset.
struct JsonPosition {
    int line = 1;
    int column = 1;

    static JsonPosition at(const QByteArray &json, qsizetype byteOffset);
};

// "<what went wrong> at line L, column C", translated.
QString describeJsonError(const QByteArray &json, const QJsonParseError &error);

} // namespace callout
