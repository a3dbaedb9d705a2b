#include "callout/oauth/FormEncoding.h"

namespace callout {

QByteArray formUrlEncode(const QString &value)
{
    // Qt leaves the RFC 3986 unreserved set (letters, digits, -._~) as it is: keep '*' and ' ' as
    // well, encode '~', then write the space as '+'.
    QByteArray encoded = value.toUtf8().toPercentEncoding(QByteArrayLiteral("* "), QByteArrayLiteral("~"));
    encoded.replace(' ', '+');
    return encoded;
}

QString formUrlDecode(QByteArrayView encoded)
{
    QByteArray bytes = encoded.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

} // namespace callout
