#!/bin/bash
# Installs what Callout needs to build, run and test on Debian 12, from Debian's packages only.
# Node.js 20 + npm (for the test OAuth server) are expected on the machine already: Debian 12's
# own nodejs/npm packages are older and conflict with it, so they are never installed here.
set -euo pipefail

build=(cmake ninja-build g++ pkg-config
       qt6-base-dev qt6-networkauth-dev qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools
       qt6-l10n-tools libgl-dev qt6-httpserver-dev qt6-websockets-dev libhttp-parser-dev
       # calloutctl's front without Qt (app/calloutctl/lean) reads the agent's JSON with it.
       nlohmann-json3-dev)
runtime=(libsecret-1-0 libqt6svg6 xdg-utils)
tests=(gnome-keyring libsecret-tools dbus dbus-x11 xvfb xauth trayer dunst imagemagick x11-utils curl
       desktop-file-utils wrk jq
       # tst_traysni: a StatusNotifierItem watcher and a panel that registers as its host.
       haskell-status-notifier-item-utils haskell-gtk-sni-tray-utils)
# packaging/check-deb.sh: the .deb's checks.
packaging=(lintian appstream)
# tests/check-format.sh and tests/run-clang-tidy.sh (LLVM 14 in Debian 12; these give the plain names).
checks=(clang-format clang-tidy)
# tests/fuzz/run.sh: clang and its compiler runtime (libFuzzer, ASan, UBSan).
fuzz=(clang-14 libclang-rt-14-dev)

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${build[@]}" "${runtime[@]}" "${tests[@]}" "${checks[@]}" \
    "${fuzz[@]}" "${packaging[@]}" >/dev/null
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "install-deps: Node.js 20 and npm are needed for the tests' OAuth server; install them from" \
         "nodejs.org or your distribution's Node 20 packages (not Debian 12's nodejs 18)." >&2
fi
