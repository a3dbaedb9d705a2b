#include "TestEnvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace callout::test {

namespace {
QStringList g_lines;
QMutex g_mutex;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_lines.append(QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message);
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
}

int fileMode(const QString &path)
{
    struct stat info {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readFile(path).contains(needle))
            hits.append(path);
    }
    return hits;
}

LogCapture::LogCapture()
{
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    QMutexLocker lock(&g_mutex);
    g_lines.clear();
    g_previous = qInstallMessageHandler(capture);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules({});
}

const QStringList &LogCapture::lines() const
{
    return g_lines;
}

bool LogCapture::contains(const QString &needle) const
{
    QMutexLocker lock(&g_mutex);
    return std::any_of(g_lines.begin(), g_lines.end(), [&](const QString &l) { return l.contains(needle); });
}

void expectTokenRequestFailure(ErrorCode code)
{
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^token request failed: \"%1\" "_s.arg(errorCodeName(code))));
}

void expectRejectedRedirect(RejectedRedirect why)
{
    QTest::ignoreMessage(QtWarningMsg,
                         why == RejectedRedirect::WrongState
                             ? "ignored a redirect whose state does not match the sign-in in progress"
                             : "refused a redirect with a missing or foreign iss (RFC 9207)");
}

bool keychainRequired()
{
    return qEnvironmentVariable("CI") == u"true"_s;
}

void keychainUnusable(const QString &why, std::source_location where)
{
    const QByteArray message
        = (u"the keychain is not usable (%1); run the tests with tests/run.sh"_s.arg(why)).toUtf8();
    if (keychainRequired())
        QTest::qFail(message.constData(), where.file_name(), int(where.line()));
    else
        QTest::qSkip(message.constData(), where.file_name(), int(where.line()));
}

} // namespace callout::test
