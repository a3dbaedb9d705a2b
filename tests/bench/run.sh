#!/bin/bash
# Callout's performance figures in one table, each beside a reference measured in the same run
# (issue 17). Not part of the test suite: numbers are printed, not asserted; a missed target shows
# "no" in the "met" column. Builds its own benchmark programs, then in one private session (own
# HOME, D-Bus session, unlocked gnome-keyring, the test OAuth server, a tiny keep-alive upstream,
# a real agent) measures:
#   1. `calloutctl token NAME` (valid token, whole process) vs `secret-tool lookup` of a secret of
#      the same size from the same keyring, with the process-start floors (an empty QtCore program,
#      a plain C++ program); medians of fork/exec runs, round-robin (bench_exec);
#   2. the Qt client library (CalloutNetworkAccessManager) vs a plain QNetworkAccessManager with the
#      Authorization header set by hand, same upstream, 1 and 8 in flight (callout_bench throughput);
#   3. the loopback proxy's added latency, p50 and p99, 1 and 8 connections, vs direct (wrk);
#   4. refresh storms: 100, 1,000 (and with --full 10,000) calls at once on a token the API refuses
#      -> refresh requests (target 1) and the time against one call that needs one refresh.
# Then the rows of tests/bench/scale.sh (if present and executable), run with the same BUILD and size.
#
#   tests/bench/run.sh [--quick | --full] [--tsv] [--no-scale]
#     --quick   the default (a few minutes); --full  more repetitions, longer wrk runs, 10,000-call storm
#     --no-scale  rows 1-4 only (not tests/bench/scale.sh)
#     --tsv     print only the raw rows: ROW, figure, value, unit, reference, reference value,
#               ratio or difference, target, met (yes/no/-), runs (tab-separated; "-" when empty)
#   BUILD (or CALLOUT_BUILD_DIR): a configured build folder; default build/default (the README's build)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

