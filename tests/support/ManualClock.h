#pragma once

#include "callout/core/Clock.h"

namespace callout::test {

// A clock that moves only when the test says so.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC))
        : m_now(std::move(start))
    { }

    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(QDateTime time) { m_now = std::move(time); }

private:
    QDateTime m_now;
};

} // namespace callout::test
