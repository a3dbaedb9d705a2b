#!/bin/bash
# Benchmark: `calloutctl token` with a valid token against `secret-tool lookup` of a secret of the
# same size, side by side in one private session (real keyring, real agent, real OAuth server).
# Prints microseconds per run and the ratio (target: calloutctl ≤ 0.3× secret-tool, issue 17). calloutctl
# answers `token` without Qt (app/calloutctl/lean); CALLOUTCTL=BUILD/app/calloutctl-qt times the Qt program.
#   tests/bench/token-latency.sh [runs]      (build first: cmake --build --preset default)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-200}"
ctl="${CALLOUTCTL:-$root/build/${CALLOUT_PRESET:-default}/app/calloutctl}"
[ -x "$ctl" ] || { echo "bench: build first ($ctl missing)" >&2; exit 2; }
work="$(mktemp -d)"; chmod 700 "$work"; mkdir -m 700 "$work/home" "$work/runtime"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" BROWSER="$root/tests/server/browser.sh"
unset DISPLAY WAYLAND_DISPLAY
export ROOT="$root" CTL="$ctl" RUNS="$runs"
dbus-run-session -- bash -c '
    set -euo pipefail
    echo -n bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    node "$ROOT/tests/server/server.mjs" --port-file "$XDG_RUNTIME_DIR/port" 2>/dev/null & server=$!
    for _ in $(seq 100); do [ -s "$XDG_RUNTIME_DIR/port" ] && break; sleep 0.05; done
    issuer="http://127.0.0.1:$(cat "$XDG_RUNTIME_DIR/port")"
    printf "{\"authProviders\":[{\"name\":\"Bench\",\"issuer\":\"%s\",\"authorizeUrl\":\"%s/auth\",\"tokenUrl\":\"%s/token\",\"clientId\":\"public-client\",\"defaultScopes\":\"openid api\"}],\"namedCredentials\":[{\"name\":\"BenchApi\",\"url\":\"%s/api\",\"authProvider\":\"Bench\"}]}" \
        "$issuer" "$issuer" "$issuer" "$issuer" | "$CTL" import - >/dev/null
    "$CTL" login BenchApi --timeout 30 2>/dev/null
    token="$("$CTL" token BenchApi)"
    echo -n "$token" | secret-tool store --label=bench server callout-bench user bench
    time_us() { local s e; s=$(date +%s%N); for _ in $(seq "$RUNS"); do "$@" >/dev/null; done; e=$(date +%s%N); echo $(( (e - s) / RUNS / 1000 )); }
    ctl_us=$(time_us "$CTL" token BenchApi)
    tool_us=$(time_us secret-tool lookup server callout-bench user bench)
    echo "calloutctl token:   ${ctl_us} us/run ($RUNS runs)"
    echo "secret-tool lookup: ${tool_us} us/run ($RUNS runs)"
    awk -v a="$ctl_us" -v b="$tool_us" "BEGIN { printf \"ratio: %.2f (target <= 0.30)\n\", a / b }"
    kill "$server"
    for pid in $(pgrep -x callout || true); do
        if grep -qz "XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR" "/proc/$pid/environ" 2>/dev/null; then kill "$pid"; fi
    done'
