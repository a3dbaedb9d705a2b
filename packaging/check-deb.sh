#!/bin/bash
# CI: builds the .deb packages from a build folder (default build/ci), installs them on this machine
# with apt-get, runs the installed programs (tst_calloutctl, sign-ins against the test OAuth server
# included, with /usr/bin's callout and calloutctl), validates the installed AppStream and desktop
# files, runs lintian (every tag printed; errors fail), then purges the packages and checks that
# nothing they installed is left. Runs as root; the packages are purged whatever happens.
#
#   packaging/check-deb.sh [BUILD_DIR]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$root/build/ci}" && pwd)"
cd "$root"
export DEBIAN_FRONTEND=noninteractive
packages=(callout libcalloutclient0 callout-dev)

fail() { echo "check-deb: $*" >&2; exit 1; }
installed() { dpkg-query -W -f '${db:Status-Status}' "$1" 2>/dev/null | grep -qx installed; }
purge() {
    local package
    for package in "${packages[@]}"; do
        if dpkg-query -W "$package" >/dev/null 2>&1; then
            apt-get remove --purge -y -qq "$package" >/dev/null || true
        fi
    done
}
for package in "${packages[@]}"; do
    ! installed "$package" || fail "$package is installed already; remove it first"
done
trap purge EXIT

echo "--- build the packages (cmake --build $build --target package)"
# GNUInstallDirs picks the multiarch library folder (lib/<triplet>) only for the prefix /usr.
cmake "$build" -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
rm -f "$build"/callout*.deb "$build"/libcalloutclient*.deb
cmake --build "$build" --target package
shopt -s nullglob
debs=("$build"/callout_*.deb "$build"/libcalloutclient0_*.deb "$build"/callout-dev_*.deb)
shopt -u nullglob
[ "${#debs[@]}" -eq 3 ] || fail "expected callout_*.deb, libcalloutclient0_*.deb and callout-dev_*.deb in $build"
ls -l "${debs[@]}"
for deb in "${debs[@]}"; do
    echo "--- $(basename "$deb")"
    dpkg-deb --field "$deb"
    dpkg-deb --contents "$deb"
done

echo "--- install"
apt-get install -y -qq --no-install-recommends "${debs[@]}"
for package in "${packages[@]}"; do installed "$package" || fail "$package did not install"; done
# What they installed, to check after the purge: every file and link (folders such as /usr are shared).
mapfile -t owned < <(dpkg -L "${packages[@]}" | while read -r path; do
    if [ -L "$path" ] || [ ! -d "$path" ]; then echo "$path"; fi
done)
version="$(dpkg-query -W -f '${Version}' callout)"

echo "--- the installed programs"
# The version and the help need no display.
[ "$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/callout --version)" = "callout $version" ] \
    || fail "/usr/bin/callout --version does not say callout $version"
/usr/bin/calloutctl --help | grep -q '^Usage: ' || fail "/usr/bin/calloutctl --help printed no usage"
# calloutctl is a front without Qt that runs the Qt program from /usr/libexec/callout for all but `token`.
[ -x /usr/libexec/callout/calloutctl-qt ] || fail "/usr/libexec/callout/calloutctl-qt is not installed"
! readelf -d /usr/bin/calloutctl | grep -q 'NEEDED.*Qt' || fail "/usr/bin/calloutctl loads Qt"
[ "$(/usr/bin/calloutctl --version)" = "calloutctl $version" ] \
    || fail "/usr/bin/calloutctl --version does not say calloutctl $version"
bash -c 'source /usr/share/bash-completion/completions/calloutctl && complete -p calloutctl' \
    || fail "the bash completion does not load"
for page in callout calloutctl; do
    [ -f "/usr/share/man/man1/$page.1.gz" ] || fail "the manual page $page.1.gz is not installed"
done
if command -v man >/dev/null; then man -w callout calloutctl; fi
# Sign-ins end to end with the installed programs: the test harness (keyring, test OAuth server) runs
# tst_calloutctl with CALLOUT_INSTALLED_BIN_DIR (tests/support/AgentProcess), so its agents and
# calloutctl are /usr/bin's.
CALLOUT_INSTALLED_BIN_DIR=/usr/bin CALLOUT_BUILD_DIR="$build" CALLOUT_BUILD_TARGETS=tst_calloutctl \
    tests/run.sh -R '^tst_calloutctl$'

echo "--- AppStream and desktop entry"
appstreamcli validate --no-net /usr/share/metainfo/io.github.callout.Callout.metainfo.xml
desktop-file-validate /usr/share/applications/io.github.callout.Callout.desktop
[ ! -e /etc/xdg/autostart/io.github.callout.Callout.desktop ] || fail "the package starts callout at login"

echo "--- lintian"
# As root lintian warns that it should not be; every tag is printed, only errors (E:) fail.
report="$(lintian --display-info --pedantic "${debs[@]}" 2>&1)" || true
echo "$report"
! grep -q '^E: ' <<<"$report" || fail "lintian found errors"

echo "--- purge"
apt-get remove --purge -y -qq "${packages[@]}"
for package in "${packages[@]}"; do
    ! dpkg-query -W "$package" >/dev/null 2>&1 || fail "$package is still known to dpkg"
done
left=()
for path in "${owned[@]}"; do
    if [ -e "$path" ] || [ -L "$path" ]; then left+=("$path"); fi
done
# And by name, the folders of their own included.
shopt -s nullglob
left+=(/usr/bin/callout* /usr/libexec/callout* /usr/share/applications/io.github.callout* /usr/share/metainfo/io.github.callout*
       /usr/share/man/man1/callout* /usr/share/bash-completion/completions/callout* /usr/share/doc/callout* /usr/share/doc/libcalloutclient*
       /usr/share/icons/hicolor/*/apps/io.github.callout* /usr/include/CalloutClient* /usr/lib/*/cmake/CalloutClient*
       /usr/lib/*/libCalloutClient*)
shopt -u nullglob
[ "${#left[@]}" -eq 0 ] || fail "left after the purge: ${left[*]}"
echo "check-deb: ${#owned[@]} installed files checked, none left"
