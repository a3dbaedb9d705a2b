#!/bin/bash
# Proves that tests/check-layers.sh can fail: the real tree passes, and each kind of wrong include,
# planted in a copy of lib/ and app/, is caught.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
check="$here/check-layers.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

expect() { # expect <0|1> <description>
    local want=$1 got
    "$check" "$work" >/dev/null 2>&1
    got=$?
    if [ "$got" -eq "$want" ]; then
        echo "ok   - $2"
    else
        echo "FAIL - $2 (exit $got, want $want)"
        failures=$((failures + 1))
    fi
}

fresh() { rm -rf "$work"/*; cp -r "$root/lib" "$root/app" "$work/"; }

fresh
expect 0 "the real tree passes"

plant() { # plant <file> <include line> <description>
    fresh
    printf '%s\n' "$2" >>"$work/$1"
    expect 1 "$3"
}
plant lib/callout/core/Error.h '#include "callout/store/SecretStore.h"' "core including store is refused"
plant lib/callout/model/TokenSet.h '#include "callout/session/TokenManager.h"' "model including session is refused"
plant lib/callout/oauth/TokenResponse.cpp '#include "callout/agent/ApiHandler.h"' "oauth including agent is refused"
plant lib/callout/store/JsonFile.cpp '#include "gui/SettingsWindow.h"' "lib including the app is refused"
plant lib/callout/session/TokenManager.cpp '#include <QWidget>' "lib including Qt Widgets is refused"
plant lib/client/calloutclient/ApiClient.cpp '#include "callout/core/Error.h"' "the client including the core is refused"
plant app/platform/linux/SleepWatcher.cpp '#include "gui/TrayController.h"' "platform including gui is refused"
plant app/gui/TrayController.cpp '#include "platform/linux/SleepWatcher.h"' "gui including a platform implementation is refused"
plant app/gui/SettingsWindow.cpp '#include "demo/DemoMode.h"' "gui including the demo is refused"
plant lib/callout/agent/CalloutCore.cpp '#include "demo/DemoService.h"' "lib including the demo is refused"

fresh
printf '%s\n' '#include "callout/core/Error.h"' >>"$work/lib/callout/agent/ApiHandler.cpp"
expect 0 "a higher layer including a lower one is allowed"

echo "$((12 - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