# One row: figure value unit reference reference-value ratio-or-difference target met runs.
row() {
    local IFS=$'\t'
    echo "ROW$IFS$*" >>"$BENCH_ROWS"
}
ms() { awk -v us="$1" 'BEGIN { printf "%.3f", us / 1000 }'; }
thousands() { sed ':a; s/\B[0-9]\{3\}\>/,&/; ta' <<<"$1"; }
# ratio A B: "A/B×"; meets OP LIMIT VALUE: yes or no.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }
meets() { awk -v op="$1" -v l="$2" -v v="${3%x}" 'BEGIN { m = op == "<=" ? v <= l : op == ">=" ? v >= l : op == "<" ? v < l : v == l; print m ? "yes" : "no" }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The measuring part: run by the part at the end inside `dbus-run-session` with a private HOME and
# XDG_RUNTIME_DIR; appends ROW lines to $BENCH_ROWS (not stdout: the daemons started here keep their
# stdout open after the session ends), progress on stderr.
in_session() {
    local build="$BENCH_BUILD" exec_runs requests rounds wrk_seconds wrk_runs storms
    local ctl="$BENCH_BUILD/app/calloutctl" bench="$BENCH_BUILD/tests/bench/callout_bench"
    local timer="$BENCH_BUILD/tests/bench/bench_exec"
    if [ "$BENCH_SIZE" = full ]; then
        exec_runs=1000 requests=3000 rounds=7 wrk_seconds=10 wrk_runs=5 storms="100 1000 10000"
    else
        exec_runs=200 requests=1000 rounds=5 wrk_seconds=5 wrk_runs=3 storms="100 1000"
    fi
    servers=() # global: stop() runs at exit
    stop() {
        kill "${servers[@]}" 2>/dev/null || true
        for pid in $(pgrep -x callout || true) $(pgrep -x gnome-keyring-d || true); do
            if grep -qz "XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR" "/proc/$pid/environ" 2>/dev/null; then kill "$pid"; fi
        done
    }
    trap stop EXIT
    echo -n bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    node "$root/tests/server/server.mjs" --port-file "$XDG_RUNTIME_DIR/port" >/dev/null 2>&1 &
    servers+=($!)
    # The upstream for rows 2 and 3: the same small JSON answer to every request, keep-alive.
    node -e '
        const http = require("http");
        const body = JSON.stringify({ ok: true, items: [1, 2, 3] });
        const s = http.createServer((req, res) => {
            req.resume();
            req.on("end", () => res.end(body));
            res.setHeader("Content-Type", "application/json");
            res.setHeader("Content-Length", Buffer.byteLength(body));
        });
        s.keepAliveTimeout = 60000;
        s.listen(0, "127.0.0.1", () => require("fs").writeFileSync(process.argv[1], String(s.address().port)));
    ' "$XDG_RUNTIME_DIR/upstream" &
    servers+=($!)
    for _ in $(seq 200); do [ -s "$XDG_RUNTIME_DIR/port" ] && [ -s "$XDG_RUNTIME_DIR/upstream" ] && break; sleep 0.05; done
    local issuer="http://127.0.0.1:$(cat "$XDG_RUNTIME_DIR/port")" up="http://127.0.0.1:$(cat "$XDG_RUNTIME_DIR/upstream")"

    # Up (the upstream; rows 1-3); Once1..3 (one refresh each: the agent takes a refusal of a token
    # it refreshed less than 2 minutes ago as a sign-in problem) and StormN (row 4) on the test
    # server's protected /api.
    local names=(Up Once1 Once2 Once3) credentials n
    for n in $storms; do names+=("Storm$n"); done
    credentials="$(printf '{"name":"Up","url":"%s","authProvider":"Bench"}' "$up")"
    for n in "${names[@]:1}"; do credentials+="$(printf ',{"name":"%s","url":"%s/api","authProvider":"Bench"}' "$n" "$issuer")"; done
    printf '{"authProviders":[{"name":"Bench","issuer":"%s","authorizeUrl":"%s/auth","tokenUrl":"%s/token","clientId":"public-client","defaultScopes":"openid api"}],"namedCredentials":[%s]}' \
        "$issuer" "$issuer" "$issuer" "$credentials" | "$ctl" import - >/dev/null
    echo "bench: signing in ${#names[@]} credentials" >&2
    for n in "${names[@]}"; do "$ctl" login "$n" --timeout 30 >/dev/null 2>&1; done

    # 1. calloutctl token against secret-tool lookup, and the process-start floors.
    echo "bench: 1. calloutctl token, $exec_runs runs each" >&2
    "$ctl" token Up | tr -d '\n' | secret-tool store --label="Callout bench" server callout-bench user bench
    local commands=(-- "$ctl" token Up -- secret-tool lookup server callout-bench user bench
        -- "$build/tests/bench/bench_floor_qtcore" -- "$build/tests/bench/bench_floor_cpp")
    "$timer" 5 "${commands[@]}" >/dev/null # warm up
    local ctl_us tool_us qt_us cpp_us runs
    { read -r ctl_us runs; read -r tool_us _; read -r qt_us _; read -r cpp_us _; } < <("$timer" "$exec_runs" "${commands[@]}")
    local r
    r="$(ratio "$ctl_us" "$tool_us")"
    row "calloutctl token NAME (valid token)" "$(ms "$ctl_us")" ms "secret-tool lookup, same-size secret" "$(ms "$tool_us")" \
        "$r" "<= 0.30x" "$(meets "<=" 0.30 "$r")" "$runs"
    row "  floor: empty QtCore program" "$(ms "$qt_us")" ms "secret-tool lookup" "$(ms "$tool_us")" "$(ratio "$qt_us" "$tool_us")" - - "$runs"
    row "  floor: plain C++ program" "$(ms "$cpp_us")" ms "secret-tool lookup" "$(ms "$tool_us")" "$(ratio "$cpp_us" "$tool_us")" - - "$runs"

    # 2. The Qt client library against a plain QNetworkAccessManager, same upstream.
    echo "bench: 2. client library throughput, $rounds rounds of $requests requests" >&2
    local c plain_rps callout_rps
    while read -r c plain_rps callout_rps runs; do
        r="$(ratio "$callout_rps" "$plain_rps")"
        row "client library throughput, $c in flight" "$callout_rps" "req/s" "plain QNAM, header set by hand" "$plain_rps" \
            "$r" ">= 0.90x" "$(meets ">=" 0.90 "$r")" "$runs"
    done < <("$ctl" token Up | "$bench" throughput callout:Up/items "$up/items" "$requests" "$rounds")

    # 3. The proxy's added latency (wrk --latency; percentiles converted to microseconds).
    echo "bench: 3. proxy latency, $wrk_runs x ${wrk_seconds}s per mode and connection count" >&2
    "$ctl" proxy on >/dev/null
    eval "$("$ctl" proxy-env)"
    local token
    token="$("$ctl" token Up)"
    pct() { awk -v p="$2" '$1 == p { v = $2; u = v; gsub(/[0-9.]/, "", u); sub(/[a-z]+$/, "", v)
        printf "%d", v * ((u == "us") ? 1 : (u == "ms") ? 1000 : (u == "s") ? 1000000 : 1) }' "$1"; }
    wrk_run() { # connections url header -> "p50 p99" in µs
        local out="$XDG_RUNTIME_DIR/wrk.txt"
        wrk --latency -t"$(($1 < 2 ? 1 : 2))" -c"$1" -d"${wrk_seconds}s" -H "$3" "$2" >"$out"
        echo "$(pct "$out" 50%) $(pct "$out" 99%)"
    }
    local proxied="$CALLOUT_PROXY_URL/Up/items" proxy_header="Proxy-Authorization: Bearer $CALLOUT_PROXY_SECRET"
    wrk -t1 -c8 -d2s -H "$proxy_header" "$proxied" >/dev/null # warm up: connections, token, recipe
    local i d50 d99 p50 p99
    for c in 1 8; do
        : >"$XDG_RUNTIME_DIR/direct" && : >"$XDG_RUNTIME_DIR/proxy"
        for i in $(seq "$wrk_runs"); do # alternating, so that drift hits both alike
            wrk_run "$c" "$up/items" "Authorization: Bearer $token" >>"$XDG_RUNTIME_DIR/direct"
            wrk_run "$c" "$proxied" "$proxy_header" >>"$XDG_RUNTIME_DIR/proxy"
        done
        d50="$(cut -d' ' -f1 "$XDG_RUNTIME_DIR/direct" | median)" d99="$(cut -d' ' -f2 "$XDG_RUNTIME_DIR/direct" | median)"
        p50="$(cut -d' ' -f1 "$XDG_RUNTIME_DIR/proxy" | median)" p99="$(cut -d' ' -f2 "$XDG_RUNTIME_DIR/proxy" | median)"
        local what="connection" && [ "$c" = 1 ] || what="connections"
        local added
        added="$(awk -v a="$p50" -v b="$d50" 'BEGIN { printf "%+.3f ms", (a - b) / 1000 }')"
        row "proxy latency p50, $c $what" "$(ms "$p50")" ms "direct, header set by hand" "$(ms "$d50")" \
            "$added" "< +0.5 ms" "$(meets "<" 0.5 "$(awk -v a="$p50" -v b="$d50" 'BEGIN { print (a - b) / 1000 }')")" "$wrk_runs"
        added="$(awk -v a="$p99" -v b="$d99" 'BEGIN { printf "%+.3f ms", (a - b) / 1000 }')"
        row "proxy latency p99, $c $what" "$(ms "$p99")" ms "direct, header set by hand" "$(ms "$d99")" \
            "$added" "< +2 ms" "$(meets "<" 2 "$(awk -v a="$p99" -v b="$d99" 'BEGIN { print (a - b) / 1000 }')")" "$wrk_runs"
    done

    # 4. Refresh storms. The agent refreshes ahead of expiry, so the test server ends the
    # credential's access token on demand (its refresh token stays good): the API refuses that token
    # as an expired one, and a retry with the new token is accepted. (Refusing the next N requests
    # instead would also refuse retries that overtake first attempts queued in Qt's 6 connections.)
    refuse() { # NAME
        curl -sf -XDELETE "$issuer/_test/log" >/dev/null
        "$ctl" token "$1" | jq -Rc '{token: .}' | curl -sf -XPOST "$issuer/_test/expire-token" --data-binary @- >/dev/null
    }
    refreshes() { curl -sf "$issuer/_test/log" | jq '[.[] | select(.endpoint == "token" and .grant_type == "refresh_token")] | length'; }
    local ms_ ok failed single
    single="$(for n in Once1 Once2 Once3; do
        refuse "$n"
        read -r ms_ ok failed < <("$bench" calls "callout:$n/me" 1)
        [ "$ok" = 1 ] && [ "$(refreshes)" = 1 ] || { echo "bench: a single call with a refresh failed" >&2; exit 1; }
        echo "$ms_"
    done | median)"
    local floor count
    for n in $storms; do
        count="$(thousands "$n")"
        refuse "Storm$n"
        read -r ms_ ok failed < <("$bench" calls "callout:Storm$n/me" "$n" || true)
        local refresh_count
        refresh_count="$(refreshes)"
        # The reference: what cannot be avoided, one refresh (in the single call's time) plus what the
        # upstream alone takes for the same requests (a first attempt and a retry each), through a
        # plain QNetworkAccessManager. Against the single call alone, N calls would measure the test
        # server's throughput, not the agent.
        read -r floor _ _ < <("$ctl" token "Storm$n" | "$bench" plain "$issuer/api/me" $((2 * n)))
        local reference
        reference="$(awk -v a="$single" -v b="$floor" 'BEGIN { print a + b }')"
        r="$(ratio "$ms_" "$reference")"
        row "refresh storm, $count calls" "$ms_" ms "one call with one refresh + floor" "$reference" "$r" "<= 1.50x" \
            "$(meets "<=" 1.5 "$r")" 1
        row "  refresh requests" "$refresh_count" - - - - "= 1" "$(meets "==" 1 "$refresh_count")" 1
        row "  calls failed" "$failed" - - - - "= 0" "$(meets "==" 0 "$failed")" 1
        row "  one call with one refresh" "$single" ms - - - - - 3
        row "  floor: plain QNAM, $(thousands $((2 * n))) requests at once" "$floor" ms - - - - - 1
    done
}

