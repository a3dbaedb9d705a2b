#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace callout {

// application/x-www-form-urlencoded, the encoding of every OAuth parameter (RFC 6749 Appendix B),
// of the client id and secret in client_secret_basic (RFC 6749 §2.3.1) and of revocation requests
// (RFC 7009), serialized as the WHATWG URL standard does (the same bytes as URLSearchParams):
// UTF-8, then ASCII letters, digits and `*-._` as they are, a space as '+', every other byte as
// %XX with upper-case hex. "a+b c/é" → "a%2Bb+c%2F%C3%A9".
QByteArray formUrlEncode(const QString &value);

// The inverse for one name or value: '+' is a space, %XX a byte, the bytes UTF-8.
QString formUrlDecode(QByteArrayView encoded);

} // namespace callout
