#include "callout/agent/HttpRequestReader.h"

#include <http_parser.h>

#include <mutex>

namespace callout {

namespace {

// The parser's own cap on a head; ours (Limits) is checked as well, and is lower.
constexpr uint32_t ParserMaxHeaderBytes = 80 * 1024;

// RFC 9110 §5.6.2: what a field name may hold.
bool isToken(const QByteArray &name)
{
    static constexpr QByteArrayView Specials = "!#$%&'*+-.^_`|~";
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || Specials.contains(c);
    });
}

bool hasForbiddenByte(const QByteArray &bytes)
{
    return bytes.contains('\r') || bytes.contains('\n') || bytes.contains('\0');
}

} // namespace

QList<QByteArray> HttpRequest::values(const QByteArray &name) const
{
    QList<QByteArray> found;
    for (const auto &[header, value] : headers) {
        if (header.compare(name, Qt::CaseInsensitive) == 0)
            found.append(value);
    }
    return found;
}

struct HttpRequestReader::Parser {
    http_parser parser = {};
    http_parser_settings settings = {};

    static HttpRequestReader &reader(http_parser *p) { return *static_cast<HttpRequestReader *>(p->data); }

    static void finishHeader(HttpRequestReader &r)
    {
        if (!r.m_inValue)
            return;
        r.m_request.headers.append({std::exchange(r.m_headerName, {}), std::exchange(r.m_headerValue, {})});
        r.m_inValue = false;
    }

    Parser(HttpRequestReader *owner)
    {
        http_parser_init(&parser, HTTP_REQUEST);
        parser.data = owner;
        settings.on_url = [](http_parser *p, const char *at, size_t length) {
            reader(p).m_request.target.append(at, qsizetype(length));
            return 0;
        };
        settings.on_header_field = [](http_parser *p, const char *at, size_t length) {
            HttpRequestReader &r = reader(p);
            finishHeader(r);
            r.m_headerName.append(at, qsizetype(length));
            return 0;
        };
        settings.on_header_value = [](http_parser *p, const char *at, size_t length) {
            HttpRequestReader &r = reader(p);
            r.m_inValue = true;
            r.m_headerValue.append(at, qsizetype(length));
            return 0;
        };
        settings.on_headers_complete = [](http_parser *p) { return reader(p).headersComplete(p); };
        settings.on_body = [](http_parser *p, const char *at, size_t length) {
            HttpRequestReader &r = reader(p);
            if (r.m_request.body.size() + qint64(length) > r.m_limits.maxBodyBytes) {
                r.m_failureStatus = 413;
                return 1;
            }
            r.m_request.body.append(at, qsizetype(length));
            return 0;
        };
        settings.on_message_complete = [](http_parser *p) {
            reader(p).m_state = State::Complete;
            http_parser_pause(p, 1); // the next request waits for next()
            return 0;
        };
    }
};

HttpRequestReader::HttpRequestReader()
    : HttpRequestReader(Limits{})
{ }

HttpRequestReader::HttpRequestReader(const Limits &limits)
    : m_limits(limits)
    , m_parser(std::make_unique<Parser>(this))
{
    static std::once_flag once;
    std::call_once(once, [] { http_parser_set_max_header_size(ParserMaxHeaderBytes); });
}

HttpRequestReader::~HttpRequestReader() = default;

int HttpRequestReader::headersComplete(http_parser *p)
{
    Parser::finishHeader(*this);
    // Counted once the head is complete (it is bounded by maxHeaderBytes meanwhile), so that the verdict
    // does not depend on where the bytes were split.
    if (m_request.headers.size() > m_limits.maxHeaders) {
        m_failureStatus = 431;
        return -1;
    }
    m_request.method = http_method_str(http_method(p->method));
    m_request.versionMinor = p->http_major == 1 ? int(p->http_minor) : -1;
    m_request.keepAlive = http_should_keep_alive(p) != 0;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        // Folded or smuggled lines: refused rather than guessed at (RFC 9112 §5.2).
        if (!isToken(name) || hasForbiddenByte(value) || value.startsWith(' ') || value.startsWith('\t')) {
            m_failureStatus = 400;
            return -1;
        }
        if (name.compare("Expect", Qt::CaseInsensitive) == 0)
            m_request.expectsContinue = value.trimmed().compare("100-continue", Qt::CaseInsensitive) == 0;
    }
    if (p->http_major != 1) {
        m_failureStatus = 505;
        return -1;
    }
    if ((p->flags & F_CONTENTLENGTH) != 0) {
        m_announcedLength = qint64(std::min<uint64_t>(p->content_length, uint64_t(std::numeric_limits<qint64>::max())));
        if (m_announcedLength > m_limits.maxBodyBytes) {
            m_failureStatus = 413;
            return -1;
        }
    }
    m_state = State::HeadRead;
    http_parser_pause(p, 1); // the caller looks at the head before any of the body is read
    return 0;
}

HttpRequestReader::State HttpRequestReader::feed(const QByteArray &bytes)
{
    if (m_state == State::Failed)
        return m_state;
    m_pending.append(bytes);
    if (m_state == State::Complete)
        return m_state;
    const QByteArray data = std::exchange(m_pending, {});
    return execute(data.constData(), data.size());
}

HttpRequestReader::State HttpRequestReader::execute(const char *data, qsizetype size)
{
    if (size == 0) // an empty buffer would mean the end of the connection to the parser
        return m_state;
    qsizetype offset = 0;
    do {
        // The head's limit counts raw bytes, and the parser never sees more of the head than that: the
        // verdict on a request is then the same however its bytes arrive.
        qsizetype length = size - offset;
        const bool inHead = m_state == State::ReadingHead;
        if (inHead) {
            const qint64 room = m_limits.maxHeaderBytes - m_headBytes;
            if (room <= 0) {
                fail(431);
                return m_state;
            }
            length = qsizetype(qMin<qint64>(length, room));
        }
        http_parser_pause(&m_parser->parser, 0);
        const size_t parsed
            = http_parser_execute(&m_parser->parser, &m_parser->settings, data + offset, size_t(length));
        offset += qsizetype(parsed);
        if (inHead)
            m_headBytes += qint64(parsed);
        const http_errno error = HTTP_PARSER_ERRNO(&m_parser->parser);
        if (error == HPE_PAUSED) {
            m_pending = QByteArray(data + offset, size - offset);
            return m_state;
        }
        if (error != HPE_OK) {
            fail(m_failureStatus != 0 ? m_failureStatus : error == HPE_INVALID_TRANSFER_ENCODING ? 501 : 400);
            return m_state;
        }
        // An upgrade (or CONNECT) stops the parser after its head: nothing after it is read.
        if (m_parser->parser.upgrade != 0 && m_state != State::Complete) {
            m_state = State::Complete;
            return m_state;
        }
    } while (offset < size && m_state != State::Complete);
    return m_state;
}

HttpRequestReader::State HttpRequestReader::next()
{
    if (m_state != State::Complete)
        return m_state;
    if (m_parser->parser.upgrade != 0) { // nothing can follow an upgrade on this connection
        fail(400);
        return m_state;
    }
    m_state = State::ReadingHead;
    m_request = {};
    m_headBytes = 0;
    m_announcedLength = -1;
    const QByteArray data = std::exchange(m_pending, {});
    return data.isEmpty() ? m_state : execute(data.constData(), data.size());
}

void HttpRequestReader::fail(int status)
{
    m_state = State::Failed;
    m_failureStatus = status;
    m_pending.clear();
}

} // namespace callout
