#pragma once

#include "callout/core/Result.h"

#include <QObject>
#include <QTest>

#include <functional>
#include <optional>

namespace callout::test {

// One asynchronous Result<T> a test waits for: hand context() and callback() to the call, then
// wait() (or QTRY_VERIFY(x.arrived()) and result()). An answer that never comes is a recorded
// failure and an error result, never a success.
template<typename T> class Awaited
{
public:
    QObject *context() { return &m_context; }
    std::function<void(Result<T>)> callback()
    {
        return [this](Result<T> result) { m_result.emplace(std::move(result)); };
    }
    bool arrived() const { return m_result.has_value(); }
    const Result<T> &result() const { return *m_result; }

    const Result<T> &wait(int timeoutMs = 20000)
    {
        if (!QTest::qWaitFor([this] { return arrived(); }, timeoutMs)) {
            const QString message = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
            QTest::qFail(qPrintable(message), __FILE__, __LINE__);
            m_result.emplace(Error(ErrorCode::ProtocolError, message));
        }
        return *m_result;
    }

private:
    QObject m_context;
    std::optional<Result<T>> m_result;
};

} // namespace callout::test
