#!/bin/bash
# Benchmark, issue 17 rows 5-7: the agent at scale and at idle, in one private session (its own HOME,
# session bus, unlocked gnome-keyring, Xvfb with a tray when installed, else QT_QPA_PLATFORM=offscreen).
#   5. With 10,000 named credentials (in-memory keychain: Callout's cost, not gnome-keyring's):
#      configuration load, agent start to ready (`list` answered), settings window first paint,
#      idle resident memory against a bare Qt Widgets tray app with NetworkAuth and QtKeychain;
#      and gnome-keyring itself: `secret-tool lookup` with 10 and 1,000 items stored.
#   6. Idle with 1,000 signed-in, unused credentials: voluntary context switches per 60 s and
#      which timers fire.
#   7. (--full) rows 5 and 6 at 100, 1,000 and 10,000 credentials, with the ratio per step.
# Rows go to stdout, tab-separated (tests/bench/run.sh collects them):
#   ROW figure value unit reference reference-value ratio target met runs
# Progress goes to stderr.
#
#   tests/bench/scale.sh [--quick] [--full] [--idle-seconds S] [--runs R]
#     --quick   idle 10 s (scaled to per 60 s), 3 runs, keyring 10 and 200 items
#     --full    the growth series (row 7): 100, 1,000, 10,000 credentials, idle at each; keyring
#               also at 5,000 items
#   Build folder: $CALLOUT_BUILD_DIR, else build/default (the targets are built here).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

if [ -z "${CALLOUT_BENCH_SCALE_INNER:-}" ]; then
    idle_seconds=60 runs=5 full=0 keyring_sizes="10 1000"
    while [ $# -gt 0 ]; do
        case "$1" in
            --quick) idle_seconds=10 runs=3 keyring_sizes="10 200" ;;
            --full) full=1 ;;
            --idle-seconds) idle_seconds="$2"; shift ;;
            --runs) runs="$2"; shift ;;
            *) echo "usage: $0 [--quick] [--full] [--idle-seconds S] [--runs R]" >&2; exit 2 ;;
        esac
        shift
    done
    [ "$full" = 1 ] && keyring_sizes="$keyring_sizes 5000"
    build="${CALLOUT_BUILD_DIR:-$root/build/default}"
    [ -f "$build/CMakeCache.txt" ] || cmake --preset default >&2
    echo "scale: building callout_bench_scale callout_bench_baretray in $build" >&2
    cmake --build "$build" --target callout_bench_scale callout_bench_baretray >&2
    work="$(mktemp -d /tmp/callout-scale.XXXXXX)"
    chmod 700 "$work"
    mkdir -m 700 "$work/home" "$work/runtime"
    trap 'rm -rf "$work"' EXIT
    unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
    export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" WORK="$work" CALLOUT_BENCH_SCALE_INNER=1
    export BENCH="$build/tests/bench/callout_bench_scale" BARE="$build/tests/bench/callout_bench_baretray"
    export IDLE_SECONDS="$idle_seconds" RUNS="$runs" FULL="$full" KEYRING_SIZES="$keyring_sizes"
    exec dbus-run-session -- "${BASH_SOURCE[0]}"
fi

