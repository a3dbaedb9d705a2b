// What any local program can send to the loopback proxy: bytes read as HTTP/1.1 requests
// (libhttp_parser with our limits), in two splits, each request head judged by the proxy's rules.
// Invariants: the splits agree; a forwarded request names a credential and never carries the
// caller's credentials or hop-by-hop headers upstream; a refused one forwards nothing.
#include "FuzzSupport.h"
#include "callout/agent/HttpRequestReader.h"
#include "callout/agent/ProxyRequestRules.h"

#include <cstdio>

using namespace callout;

namespace {

using State = HttpRequestReader::State;

const QByteArray Secret = "fuzz-secret-fuzz-secret-fuzz-secret-fuzz-se";
constexpr quint16 Port = 8080;

void checkVerdict(const HttpRequest &request)
{
    const ProxyVerdict verdict = ProxyRequestRules(Secret, Port).check(request);
    if (!verdict.forwards()) {
        if (!verdict.credential.isEmpty() || !verdict.headers.isEmpty())
            fuzz::fail("a refused request forwards something", request.target);
        return;
    }
    if (verdict.credential.isEmpty())
        fuzz::fail("a forwarded request without a credential", request.target);
    if (!request.target.startsWith("/callout/") || request.method == "CONNECT")
        fuzz::fail("a forwarded request outside /callout/", request.target);
    for (const auto &[name, value] : verdict.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "authorization" || lower == "cookie" || lower.startsWith("proxy-") || lower == "host"
            || lower == "connection" || lower == "transfer-encoding" || lower == "content-length"
            || lower == "callout-wait")
            fuzz::fail("a header that must not go upstream", name);
    }
}

// Every request in `input`, fed `step` bytes at a time: what each one was (or the failure).
QList<QByteArray> readAll(const QByteArray &input, qsizetype step)
{
    HttpRequestReader reader(HttpRequestReader::Limits{20, 2048, 4096});
    QList<QByteArray> seen;
    bool checked = false;
    auto settle = [&](State state) {
        for (;;) {
            if (state == State::HeadRead && !checked) {
                checked = true;
                checkVerdict(reader.request());
                state = reader.feed({});
                continue;
            }
            if (state != State::Complete)
                return state;
            const HttpRequest &r = reader.request();
            seen.append(r.method + ' ' + r.target + ' ' + QByteArray::number(r.headers.size()) + ' '
                        + QByteArray::number(r.body.size()));
            checked = false;
            state = reader.next();
        }
    };
    for (qsizetype at = 0; at < input.size(); at += step) {
        if (settle(reader.feed(input.mid(at, step))) == State::Failed)
            break;
    }
    if (reader.state() == State::Failed)
        seen.append("failed " + QByteArray::number(reader.failureStatus()));
    return seen;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QList<QByteArray> whole = readAll(input, qMax<qsizetype>(1, input.size()));
    const QList<QByteArray> pieces = readAll(input, 3);
    if (whole != pieces) {
        std::fprintf(stderr, "whole: %s\nin pieces: %s\n", whole.join(" | ").constData(),
                     pieces.join(" | ").constData());
        fuzz::fail("the split changes what is read", input);
    }
    return 0;
}
