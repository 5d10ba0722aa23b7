#!/usr/bin/env bash
# Runs a command inside a private dbus session with a throw-away HOME and a gnome-keyring whose
# Secret Service is in the requested state, so tests use a real keyring and never the user's.
#   keyring-session.sh unlocked -- CMD...   keyring running, login collection unlocked
#   keyring-session.sh locked   -- CMD...   keyring running, never unlocked (writes are refused)
#   keyring-session.sh nobus    -- CMD...   no session bus at all
set -euo pipefail
mode=${1:?mode}; shift
[ "${1:-}" = "--" ] && shift

scratch=$(mktemp -d "${TMPDIR:-/tmp}/voipbin-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/home/.local/share"
export XDG_CONFIG_HOME="$scratch/home/.config" XDG_CACHE_HOME="$scratch/home/.cache"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"

case "$mode" in
    nobus)
        unset DBUS_SESSION_BUS_ADDRESS
        export DBUS_SESSION_BUS_ADDRESS="unix:path=$scratch/no-such-bus"
        "$@"
        ;;
    unlocked|locked)
        # No display for the keyring's unlock prompter: a locked keyring must fail, never wait for a person.
        [ "$mode" = locked ] && unset DISPLAY WAYLAND_DISPLAY
        exec dbus-run-session -- bash -c '
            if [ "$0" = unlocked ]; then
                printf %s "voipbin-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            else
                gnome-keyring-daemon --start --components=secrets >/dev/null
            fi
            "$@"; rc=$?
            exit $rc' "$mode" "$@"
        ;;
    *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
