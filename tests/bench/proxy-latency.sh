#!/bin/bash
# Benchmark: the loopback proxy's added latency. wrk against a tiny local upstream (node, a fixed
# small JSON answer) directly and through `http://127.0.0.1:PORT/callout/Bench/...`, at 1 and 8
# connections, in one private session (real keyring, real agent, the real OAuth server for the
# token). Prints p50/p99 of each run and the difference (target: p50 < 0.5 ms, p99 < 2 ms added).
# The direct run sends an Authorization header by hand, as the proxy adds the credential's.
#   tests/bench/proxy-latency.sh [seconds per run]      (build first: cmake --build --preset default)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-10}"
ctl="${CALLOUTCTL:-$root/build/${CALLOUT_PRESET:-default}/app/calloutctl}"
[ -x "$ctl" ] || { echo "bench: build first ($ctl missing)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "bench: wrk is not installed (packaging/install-deps.sh)" >&2; exit 2; }
work="$(mktemp -d)"; chmod 700 "$work"; mkdir -m 700 "$work/home" "$work/runtime"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" BROWSER="$root/tests/server/browser.sh"
unset DISPLAY WAYLAND_DISPLAY
export ROOT="$root" CTL="$ctl" SECONDS_PER_RUN="$seconds"
dbus-run-session -- bash -c '
    set -euo pipefail
    echo -n bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    node "$ROOT/tests/server/server.mjs" --port-file "$XDG_RUNTIME_DIR/port" 2>/dev/null & server=$!
    # The upstream: the same small answer to every request, keep-alive.
    node -e "
        const http = require(\"http\");
        const body = JSON.stringify({ ok: true, items: [1, 2, 3] });
        const s = http.createServer((req, res) => {
            req.resume();
            req.on(\"end\", () => res.end(body));
            res.setHeader(\"Content-Type\", \"application/json\");
            res.setHeader(\"Content-Length\", Buffer.byteLength(body));
        });
        s.keepAliveTimeout = 60000;
        s.listen(0, \"127.0.0.1\", () => require(\"fs\").writeFileSync(process.argv[1], String(s.address().port)));
    " "$XDG_RUNTIME_DIR/upstream" & upstream=$!
    for _ in $(seq 100); do [ -s "$XDG_RUNTIME_DIR/port" ] && [ -s "$XDG_RUNTIME_DIR/upstream" ] && break; sleep 0.05; done
    issuer="http://127.0.0.1:$(cat "$XDG_RUNTIME_DIR/port")"
    up="http://127.0.0.1:$(cat "$XDG_RUNTIME_DIR/upstream")"
    printf "{\"authProviders\":[{\"name\":\"Bench\",\"issuer\":\"%s\",\"authorizeUrl\":\"%s/auth\",\"tokenUrl\":\"%s/token\",\"clientId\":\"public-client\",\"defaultScopes\":\"openid api\"}],\"namedCredentials\":[{\"name\":\"Bench\",\"url\":\"%s\",\"authProvider\":\"Bench\"}]}" \
        "$issuer" "$issuer" "$issuer" "$up" | "$CTL" import - >/dev/null
    "$CTL" login Bench --timeout 30 2>/dev/null
    "$CTL" proxy on >/dev/null
    eval "$("$CTL" proxy-env)"
    token="$("$CTL" token Bench)"
    # wrk --latency percentiles in microseconds.
    pct() { awk -v p="$2" "\$1 == p { v = \$2; u = v; gsub(/[0-9.]/, \"\", u); sub(/[a-z]+$/, \"\", v);
        f = (u == \"us\") ? 1 : (u == \"ms\") ? 1000 : (u == \"s\") ? 1000000 : 1; printf \"%d\", v * f }" "$1"; }
    run() { # name connections url header
        local out="$XDG_RUNTIME_DIR/$1-$2.txt" threads=$(( $2 < 2 ? 1 : 2 ))
        wrk --latency -t"$threads" -c"$2" -d"${SECONDS_PER_RUN}s" -H "$4" "$3" >"$out"
        echo "$(pct "$out" 50%) $(pct "$out" 99%) $(awk "/Requests\/sec/ { printf \"%d\", \$2 }" "$out")"
    }
    # Warm up (connections, the token, the recipe cache).
    wrk -t1 -c8 -d2s -H "Proxy-Authorization: Bearer $CALLOUT_PROXY_SECRET" "$CALLOUT_PROXY_URL/Bench/items" >/dev/null
    printf "%-12s %12s %12s %10s %12s %12s %10s %12s %12s\n" connections "direct p50" "direct p99" "direct r/s" \
        "proxy p50" "proxy p99" "proxy r/s" "added p50" "added p99"
    for c in 1 8; do
        read -r d50 d99 drps <<<"$(run direct "$c" "$up/items" "Authorization: Bearer $token")"
        read -r p50 p99 prps <<<"$(run proxy "$c" "$CALLOUT_PROXY_URL/Bench/items" "Proxy-Authorization: Bearer $CALLOUT_PROXY_SECRET")"
        awk -v c="$c" -v d50="$d50" -v d99="$d99" -v dr="$drps" -v p50="$p50" -v p99="$p99" -v pr="$prps" "BEGIN {
            printf \"%-12s %9.3f ms %9.3f ms %10d %9.3f ms %9.3f ms %10d %9.3f ms %9.3f ms\n\",
                c, d50 / 1000, d99 / 1000, dr, p50 / 1000, p99 / 1000, pr, (p50 - d50) / 1000, (p99 - d99) / 1000 }"
    done
    echo "targets: added p50 < 0.5 ms, added p99 < 2 ms"
    kill "$server" "$upstream"
    for pid in $(pgrep -x callout || true); do
        if grep -qz "XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR" "/proc/$pid/environ" 2>/dev/null; then kill "$pid"; fi
    done'
