#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <QTextStream>

// What calloutctl prints: its errors on stderr, and what a command asked for on stdout.
namespace calloutctl {

// The translation context of calloutctl's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(calloutctl)
};

// Text from the agent (parts of it from a server or a hand-edited file) without the controls that
// could move the cursor, retitle the terminal or overwrite a line.
QString terminalSafe(const QString &text);

// "calloutctl: <message>" on stderr.
void printError(const QString &message);
// An indented line under an error ("  <detail>") on stderr.
void printDetail(const QString &detail);

// Prints the result of `method` on stdout (JSON with --json for list and status).
void printResult(const QCommandLineParser &parser, QStringView method, const QJsonObject &result);

} // namespace calloutctl
