#!/bin/bash
# Builds the libFuzzer targets (preset fuzz: clang, ASan + UBSan) and runs each for a bounded time
# from its committed seed corpus (tests/fuzz/corpus/<target>/) with its dictionary. Fails on any
# crash, leak, sanitizer report or timeout; the input that caused it is kept and named.
# New corpus entries go to a temporary folder, never into the repository.
#
#   tests/fuzz/run.sh            # every target, 60 s each
#   tests/fuzz/run.sh 600        # 10 minutes each
#   tests/fuzz/run.sh 60 fuzz_localapi fuzz_tokenresponse   # some targets
#   CALLOUT_FUZZ_BUILD_DIR=build/h4-fuzz tests/fuzz/run.sh  # an already configured build folder
#   CALLOUT_FUZZ_ARTIFACTS=/tmp/crashes tests/fuzz/run.sh   # where crashing inputs go
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_tokenresponse fuzz_configimport fuzz_localapi fuzz_loopbackrequest
                                     fuzz_providerdiscovery fuzz_proxyrequest fuzz_calloutaddress)
cd "$root"

if [ -n "${CALLOUT_FUZZ_BUILD_DIR:-}" ]; then
    build_dir="$(cd "$CALLOUT_FUZZ_BUILD_DIR" && pwd)"
else
    cmake --preset fuzz >/dev/null
    build_dir="$root/build/fuzz"
fi
cmake --build "$build_dir" --target "${targets[@]}"

work="$(mktemp -d /tmp/callout-fuzz.XXXXXX)"
artifacts="${CALLOUT_FUZZ_ARTIFACTS:-$build_dir/fuzz-artifacts}"
mkdir -p "$artifacts"
trap 'rm -rf "$work"' EXIT

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/lsan-qt.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen

failed=()
for target in "${targets[@]}"; do
    corpus="$work/$target"
    mkdir -p "$corpus"
    # -max_len: the biggest real inputs are import documents and local API lines of a few KiB;
    # longer ones only slow the search down (the parsers' own size limits have unit tests).
    case "$target" in
        fuzz_configimport | fuzz_localapi) max_len=8192 ;;
        *) max_len=4096 ;;
    esac
    echo "::: $target: ${seconds} s"
    status=0
    # The temporary corpus first: libFuzzer writes new inputs to the first folder only.
    "$build_dir/tests/fuzz/$target" "$corpus" "tests/fuzz/corpus/$target" \
        -dict="tests/fuzz/$target.dict" -max_total_time="$seconds" -max_len="$max_len" \
        -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$artifacts/$target-" >"$work/$target.log" 2>&1 || status=$?
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)' "$work/$target.log" || true
    if [ $status -ne 0 ]; then
        failed+=("$target")
        tail -n 60 "$work/$target.log"
        echo "::: $target FAILED (exit $status); the input is in $artifacts/"
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "::: fuzzing found problems in: ${failed[*]}"
    exit 1
fi
echo "::: fuzzing: no crash, leak or sanitizer report in ${#targets[@]} targets"
