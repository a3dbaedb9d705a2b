#pragma once

#include "callout/core/Error.h"

#include <QString>

// Problems of callout.json and of edit plans carry a JSON path ("namedCredentials[1].url") or an
// entry's key ("url"); people read "URL must be an absolute https URL".
namespace callout::problemtext {

// The entry's own key of a JSON path: "namedCredentials[1].headers.X" → "headers.X".
QString entryKey(const QString &jsonPath);
// What a form calls the field of an entry's key: "url" → "URL", "headers.X" → "Header X".
QString fieldLabel(const QString &key);
// One sentence naming the field (not the JSON path): "URL must be an absolute https URL".
QString describe(const Error &problem);

} // namespace callout::problemtext
