#!/bin/bash
# Checks that every C++ file of lib/, app/ and tests/ is formatted as the repository's .clang-format
# says (clang-format --dry-run -Werror). Changes nothing; prints what differs and the files that would
# change, and fails when there is any.
#
#   tests/check-format.sh            # check
#   clang-format -i FILE…            # what fixes a file it names
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
format="$(command -v clang-format || command -v clang-format-14 || true)"
if [ -z "$format" ]; then
    echo "check-format: clang-format is not installed (Debian: apt-get install clang-format)." >&2
    exit 2
fi

mapfile -d '' files < <(find lib app tests \( -path tests/server/node_modules -prune \) -o \
                             -type f \( -name '*.h' -o -name '*.cpp' \) -print0 | sort -z)
unformatted=()
for file in "${files[@]}"; do
    if ! "$format" --style=file --dry-run -Werror "$file" >/dev/null 2>&1; then
        unformatted+=("$file")
    fi
done

if [ "${#unformatted[@]}" -eq 0 ]; then
    echo "check-format: ${#files[@]} files, all formatted ($("$format" --version | head -1))."
    exit 0
fi
echo "check-format: ${#unformatted[@]} of ${#files[@]} files are not formatted (first difference of each):"
for file in "${unformatted[@]}"; do
    first="$("$format" --style=file --dry-run "$file" 2>&1 | grep -m1 -oE '^[^ ]+:[0-9]+:[0-9]+:' || true)"
    echo "  ${first:-$file}"
done
echo "check-format: fix with: clang-format -i <files>" >&2
exit 1
