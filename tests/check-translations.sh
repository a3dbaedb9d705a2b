#!/bin/bash
# Every user-visible string has a finished German, French and Spanish translation: runs lupdate
# over today's sources into copies of translations/*.ts (the files themselves stay as they are)
# and fails on any message that is new, changed or unfinished. To fix: `cmake --build build/ci
# --target update_translations`, then translate what Qt Linguist shows as unfinished.
# Usage: check-translations.sh LUPDATE LRELEASE GENERATE_PROJECT_SCRIPT PROJECT_CMAKE TS_FILE...
# (tests/CMakeLists.txt passes Qt's tools, Qt's GenerateLUpdateProject.cmake and the lupdate
# project that qt_add_translations wrote at configure time.)
set -euo pipefail
lupdate=$1 lrelease=$2 generate_project=$3 project_cmake=$4
shift 4

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -DIN_FILE="$project_cmake" -DOUT_FILE="$work/project.json" -P "$generate_project"

status=0
for ts in "$@"; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" -silent -project "$work/project.json" -locations none -no-obsolete -ts "$copy"
    report=$("$lrelease" "$copy" -qm "$work/out.qm")
    # "Generated N translation(s) (F finished and U unfinished)" and, for messages without any
    # translation, "Ignored M untranslated source text(s)".
    unfinished=$(sed -n 's/.*finished and \([0-9]*\) unfinished.*/\1/p' <<<"$report")
    untranslated=$(sed -n 's/.*Ignored \([0-9]*\) untranslated.*/\1/p' <<<"$report")
    finished=$(sed -n 's/.*(\([0-9]*\) finished.*/\1/p' <<<"$report")
    if [ -z "$finished" ]; then
        echo "$(basename "$ts"): lrelease said nothing readable: $report" >&2
        status=1
    elif [ "${unfinished:-0}" -ne 0 ] || [ "${untranslated:-0}" -ne 0 ]; then
        echo "$(basename "$ts"): $finished finished, ${unfinished:-0} unfinished, ${untranslated:-0} untranslated:" >&2
        # The source texts still to translate (their first line), as a hint.
        grep -B4 'type="unfinished"' "$copy" | grep -o '<source>.*' | sed 's/^<source>/  /; s/<\/source>$//' >&2 || true
        status=1
    else
        echo "$(basename "$ts"): all $finished messages finished"
    fi
done
exit $status
