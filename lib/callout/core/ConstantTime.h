#pragma once

#include <QByteArray>

namespace callout {

// Compares without an early exit, so timing does not reveal how much of a secret (a sign-in's state,
// the proxy's secret) matched. The length is no secret: both are of a fixed size.
inline bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace callout