# ---- inside the private session -----------------------------------------------------------------
log() { echo "scale: $*" >&2; }
row() { # figure value unit reference reference-value ratio target met runs
    local IFS=$'\t'
    echo "ROW${IFS}$*"
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "yes" : "no" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f\n", a / b; else print "-" }'; }
count_label() { sed ':a; s/\B[0-9]\{3\}\>/,&/; ta' <<<"$1"; } # 10000 -> 10,000 in any locale
rss_mib() { awk '/^VmRSS:/ { printf "%.1f\n", $2 / 1024 }' "/proc/$1/status"; }
# Voluntary switches: of the main thread (/proc/PID/status) and of all threads.
ctx_main() { awk '/^voluntary_ctxt_switches:/ { print $2 }' "/proc/$1/status"; }
ctx_all() { cat /proc/"$1"/task/*/status 2>/dev/null | awk '/^voluntary_ctxt_switches:/ { s += $2 } END { print s }'; }
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
export LC_NUMERIC=C

pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    # The keyring daemon of this session only (found by its private runtime folder).
    for pid in $(pgrep -x gnome-keyring-d || true); do
        if grep -qz "XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR" "/proc/$pid/environ" 2>/dev/null; then kill "$pid"; fi
    done
}
trap cleanup EXIT

echo -n bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null
platform="offscreen"
if command -v Xvfb >/dev/null; then
    exec 3>"$XDG_RUNTIME_DIR/display"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 100); do [ -s "$XDG_RUNTIME_DIR/display" ] && break; sleep 0.05; done
    export DISPLAY=":$(cat "$XDG_RUNTIME_DIR/display")"
    platform="Xvfb"
    if command -v trayer >/dev/null; then
        trayer --edge top --align right --widthtype request --height 24 --transparent false >"$WORK/trayer.log" 2>&1 &
        pids+=($!)
        platform="Xvfb + trayer"
        sleep 0.5
    fi
else
    export QT_QPA_PLATFORM=offscreen
fi
log "platform $platform; $RUNS runs per figure; idle ${IDLE_SECONDS} s"
socket="$XDG_RUNTIME_DIR/callout/agent.sock"

# One agent start: "ready-ms pid"; the agent keeps running (its report in $2).
start_agent() { # count report
    "$BENCH" ready 60000 "$socket" -- "$BENCH" agent "$WORK/n$1" "$1" --desktop --report "$2"
}

declare -A result # figure@count -> median, for the growth rows

# Row 5 at one count: load, ready, idle RSS (R agent starts), first paint (R windows).
scale_rows() {
    local n="$1" label loads=() readies=() rsses=() paints=() parses=() i out pid report
    label="$(count_label "$n") credentials"
    [ -d "$WORK/n$n" ] || "$BENCH" seed "$WORK/n$n" "$n"
    for i in $(seq "$RUNS"); do
        report="$WORK/report-$n-$i"
        out="$(start_agent "$n" "$report")"
        pid="${out#* }"
        pids+=("$pid")
        readies+=("${out% *}")
        sleep 2 # idle: what the agent holds once started
        rsses+=("$(rss_mib "$pid")")
        stop "$pid"
        loads+=("$(awk -F'\t' '$1 == "CONFIG-LOAD-MS" { print $2 }' "$report")")
        log "$label run $i: ready ${out% *} ms, load ${loads[-1]} ms, RSS ${rsses[-1]} MiB, tray $(awk -F'\t' '$1 == "TRAY-SHOWN" { print $2 }' "$report")"
    done
    for i in $(seq "$RUNS"); do
        paints+=("$("$BENCH" paint "$WORK/n$n" "$n")")
        parses+=("$("$BENCH" parse "$WORK/n$n")")
        log "$label paint $i: ${paints[-1]} ms; the files' bare parse: ${parses[-1]} ms"
    done
    local load ready rss paint parse
    load="$(printf '%s\n' "${loads[@]}" | median)"
    ready="$(printf '%s\n' "${readies[@]}" | median)"
    rss="$(printf '%s\n' "${rsses[@]}" | median)"
    paint="$(printf '%s\n' "${paints[@]}" | median)"
    parse="$(printf '%s\n' "${parses[@]}" | median)"
    result["load@$n"]=$load result["ready@$n"]=$ready result["rss@$n"]=$rss result["paint@$n"]=$paint
    row "configuration and sign-in state load ($label)" "$load" ms \
        "read + QJsonDocument parse of the same two files" "$parse" "$(ratio "$load" "$parse")x" "<= 100 ms" \
        "$(le "$load" 100)" "$RUNS"
    row "agent start to ready, list answered ($label, $platform)" "$ready" ms - - - "<= 1000 ms" \
        "$(le "$ready" 1000)" "$RUNS"
    row "settings window first paint ($label, $platform)" "$paint" ms - - - "<= 300 ms" "$(le "$paint" 300)" "$RUNS"
    row "agent resident memory at idle ($label, $platform)" "$rss" MiB "bare Qt tray app (NetworkAuth, QtKeychain)" \
        "$bare_rss" "$(ratio "$rss" "$bare_rss")x" "<= 60 MiB" "$(le "$rss" 60)" "$RUNS"
}

# Row 6 at one count: one agent, idle for IDLE_SECONDS after it settled; switches and timers.
idle_rows() {
    local n="$1" label out pid report main0 all0 main1 all1 per60 next
    label="$(count_label "$n") credentials"
    [ -d "$WORK/n$n" ] || "$BENCH" seed "$WORK/n$n" "$n"
    report="$WORK/idle-$n"
    out="$(start_agent "$n" "$report")"
    pid="${out#* }"
    pids+=("$pid")
    sleep 3 # past start-up (the first paint of the tray, the file watcher's settle)
    kill -USR1 "$pid"
    sleep 0.2
    main0="$(ctx_main "$pid")" all0="$(ctx_all "$pid")"
    log "$label: idle for ${IDLE_SECONDS} s"
    sleep "$IDLE_SECONDS"
    main1="$(ctx_main "$pid")" all1="$(ctx_all "$pid")"
    kill -USR1 "$pid"
    for _ in $(seq 50); do grep -q '^TIMERS-DONE' "$report" 2>/dev/null && break; sleep 0.1; done
    stop "$pid"
    per60="$(awk -v d=$((main1 - main0)) -v s="$IDLE_SECONDS" 'BEGIN { printf "%.0f\n", d * 60 / s }')"
    result["ctx@$n"]=$per60
    row "idle voluntary context switches per 60 s, main thread ($label)" "$per60" switches - - - "<= 60" \
        "$(le "$per60" 60)" 1
    row "idle voluntary context switches per 60 s, all threads ($label)" \
        "$(awk -v d=$((all1 - all0)) -v s="$IDLE_SECONDS" 'BEGIN { printf "%.0f\n", d * 60 / s }')" switches - - - - - 1
    next="$(awk -F'\t' '$1 == "NEXT-REFRESH" { print $2 }' "$report")"
    row "idle: next refresh the agent scheduled ($label, unused)" "$next" - - - - - - 1
    # Every timer that fired in the window, per 60 s. None may fire more often than the next
    # refresh needs: with no refresh due, any periodic timer is a wake-up the idle agent pays for.
    local fired=0
    while IFS=$'\t' read -r _ what count window_ms; do
        fired=1
        row "idle timer fires per 60 s: $what ($label)" \
            "$(awk -v c="$count" -v w="$window_ms" 'BEGIN { printf "%.1f\n", c * 60000 / w }')" fires - - - - - 1
    done < <(grep '^TIMER	' "$report" || true)
    [ "$fired" = 1 ] || row "idle timer fires per 60 s, all timers ($label)" 0 fires - - - - - 1
}

# The reference for memory: a bare tray app, same platform, same settle time.
bare=()
for i in $(seq "$RUNS"); do
    "$BARE" >"$WORK/bare.out" &
    pid=$!
    pids+=("$pid")
    sleep 2
    bare+=("$(rss_mib "$pid")")
    stop "$pid"
done
bare_rss="$(printf '%s\n' "${bare[@]}" | median)"
log "bare tray app: RSS $bare_rss MiB (tray shown: $(cut -f2 "$WORK/bare.out"))"

if [ "$FULL" = 1 ]; then
    counts="100 1000 10000"
    idle_counts="100 1000 10000"
else
    counts="10000"
    idle_counts="1000"
fi
for n in $counts; do scale_rows "$n"; done
for n in $idle_counts; do idle_rows "$n"; done

# Row 7: each step's cost ratio against the count's (10x): linear or better is a ratio <= 10.
if [ "$FULL" = 1 ]; then
    for figure in load ready paint rss ctx; do
        prev=""
        for n in $counts; do
            if [ -n "$prev" ] && [ "${result[$figure@$prev]}" = 0 ]; then
                # No idle wake-ups at the smaller count: none at the larger is the only way to stay flat.
                row "growth of $figure, $(count_label "$prev") -> $(count_label "$n") credentials" \
                    "0 -> ${result[$figure@$n]}" - - - - "stays 0" \
                    "$([ "${result[$figure@$n]}" = 0 ] && echo yes || echo no)" "$RUNS"
            elif [ -n "$prev" ]; then
                r="$(ratio "${result[$figure@$n]}" "${result[$figure@$prev]}")"
                row "growth of $figure, $(count_label "$prev") -> $(count_label "$n") credentials" "$r" x \
                    "credentials ratio" "$((n / prev))" - "<= $((n / prev))x (linear or better)" \
                    "$(le "$r" "$((n / prev))")" "$RUNS"
            fi
            prev="$n"
        done
    done
fi

# gnome-keyring itself: `secret-tool lookup` of one item with more and more items stored.
service="callout-bench-items"
echo -n "$(printf 'k%.0s' $(seq 64))" | secret-tool store --label=bench server callout-bench user bench
stored=0 first_ms=""
for size in $KEYRING_SIZES; do
    log "keyring: storing $size items"
    [ "$size" -gt "$((stored + 1))" ] && "$BENCH" keyring-seed "$service" "$stored" "$((size - 1))"
    stored=$((size - 1))
    times=()
    for _ in $(seq 30); do
        s=$EPOCHREALTIME
        secret-tool lookup server callout-bench user bench >/dev/null
        e=$EPOCHREALTIME
        times+=("$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.2f\n", (e - s) * 1000 }')")
    done
    ms="$(printf '%s\n' "${times[@]}" | median)"
    if [ -z "$first_ms" ]; then
        first_ms="$ms" first_size="$size"
        row "secret-tool lookup, $(count_label "$size") items in the keyring" "$ms" ms - - - - - 30
    else
        row "secret-tool lookup, $(count_label "$size") items in the keyring" "$ms" ms \
            "same, $(count_label "$first_size") items" "$first_ms" "$(ratio "$ms" "$first_ms")x" - - 30
    fi
done
