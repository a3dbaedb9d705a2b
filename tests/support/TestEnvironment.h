#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <functional>

namespace callout::test {

// Reads a whole file (empty when missing).
QByteArray readFile(const QString &path);
// Writes a whole file, creating its folder.
void writeFile(const QString &path, const QByteArray &content);

// Every file below `dir` (recursively) whose content contains `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle);

// Collects every Qt log message of the test run (all categories enabled), to grep for secrets.
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    const QStringList &lines() const;
    bool contains(const QString &needle) const;
};

// Whether keychain tests must fail rather than skip when the keychain cannot be set up (CI=true).
bool keychainRequired();

} // namespace callout::test
