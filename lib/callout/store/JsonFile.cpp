#include "callout/store/JsonFile.h"

#include "callout/core/Clock.h"
#include "callout/core/JsonPosition.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::JsonFile)
};

constexpr auto OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto OwnerOnlyDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

JsonFile::JsonFile(QString path)
    : m_path(std::move(path))
{ }

JsonFile::ReadResult JsonFile::read() const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return {ReadOutcome::Unparsable, {}, file.errorString(), {}};
    QJsonParseError error;
    // Sized at once: readAll() grows its buffer step by step, a cost with a file of megabytes.
    QByteArray bytes = file.read(file.size());
    if (!file.atEnd())
        bytes += file.readAll(); // it grew meanwhile
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return {ReadOutcome::Unparsable, {}, describeJsonError(bytes, error), {}};
    if (!document.isObject())
        return {ReadOutcome::Unparsable, {}, Tr::tr("the document is not a JSON object"), {}};
    return {ReadOutcome::Parsed, document.object(), {}, bytes};
}

Result<void> JsonFile::write(const QJsonObject &object) const
{
    const QFileInfo info(m_path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(u"."_s))
            return Error(ErrorCode::FileError, Tr::tr("Could not create the folder %1.").arg(dir.path()));
        QFile::setPermissions(dir.path(), OwnerOnlyDir);
    }
    QSaveFile file(m_path);
    // Unbuffered: the one write below reaches the file at once, so its count tells whether it all did.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error(ErrorCode::FileError, Tr::tr("Could not write %1: %2").arg(m_path, file.errorString()));
    file.setPermissions(OwnerOnlyFile);
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    // A short write (a full disk, a file size limit: EFBIG after some bytes) sets no error in Qt
    // 6.4, and commit() would put the cut-off file in place: check the count, keep the old file.
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.error() != QFileDevice::NoError ? file.errorString() : Tr::tr("the disk is full");
        file.cancelWriting();
        return Error(ErrorCode::FileError, Tr::tr("Could not write %1: %2").arg(m_path, why));
    }
    if (!file.commit())
        return Error(ErrorCode::FileError, Tr::tr("Could not write %1: %2").arg(m_path, file.errorString()));
    return {};
}

QString JsonFile::asidePath(const QString &label, const Clock &clock) const
{
    const QString stamp = clock.now().toUTC().toString(u"yyyyMMdd-HHmmss"_s);
    QString candidate = m_path + u'.' + label + u'-' + stamp;
    for (int n = 2; QFile::exists(candidate); ++n)
        candidate = m_path + u'.' + label + u'-' + stamp + u'-' + QString::number(n);
    return candidate;
}

Result<QString> JsonFile::moveAside(const QString &label, const Clock &clock) const
{
    const QString target = asidePath(label, clock);
    if (!QFile::rename(m_path, target))
        return Error(ErrorCode::FileError, Tr::tr("Could not move %1 aside to %2.").arg(m_path, target));
    return target;
}

Result<QString> JsonFile::copyAside(const QString &label, const Clock &clock) const
{
    const QString target = asidePath(label, clock);
    if (!QFile::copy(m_path, target))
        return Error(ErrorCode::FileError, Tr::tr("Could not copy %1 to %2.").arg(m_path, target));
    QFile::setPermissions(target, OwnerOnlyFile);
    return target;
}

} // namespace callout
