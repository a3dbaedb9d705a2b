#!/bin/bash
# Checks the include direction between the project's layers (README, "Layout"):
#   lib/client  <  lib/callout/{core < model < store < oauth < session < agent}  <  app/
# A file may include from its own layer or a lower one, never from a higher one. Inside app/,
# platform/ never includes gui/, and gui/ sees only the platform interfaces (platform/*.h), not
# one operating system's folder. lib/ never includes Qt Widgets. app/demo/ (demo mode) is known only
# to the agent's main(): no other folder includes it.
#
#   tests/check-layers.sh [ROOT]     # exit 0: clean; exit 1: every offending line is printed
set -uo pipefail

root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
layers=(core model store oauth session agent)
status=0

rank() { # rank of a lib/callout layer name, or -1
    local i
    for i in "${!layers[@]}"; do [ "${layers[$i]}" = "$1" ] && { echo "$i"; return; }; done
    echo -1
}

offend() {
    echo "$1: $2" >&2
    status=1
}

# Prints "file:line:target" for each quoted or angled include of the given files.
includes() {
    grep -HnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"][^>"]+[>"]' "$@" 2>/dev/null |
        sed -E 's/^([^:]+:[0-9]+):[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]([^>"]+)[>"].*/\1:\2/'
}

sources() { find "$@" -type f \( -name '*.h' -o -name '*.cpp' \) 2>/dev/null | sort; }

# lib/callout/<layer>/: only the same layer or lower ones; never the app, never Widgets.
for layer in "${layers[@]}"; do
    own=$(rank "$layer")
    mapfile -t files < <(sources "$root/lib/callout/$layer")
    [ ${#files[@]} -eq 0 ] && continue
    while IFS=: read -r file line target; do
        case "$target" in
            callout/*/*)
                other=${target#callout/}; other=${other%%/*}
                r=$(rank "$other")
                if [ "$r" -lt 0 ]; then
                    offend "$file:$line" "includes $target, which is in no layer"
                elif [ "$r" -gt "$own" ]; then
                    offend "$file:$line" "$layer includes $target from the higher layer $other"
                fi ;;
            callout/*) offend "$file:$line" "includes $target, which is in no layer folder" ;;
            gui/* | platform/* | demo/*) offend "$file:$line" "lib includes the app's $target" ;;
            QtWidgets* | QWidget | QApplication | QMessageBox | QSystemTrayIcon)
                offend "$file:$line" "lib includes Qt Widgets ($target)" ;;
        esac
    done < <(includes "${files[@]}")
done

# lib/client: the lean client library depends on nothing of the core.
mapfile -t files < <(sources "$root/lib/client")
if [ ${#files[@]} -gt 0 ]; then
    while IFS=: read -r file line target; do
        case "$target" in
            callout/* | gui/* | platform/* | demo/*) offend "$file:$line" "the client library includes $target" ;;
        esac
    done < <(includes "${files[@]}")
fi

# app/platform: never the widgets of app/gui.
mapfile -t files < <(sources "$root/app/platform")
if [ ${#files[@]} -gt 0 ]; then
    while IFS=: read -r file line target; do
        case "$target" in
            gui/*) offend "$file:$line" "platform glue includes the GUI's $target" ;;
            demo/*) offend "$file:$line" "platform glue includes the demo's $target" ;;
        esac
    done < <(includes "${files[@]}")
fi

# app/gui: the platform's interfaces only, not one operating system's implementation.
mapfile -t files < <(sources "$root/app/gui")
if [ ${#files[@]} -gt 0 ]; then
    while IFS=: read -r file line target; do
        case "$target" in
            platform/*/*) offend "$file:$line" "the GUI includes the implementation $target (use its interface)" ;;
            demo/*) offend "$file:$line" "the GUI includes the demo's $target (only main() knows the demo)" ;;
        esac
    done < <(includes "${files[@]}")
fi

[ "$status" -eq 0 ] && echo "check-layers: every include goes to the same layer or a lower one"
exit "$status"
