#!/bin/bash
# Benchmark of the Qt client library (libCalloutClient) in one private session (real keyring, real
# agent, real OAuth server and its protected /api/me). Prints two tables:
#   1. throughput: CalloutNetworkAccessManager against a plain QNetworkAccessManager with the
#      Authorization header set by hand, same upstream, 1 and 8 requests in flight (target ≥ 0.9×);
#   2. 1,000 calls at once on a token the server no longer accepts (revoked: every call meets a 401,
#      as with an expired one): refresh requests at the token endpoint (target: exactly 1) and the total
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
    printf "{\"authProviders\":[{\"name\":\"Bench\",\"issuer\":\"%s\",\"authorizeUrl\":\"%s/auth\",\"tokenUrl\":\"%s/token\",\"clientId\":\"public-client\",\"defaultScopes\":\"openid api\"}],\"namedCredentials\":[{\"name\":\"BenchApi\",\"url\":\"%s/api\",\"authProvider\":\"Bench\"}]}" \
        "$issuer" "$issuer" "$issuer" "$issuer" | "$CTL" import - >/dev/null
    "$CTL" login BenchApi --timeout 30 2>/dev/null

    echo "== Qt client library throughput: GET /api/me, $REQUESTS requests a run, best of 3 =="
    "$CTL" token BenchApi | "$BENCH" throughput callout:BenchApi/me "$issuer/api/me" "$REQUESTS"

    # The current access token revoked at the server (RFC 7009; the grant and its refresh token stay).
    revoke() {
        "$CTL" token BenchApi | { read -r t; printf "client_id=public-client&token=%s" "$t"; } |
            curl -sf -XPOST -H "Content-Type: application/x-www-form-urlencoded" --data-binary @- \
                "$issuer/token/revocation" >/dev/null
        curl -sf -XDELETE "$issuer/_test/log" >/dev/null
    }
    refreshes() { curl -sf "$issuer/_test/log" | jq "[.[] | select(.endpoint == \"token\" and .grant_type == \"refresh_token\")] | length"; }
    refused() { curl -sf "$issuer/_test/log" | jq "[.[] | select(.endpoint == \"api\" and .status == 401)] | length"; }

    singles=()
    for _ in 1 2 3 4 5; do
        revoke
        read -r ms ok failed < <("$BENCH" calls callout:BenchApi/me 1)
        [ "$ok" = 1 ] && [ "$(refreshes)" = 1 ] || { echo "bench: a single call after revocation failed" >&2; exit 1; }
        singles+=("$ms")
    done
    single=$(printf "%s\n" "${singles[@]}" | sort -n | sed -n 3p) # the median of 5
    revoke
    read -r ms ok failed < <("$BENCH" calls callout:BenchApi/me "$CALLS" || true)
    echo
    echo "== $CALLS calls at once on a refused (revoked) token =="
    printf "%-38s %s\n" "calls ok / failed" "$ok / $failed" \
        "401 answers from the API" "$(refused)" \
        "refresh requests (target: 1)" "$(refreshes)" \
        "one call with one refresh (median of 5)" "${single} ms" \
        "all $CALLS calls" "${ms} ms"
    awk -v a="$ms" -v b="$single" "BEGIN { printf \"%-38s %.2f\n\", \"ratio (target <= 1.50)\", a / b }"'
