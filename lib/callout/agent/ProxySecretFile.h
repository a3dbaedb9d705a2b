#pragma once

#include "callout/core/Result.h"

#include <QByteArray>
#include <QString>

namespace callout {

// The loopback proxy's secret in its file, e.g. $XDG_RUNTIME_DIR/callout/proxy.secret: 256 random
// bits (base64url), mode 0600, written atomically; removed when the proxy is turned off. Scripts
// read it with `calloutctl proxy-env`; only this user can.
class ProxySecretFile
{
public:
    explicit ProxySecretFile(QString path);

    const QString &path() const { return m_path; }
    // The secret in the file when it is one of ours (this user's, 0600, well-formed), so that a
    // restarted agent keeps the secret the running scripts hold; else a new one, written.
    Result<QByteArray> loadOrCreate();
    void remove();

    // What a well-formed secret looks like (also what calloutctl checks before printing one).
    static bool isWellFormed(const QByteArray &secret);

private:
    QString m_path;
};

} // namespace callout
