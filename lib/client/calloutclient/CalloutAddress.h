#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace callout {

// `callout:NAME/PATH?QUERY`: a call through a named credential. The rules that keep a call under
// its credential's URL live here, shared by every entry point (calloutctl call, the Qt client
// library, the proxy).
struct CalloutAddress {
    static constexpr auto Scheme = "callout";

    QString credential; // NAME
    QString target;     // "/PATH?QUERY" as given (percent-encoding kept); "" or "/" for the base URL itself

    // Reads `callout:NAME/PATH?QUERY` (also `callout:NAME` and `callout://NAME/PATH`). On failure
    // returns nullopt and sets `error` to a sentence for the user.
    static std::optional<CalloutAddress> parse(const QString &text, QString *error);
    static std::optional<CalloutAddress> fromUrl(const QUrl &url, QString *error);
};

// The credential's URL + target's path + its query. Refuses (invalid QUrl, `error` set) a target
// that could leave `base`: `..` or `.` segments in any spelling (`%2e%2e`, `.%2E`), encoded slashes
// or backslashes (`%2f`, `%5c`, `\`), an absolute URL or `//host`, control characters, a fragment.
QUrl resolveCallTarget(const QUrl &base, const QString &target, QString *error);

} // namespace callout
