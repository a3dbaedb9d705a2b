#!/bin/bash
# Runs a command inside a private session bus whose gnome-keyring login collection is locked,
# with no display (so gnome-keyring cannot show an unlock prompt and refuses at once).
set -euo pipefail
unset DISPLAY WAYLAND_DISPLAY
export HOME="$(mktemp -d)" XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME" "$XDG_RUNTIME_DIR"' EXIT
exec dbus-run-session -- bash -c '
    echo -n "locked-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    dbus-send --session --dest=org.freedesktop.secrets --print-reply /org/freedesktop/secrets \
        org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null
    CALLOUT_EXPECT_KEYCHAIN=locked exec "$@"' locked-keychain "$@"
