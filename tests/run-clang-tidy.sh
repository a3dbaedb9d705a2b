#!/bin/bash
# Runs clang-tidy (the checks of the repository's .clang-tidy) over every .cpp file of lib/ and app/,
# using the compilation database of a build. Fails on any finding (.clang-tidy: WarningsAsErrors).
#
#   tests/run-clang-tidy.sh                 # build/default, after `cmake --build --preset default`
#   tests/run-clang-tidy.sh build/ci        # another build folder
#   tests/run-clang-tidy.sh build/ci lib/callout/oauth      # only the .cpp files under one folder
#   CALLOUT_TIDY_JOBS=4 tests/run-clang-tidy.sh
#
# The build must have run first: clang-tidy needs the files it generates (ui_*.h, moc output).
# Findings are printed as `file:line:column: warning: … [check]`; the last lines count them per check.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "$root" && realpath -m "${1:-build/default}")"
files="^$root/(lib|app)/.*\.cpp\$"
[ -n "${2:-}" ] && files="^$root/${2%/}/.*\.cpp\$"
jobs="${CALLOUT_TIDY_JOBS:-$(nproc)}"

if [ ! -f "$build/compile_commands.json" ]; then
    echo "run-clang-tidy: $build/compile_commands.json is missing: configure with a preset" \
         "(they set CMAKE_EXPORT_COMPILE_COMMANDS) and build first." >&2
    exit 2
fi
runner="$(command -v run-clang-tidy || command -v run-clang-tidy-14 || true)"
if [ -z "$runner" ]; then
    echo "run-clang-tidy: clang-tidy is not installed (Debian: apt-get install clang-tidy)." >&2
    exit 2
fi

log="$(mktemp /tmp/callout-tidy.XXXXXX)"
trap 'rm -f "$log"' EXIT
started=$SECONDS
status=0
# Only the project's own sources; generated files (moc, uic, rcc) live in the build folder.
# -Wno-unknown-warning-option: the database holds GCC's flags (-Wshadow=local), which clang lacks.
# run-clang-tidy 14 always asks for colours: strip them from the log.
"$runner" -p "$build" -j "$jobs" -quiet \
    -extra-arg=-Wno-unknown-warning-option \
    "$files" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >"$log" || status=$?
checked="$(grep -c -e '^/usr/bin/clang-tidy' -e '^clang-tidy' "$log" || true)"
if [ "$checked" -eq 0 ]; then
    echo "run-clang-tidy: no file of $build/compile_commands.json matches $files." >&2
    exit 2
fi

# run-clang-tidy prints each clang-tidy command line and the "N warnings generated" chatter:
# keep the findings with their context lines.
grep -v -e '^/usr/bin/clang-tidy' -e '^clang-tidy' -e 'warnings\? generated\.$' \
    -e '^Suppressed [0-9]* warnings' -e '^Use -header-filter=' -e '^Running clang-tidy' "$log" || true

# One line per finding (a header's findings repeat for every file that includes it).
findings="$(grep -E '^/[^:]+:[0-9]+:[0-9]+: (warning|error): .*\[[a-z0-9.,-]+\]$' "$log" | sort -u || true)"
count=0
[ -n "$findings" ] && count="$(printf '%s\n' "$findings" | wc -l)"
if [ "$count" -gt 0 ]; then
    echo "::: clang-tidy findings per check"
    printf '%s\n' "$findings" | grep -oE '\[[a-z0-9.,-]+\]$' | tr -d '[]' | tr ',' '\n' \
        | grep -v '^-warnings-as-errors$' | sort | uniq -c | sort -rn
fi
echo "::: clang-tidy: $count finding(s) in $checked files, $((SECONDS - started)) s"
if [ "$status" -ne 0 ] && [ "$count" -eq 0 ]; then
    echo "run-clang-tidy: clang-tidy failed without a finding (see the output above)." >&2
fi
exit "$status"
