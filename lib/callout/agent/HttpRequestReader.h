#pragma once

#include "calloutclient/CallRecipe.h"

#include <QByteArray>

#include <memory>

struct http_parser;

namespace callout {

// One HTTP/1.x request as the proxy received it: its head, then its body.
struct HttpRequest {
    QByteArray method;    // "GET", "POST", … (upper case, as the parser knows them)
    QByteArray target;    // the request-target, as sent
    int versionMinor = 1; // HTTP/1.<minor>
    HeaderList headers;   // in order, names as sent
    QByteArray body;
    bool keepAlive = true;        // the client wants the connection kept (version and Connection)
    bool expectsContinue = false; // Expect: 100-continue

    // The values of every header called `name` (case-insensitive), in order.
    QList<QByteArray> values(const QByteArray &name) const;
};

// Reads requests from a connection's bytes with libhttp_parser (Node's former parser, strict),
// one at a time: after a complete request it stops and keeps whatever follows (a pipelined next
// request) until next() is called. Limits: header count and size (431), body size (413, told as
// soon as Content-Length says so). Transport-free, so it is unit-tested and fuzzed without sockets.
class HttpRequestReader
{
public:
    struct Limits {
        int maxHeaders = 100;
        qint64 maxHeaderBytes = qint64(64) * 1024; // request line and headers together
        qint64 maxBodyBytes = qint64(32) * 1024 * 1024;
    };
    enum class State {
        ReadingHead, // more bytes needed for the head
        HeadRead,    // head() is complete; the body follows (feed more, or refuse now)
        Complete,    // request() is complete
        Failed,      // failureStatus() says what to answer; the connection cannot be used any more
    };

    HttpRequestReader();
    explicit HttpRequestReader(const Limits &limits);
    ~HttpRequestReader();
    HttpRequestReader(const HttpRequestReader &) = delete;
    HttpRequestReader &operator=(const HttpRequestReader &) = delete;

    // Takes the next bytes of the connection; returns the state after them. Bytes fed after the
    // request is complete are kept for the next one.
    State feed(const QByteArray &bytes);
    State state() const { return m_state; }
    // The request read so far: its head from HeadRead on, its body once Complete.
    const HttpRequest &request() const { return m_request; }
    // 400 malformed, 413 body too large, 431 headers too large, 501 unknown transfer coding.
    int failureStatus() const { return m_failureStatus; }
    // Starts on the next request (after the answer to this one), with the bytes kept so far.
    State next();
    // The body's announced length (Content-Length), or -1 (chunked or none announced).
    qint64 announcedBodyLength() const { return m_announcedLength; }

private:
    struct Parser;
    friend struct Parser;
    State execute(const char *data, qsizetype size);
    int headersComplete(http_parser *p);
    void fail(int status);

    Limits m_limits;
    std::unique_ptr<Parser> m_parser;
    State m_state = State::ReadingHead;
    int m_failureStatus = 0;
    HttpRequest m_request;
    QByteArray m_pending; // bytes after a complete request
    qint64 m_headBytes = 0;
    qint64 m_announcedLength = -1;
    QByteArray m_headerName;
    QByteArray m_headerValue;
    bool m_inValue = false;
};

} // namespace callout
