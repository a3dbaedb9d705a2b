#pragma once

#include "callout/core/Result.h"

#include <QList>

#include <functional>
#include <memory>

namespace callout {

// Runs asynchronous steps one after another; stops at the first failure. `done` gets the first
// error, or success after the last step.
using AsyncDone = std::function<void(Result<void>)>;
using AsyncStep = std::function<void(AsyncDone next)>;

inline void runInSequence(QList<AsyncStep> steps, AsyncDone done)
{
    auto remaining = std::make_shared<QList<AsyncStep>>(std::move(steps));
    auto runNext = std::make_shared<std::function<void()>>();
    *runNext = [remaining, done = std::move(done), weakNext = std::weak_ptr(runNext)]() {
        if (remaining->isEmpty()) {
            done({});
            return;
        }
        const AsyncStep step = remaining->takeFirst();
        step([done, next = weakNext.lock()](const Result<void> &result) {
            if (!result.ok())
                done(result);
            else if (next)
                (*next)();
        });
    };
    // The chain owns itself through the step callbacks (each holds `next`): they keep it alive while
    // steps are pending.
    (*runNext)();
}

} // namespace callout
