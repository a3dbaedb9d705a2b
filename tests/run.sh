#!/bin/bash
# Runs every test the way CI does: builds with a CMake preset, then runs CTest inside a private
# session bus with a real, unlocked gnome-keyring (Secret Service) and a real X display (Xvfb)
# with an XEmbed system tray (trayer). $HOME and $XDG_RUNTIME_DIR are private to the run.
#
#   tests/run.sh                 # preset "default", all tests
#   CALLOUT_PRESET=ci tests/run.sh -L unit    # extra arguments go to ctest
#   CALLOUT_BUILD_DIR=build/h1 tests/run.sh -R tst_signin   # an already configured build folder
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset="${CALLOUT_PRESET:-default}"
cd "$root"

# The test OAuth server's packages first: configuring without them disables the `testserver` tests.
if [ -f tests/server/package-lock.json ] && [ ! -d tests/server/node_modules ]; then
    (cd tests/server && npm ci --no-audit --no-fund)
fi
if [ -n "${CALLOUT_BUILD_DIR:-}" ]; then
    build_dir="$(cd "$CALLOUT_BUILD_DIR" && pwd)"
    cmake --build "$build_dir" ${CALLOUT_BUILD_TARGETS:+--target $CALLOUT_BUILD_TARGETS}
    ctest_args=(--test-dir "$build_dir" --output-on-failure -j 2)
    preset="$(basename "$build_dir")"
else
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" ${CALLOUT_BUILD_TARGETS:+--target $CALLOUT_BUILD_TARGETS}
    ctest_args=(--preset "$preset")
fi

run_dir="$(mktemp -d /tmp/callout-tests.XXXXXX)"
chmod 700 "$run_dir"
mkdir -m 700 "$run_dir/home" "$run_dir/runtime"
export HOME="$run_dir/home" XDG_RUNTIME_DIR="$run_dir/runtime"
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
export CALLOUT_TEST_PRIVATE_HOME=1
export CALLOUT_ARTIFACTS_DIR="${CALLOUT_ARTIFACTS_DIR:-$root/build/$preset/artifacts}"
mkdir -p "$CALLOUT_ARTIFACTS_DIR"
cleanup() { rm -rf "$run_dir"; }
trap cleanup EXIT

echo "tests: private HOME $HOME; screenshots in $CALLOUT_ARTIFACTS_DIR"
# The inner script: keyring, display and tray, then ctest. Its exit code is the run's.
dbus-run-session -- bash -c '
    set -euo pipefail
    echo -n "callout-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec 3>"$XDG_RUNTIME_DIR/display"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$XDG_RUNTIME_DIR/xvfb.log" 2>&1 &
    xvfb=$!
    for _ in $(seq 100); do [ -s "$XDG_RUNTIME_DIR/display" ] && break; sleep 0.05; done
    export DISPLAY=":$(cat "$XDG_RUNTIME_DIR/display")"
    trayer --edge top --align right --widthtype request --height 24 --transparent false \
        >"$XDG_RUNTIME_DIR/trayer.log" 2>&1 &
    tray=$!
    status=0
    ctest "$@" || status=$?
    kill "$tray" "$xvfb" 2>/dev/null || true
    exit $status' ctest "${ctest_args[@]}" "$@"
