#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// What every fuzz target of tests/fuzz shares: a Qt application, quiet logging, the input as Qt
// bytes and a way to report a broken invariant as a crash (libFuzzer keeps the input).
namespace callout::fuzz {

// Once per process, from LLVMFuzzerInitialize: a QCoreApplication (timers, queued calls and
// translations need one) and Qt messages dropped, since printing them costs more than the input.
// Fatal messages still abort.
void startQt(int *argc, char ***argv);

// The fuzzer's bytes, not copied and not NUL-terminated: a read past the end is an ASan report.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// An invariant of ours does not hold for this input: print why, then abort (a crash to libFuzzer).
[[noreturn]] void fail(const char *what, const QByteArray &detail = {});

} // namespace callout::fuzz
