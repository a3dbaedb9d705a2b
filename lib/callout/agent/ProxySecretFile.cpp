#include "callout/agent/ProxySecretFile.h"

#include "callout/oauth/OAuthRandom.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::ProxySecretFile)
};

constexpr int SecretBytes = 32;        // 256 bits; the issue asks for at least 128
constexpr qsizetype SecretLength = 43; // base64url of 32 bytes, no padding

Error fileError(const QString &path, int error)
{
    return Error(
        ErrorCode::FileError,
        Tr::tr("Could not write the proxy's secret to %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
}

// Written beside the file and renamed over it: a reader sees the old secret or the new one, whole.
Result<void> writeAtomically(const QString &path, const QByteArray &contents)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".tmp";
    ::unlink(temporary.constData());
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return fileError(path, errno);
    const bool written = ::write(fd, contents.constData(), size_t(contents.size())) == contents.size()
        && ::fchmod(fd, 0600) == 0 && ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!written || ::rename(temporary.constData(), target.constData()) != 0) {
        const int renameError = written ? errno : error;
        ::unlink(temporary.constData());
        return fileError(path, renameError);
    }
    return {};
}

} // namespace

ProxySecretFile::ProxySecretFile(QString path)
    : m_path(std::move(path))
{ }

bool ProxySecretFile::isWellFormed(const QByteArray &secret)
{
    return secret.size() == SecretLength && std::all_of(secret.begin(), secret.end(), [](char c) {
               return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                   || c == '_';
           });
}

Result<QByteArray> ProxySecretFile::loadOrCreate()
{
    struct stat status = {};
    const QByteArray name = QFile::encodeName(m_path);
    if (::lstat(name.constData(), &status) == 0 && S_ISREG(status.st_mode) && status.st_uid == ::getuid()
        && (status.st_mode & 0777) == 0600) {
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray secret = file.read(SecretLength + 2).trimmed();
            if (isWellFormed(secret))
                return secret;
        }
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const QByteArray secret = randomUrlSafeToken(SecretBytes);
    if (Result<void> written = writeAtomically(m_path, secret + '\n'); !written.ok())
        return written.error();
    return secret;
}

void ProxySecretFile::remove()
{
    QFile::remove(m_path);
}

} // namespace callout
