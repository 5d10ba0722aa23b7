#!/bin/sh
# The command line is read before any display is needed: with no DISPLAY, WAYLAND_DISPLAY or
# QT_QPA_PLATFORM, --help and --version print and exit 0, and an unknown option prints the error and the
# usage on stderr and exits 2 (not Qt's "could not connect to display" abort).
# Usage: check-command-line.sh <path to voipbin-keys>
set -u
app=$1
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
failed=0

run() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$app" "$@" >"$out" 2>"$err"
}

fail() {
    echo "FAIL: $*"
    echo "--- stdout"; cat "$out"
    echo "--- stderr"; cat "$err"
    failed=1
}

run --bogus
rc=$?
[ "$rc" -eq 2 ] || fail "--bogus exited $rc, not 2"
grep -q "Unknown option 'bogus'" "$err" || fail "--bogus: no 'Unknown option' on stderr"
grep -q -- "--server" "$err" || fail "--bogus: no usage on stderr"
grep -qi "platform plugin\|could not connect to display" "$err" && fail "--bogus needed a display"

run --server
rc=$?
[ "$rc" -eq 2 ] || fail "--server without a value exited $rc, not 2"

run --help
rc=$?
[ "$rc" -eq 0 ] || fail "--help exited $rc"
grep -q -- "--sandbox" "$out" || fail "--help: no usage on stdout"

run --version
rc=$?
[ "$rc" -eq 0 ] || fail "--version exited $rc"
grep -q "voipbin-keys" "$out" || fail "--version: no name and version on stdout"

[ "$failed" -eq 0 ] && echo "PASS: the command line needs no display"
exit "$failed"