if [ "${1:-}" = --in-session ]; then
    in_session
    exit
fi

size=quick tsv=0 scale=1
for arg in "$@"; do
    case "$arg" in
    --quick | --full) size="${arg#--}" ;;
    --tsv) tsv=1 ;;
    --no-scale) scale=0 ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2 ;;
    esac
done
build="${BUILD:-${CALLOUT_BUILD_DIR:-$root/build/${CALLOUT_PRESET:-default}}}"
[ -f "$build/CMakeCache.txt" ] || { echo "bench: $build is not a configured build folder (cmake --preset default)" >&2; exit 2; }
build="$(cd "$build" && pwd)"
for tool in wrk secret-tool gnome-keyring-daemon dbus-run-session node curl jq; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is not installed (packaging/install-deps.sh)" >&2; exit 2; }
done
if [ -f "$root/tests/server/package-lock.json" ] && [ ! -d "$root/tests/server/node_modules" ]; then
    (cd "$root/tests/server" && npm ci --no-audit --no-fund >&2)
fi
cmake --build "$build" --target callout calloutctl callout_bench bench_exec bench_floor_cpp bench_floor_qtcore >&2 \
    || { echo "bench: the build failed" >&2; exit 1; }

load() { cut -d' ' -f1-3 /proc/loadavg; }
started="$(date -u '+%Y-%m-%d %H:%M:%S UTC')" load_before="$(load)"
rows="$(mktemp)"
trap 'rm -f "$rows"' EXIT

