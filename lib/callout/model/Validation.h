#pragma once

#include "callout/core/Error.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

// Field rules shared by the configuration value types.
namespace callout::validation {

// [A-Za-z][A-Za-z0-9_]{0,79}
bool isValidName(const QString &name);

// An absolute https URL, or http only for a loopback host (127.0.0.1, ::1, localhost).
bool isSecureUrl(const QUrl &url);
bool isLoopbackHost(const QString &host);
// scheme://host:port, the port always explicit, so that https://a.test and https://a.test:443 agree.
QString origin(const QUrl &url);

// Adds a problem for `path` to `problems`.
void problem(QList<Error> *problems, const QString &path, const QString &message);

void checkName(QList<Error> *problems, const QString &path, const QString &name);
void checkUrl(QList<Error> *problems, const QString &path, const QUrl &url, bool required);

// JSON readers that report a wrong type at its path and return a default.
QString readString(const QJsonObject &json, const QString &key, const QString &path, QList<Error> *problems);
QUrl readUrl(const QJsonObject &json, const QString &key, const QString &path, QList<Error> *problems);
bool readBool(const QJsonObject &json, const QString &key, bool defaultValue, const QString &path,
              QList<Error> *problems);
QMap<QString, QString> readStringMap(const QJsonObject &json, const QString &key, const QString &path,
                                     QList<Error> *problems);
QJsonObject stringMapToJson(const QMap<QString, QString> &map);

// Reports every key of `json` that is not in `known` (a typo must not be ignored silently).
void checkKnownKeys(const QJsonObject &json, const QStringList &known, const QString &path, QList<Error> *problems);

QString join(const QString &path, const QString &key);

} // namespace callout::validation
