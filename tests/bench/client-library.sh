#!/bin/bash
# Benchmark of the Qt client library (libCalloutClient) in one private session (real keyring, real
# agent, real OAuth server and its protected /api/me). Prints two tables:
#   1. throughput: CalloutNetworkAccessManager against a plain QNetworkAccessManager with the
#      Authorization header set by hand, same upstream, 1 and 8 requests in flight (target ≥ 0.9×);
#   2. 1,000 calls at once on a token the API refuses (every first attempt meets a 401, as with an
#      expired token): refresh requests at the token endpoint (target: exactly 1) and the total
#      time against one call that needs one refresh (401 + refresh + retry; target ≤ 1.5×).
#   tests/bench/client-library.sh [requests] [calls]
#   (build first: cmake --build BUILD --target callout calloutctl callout_bench; BUILD=build/default or $CALLOUT_BUILD_DIR)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${CALLOUT_BUILD_DIR:-$root/build/${CALLOUT_PRESET:-default}}"
export REQUESTS="${1:-1000}" CALLS="${2:-1000}"
export CTL="$build/app/calloutctl" BENCH="$build/tests/bench/callout_bench" ROOT="$root"
for program in "$CTL" "$BENCH" "$build/app/callout"; do
    [ -x "$program" ] || { echo "bench: build first ($program missing)" >&2; exit 2; }
done
work="$(mktemp -d)"; chmod 700 "$work"; mkdir -m 700 "$work/home" "$work/runtime"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" BROWSER="$root/tests/server/browser.sh"
unset DISPLAY WAYLAND_DISPLAY
dbus-run-session -- bash -c '
    set -euo pipefail
    echo -n bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    node "$ROOT/tests/server/server.mjs" --port-file "$XDG_RUNTIME_DIR/port" 2>/dev/null & server=$!
    stop() {
        kill "$server" 2>/dev/null || true
        for pid in $(pgrep -x callout || true); do
            if grep -qz "XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR" "/proc/$pid/environ" 2>/dev/null; then kill "$pid"; fi
        done
    }
    trap stop EXIT
    for _ in $(seq 100); do [ -s "$XDG_RUNTIME_DIR/port" ] && break; sleep 0.05; done
    issuer="http://127.0.0.1:$(cat "$XDG_RUNTIME_DIR/port")"
    # BenchApi, and Once1..3 for the calls that time one refresh each: the agent takes a refusal of a
    # token it refreshed less than 2 minutes ago as a sign-in problem, so each credential refreshes once.
    credential() { printf "{\"name\":\"%s\",\"url\":\"%s/api\",\"authProvider\":\"Bench\"}" "$1" "$issuer"; }
    printf "{\"authProviders\":[{\"name\":\"Bench\",\"issuer\":\"%s\",\"authorizeUrl\":\"%s/auth\",\"tokenUrl\":\"%s/token\",\"clientId\":\"public-client\",\"defaultScopes\":\"openid api\"}],\"namedCredentials\":[%s,%s,%s,%s]}" \
        "$issuer" "$issuer" "$issuer" "$(credential BenchApi)" "$(credential Once1)" "$(credential Once2)" "$(credential Once3)" |
        "$CTL" import - >/dev/null
    for name in BenchApi Once1 Once2 Once3; do "$CTL" login "$name" --timeout 30 2>/dev/null; done

    echo "== Qt client library throughput: GET /api/me, $REQUESTS requests a run, best of 3 =="
    "$CTL" token BenchApi | "$BENCH" throughput callout:BenchApi/me "$issuer/api/me" "$REQUESTS"

    # The next N API requests answered 401, as for an expired token (the test server cannot expire
    # one on demand: the agent refreshes ahead of expiry, and revoking an access token ends its grant).
    refuse() {
        curl -sf -XDELETE "$issuer/_test/log" >/dev/null
        curl -sf -XPOST "$issuer/_test/faults" -d "{\"endpoint\":\"api\",\"mode\":\"status\",\"status\":401,\"count\":$1}" >/dev/null
    }
    refreshes() { curl -sf "$issuer/_test/log" | jq "[.[] | select(.endpoint == \"token\" and .grant_type == \"refresh_token\")] | length"; }
    refused() { curl -sf "$issuer/_test/log" | jq "[.[] | select(.endpoint == \"api\" and .status == 401)] | length"; }

    singles=()
    for name in Once1 Once2 Once3; do
        refuse 1
        read -r ms ok failed < <("$BENCH" calls "callout:$name/me" 1)
        [ "$ok" = 1 ] && [ "$(refreshes)" = 1 ] || { echo "bench: a single call with a refresh failed" >&2; exit 1; }
        singles+=("$ms")
    done
    single=$(printf "%s\n" "${singles[@]}" | sort -n | sed -n 2p) # the median of 3
    refuse "$CALLS"
    read -r ms ok failed < <("$BENCH" calls callout:BenchApi/me "$CALLS" || true)
    # What the upstream alone takes for the same number of requests (a first attempt and a retry each).
    read -r floor _ _ < <("$CTL" token BenchApi | "$BENCH" plain "$issuer/api/me" $((2 * CALLS)))
    echo
    echo "== $CALLS calls at once on a token the API refuses (401 to every first attempt) =="
    printf "%-38s %s\n" "calls ok / failed" "$ok / $failed" \
        "401 answers from the API" "$(refused)" \
        "refresh requests (target: 1)" "$(refreshes)" \
        "one call with one refresh (median of 3)" "${single} ms" \
        "all $CALLS calls" "${ms} ms" \
        "plain QNAM, $((2 * CALLS)) requests at once" "${floor} ms"
    awk -v a="$ms" -v b="$single" -v f="$floor" "BEGIN { printf \"%-38s %.2f\n%-38s %.2f\n\", \"ratio to one call (target <= 1.50)\", a / b, \"ratio to the plain requests\", a / f }"'