work="$(mktemp -d)"
chmod 700 "$work"
mkdir -m 700 "$work/home" "$work/runtime"
(
    trap 'rm -rf "$work"' EXIT
    export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" BROWSER="$root/tests/server/browser.sh"
    export BENCH_BUILD="$build" BENCH_SIZE="$size" BENCH_ROWS="$rows"
    unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
    dbus-run-session -- "$0" --in-session </dev/null >/dev/null
) || echo "bench: rows 1-4 stopped early (see above)" >&2
if [ "$scale" = 1 ] && [ -x "$here/scale.sh" ]; then
    BUILD="$build" CALLOUT_BUILD_DIR="$build" BENCH_SIZE="$size" "$here/scale.sh" "--$size" | grep $'^ROW\t' >>"$rows" || true
fi

if [ "$tsv" = 1 ]; then
    cat "$rows"
    exit
fi
echo "Callout benchmark (tests/bench/run.sh; development numbers unless the machine was otherwise idle)"
echo "date:     $started"
echo "command:  $0 $* (BUILD=$build, $size)"
echo "machine:  $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), kernel $(uname -r)"
echo "load:     $load_before before, $(load) after (1, 5, 15 min)"
echo
# One aligned table; "met" is "-" for floor and information rows.
awk -F'\t' '
    BEGIN { n = 1; split("figure|value|unit|reference|ref. value|ratio/diff.|target|met|runs", h, "|")
            for (i = 1; i <= 9; ++i) { cell[0, i] = h[i]; w[i] = length(h[i]) } }
    { for (i = 1; i <= 9; ++i) { cell[n, i] = $(i + 1); if (length($(i + 1)) > w[i]) w[i] = length($(i + 1)) } ++n }
    END { for (r = 0; r < n; ++r) {
            line = ""
            for (i = 1; i <= 9; ++i) {
                right = (i == 2 || i == 5 || i == 6 || i == 9)
                line = line sprintf("%" (right ? "" : "-") w[i] "s", cell[r, i]) (i < 9 ? "  " : "")
            }
            sub(/ +$/, "", line); print line
            if (r == 0) { gsub(/./, "-", line); print line }
        } }' "$rows"
[ -s "$rows" ] || { echo "bench: no rows (see the messages above)" >&2; exit 1; }
