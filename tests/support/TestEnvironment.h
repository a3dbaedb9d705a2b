#pragma once

#include "callout/core/Error.h"
#include "callout/core/Result.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <source_location>

// Like QVERIFY2, inside a helper that returns bool: records the failure and returns false. The
// message is evaluated only on failure (it may read an error that a success does not have).
#define CHECK_OR_RETURN_FALSE(condition, message)                                                                      \
    do {                                                                                                               \
        if (!static_cast<bool>(condition)) {                                                                           \
            QTest::qVerify(false, #condition, (message), __FILE__, __LINE__);                                          \
            return false;                                                                                              \
        }                                                                                                              \
    } while (false)

namespace callout::test {

// Reads a whole file (empty when missing).
QByteArray readFile(const QString &path);
// Writes a whole file, creating its folder.
void writeFile(const QString &path, const QByteArray &content);

// The permission bits of a file or folder (0600, 0700, …), -1 when it does not exist.
int fileMode(const QString &path);

// Every file below `dir` (recursively) whose content contains `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle);

// Why a result failed, for QVERIFY2 (which evaluates its message every time): empty when it did not.
template<typename T> QString failureOf(const Result<T> &result)
{
    if (result.ok())
        return {};
    const Error &error = result.error();
    return error.details.isEmpty() ? error.toString() : error.toString() + u'\n' + error.details.join(u'\n');
}

// Collects every Qt log message of the test run (all categories enabled), to grep for secrets.
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    const QStringList &lines() const;
    bool contains(const QString &needle) const;
};

// Declares the warning Callout logs when a token request fails with `code` (TokenReplyReader):
// expected wherever a test makes one fail on purpose.
void expectTokenRequestFailure(ErrorCode code);

// Declares the warning the loopback listener logs when it turns a redirect away: one whose state is
// not the attempt's, or (RFC 9207) whose iss is missing or foreign.
enum class RejectedRedirect { WrongState, WrongIss };
void expectRejectedRedirect(RejectedRedirect why);

// Whether keychain tests must fail rather than skip when the keychain cannot be set up (CI=true).
bool keychainRequired();
// The keychain cannot be used here (`why`): the current test is skipped, or fails when
// keychainRequired(). The caller returns right after.
void keychainUnusable(const QString &why, std::source_location where = std::source_location::current());

} // namespace callout::test
