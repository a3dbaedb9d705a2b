#include "platform/linux/AutostartEntry.h"

#include "callout/core/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// Desktop Entry spec, "The Exec key": an argument with reserved characters is double-quoted, with
// `"`, `` ` ``, `$` and `\` escaped by a backslash; a literal `%` is written `%%`.
QString quotedExecArgument(const QString &argument)
{
    static const QString reserved = uR"( 	"'\><~|&;$*?#()`)"_s;
    QString escaped = argument;
    escaped.replace(u"%"_s, u"%%"_s);
    if (std::none_of(argument.cbegin(), argument.cend(), [](QChar c) { return reserved.contains(c); }))
        return escaped;
    QString quoted;
    for (const QChar c : std::as_const(escaped)) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    return u'"' + quoted + u'"';
}

Error fileError(const QString &what, const QString &path, const QString &reason)
{
    return Error(ErrorCode::FileError, what.arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

AutostartEntry::AutostartEntry(QString executable, QString path)
    : m_executable(std::move(executable))
    , m_path(std::move(path))
{ }

QString AutostartEntry::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/autostart/"_s
        + QString::fromLatin1(paths::DesktopFileId) + u".desktop"_s;
}

QByteArray AutostartEntry::contents(const QString &executable)
{
    const QString exec = quotedExecArgument(executable) + u' ' + QString::fromLatin1(MinimizedOption);
    // Not translated: the file is read by the session, in any language the user logs in with.
    const QString text = u"[Desktop Entry]\n"
                         "Type=Application\n"
                         "Name=Callout\n"
                         "Comment=Keeps your OAuth 2.0 sign-ins ready for the programs on this desktop\n"
                         "Exec=%1\n"
                         "Icon=%2\n"
                         "Terminal=false\n"
                         "NoDisplay=true\n"
                         "X-GNOME-Autostart-enabled=true\n"_s.arg(exec, QString::fromLatin1(paths::DesktopFileId));
    return text.toUtf8();
}

bool AutostartEntry::isEnabled() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.readAll();
    return !text.contains("\nHidden=true");
}

Result<void> AutostartEntry::setEnabled(bool enabled)
{
    return enabled ? write() : remove();
}

Result<void> AutostartEntry::write()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return fileError(QCoreApplication::translate("AutostartEntry", "Cannot create the folder %1: %2"), folder,
                         QCoreApplication::translate("AutostartEntry", "permission denied or not a folder"));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents(m_executable)) < 0 || !file.commit())
        return fileError(QCoreApplication::translate("AutostartEntry", "Cannot write %1: %2"), m_path,
                         file.errorString());
    return {};
}

Result<void> AutostartEntry::remove()
{
    QFile file(m_path);
    if (file.exists() && !file.remove())
        return fileError(QCoreApplication::translate("AutostartEntry", "Cannot remove %1: %2"), m_path,
                         file.errorString());
    return {};
}

} // namespace callout
