#!/usr/bin/env bash
# Drives the built app through AT-SPI only, the way a screen reader or an automation script would.
#   run-atspi-test.sh /path/to/voipbin-keys [driver options...]
# Run it inside scripts/keyring-session.sh (private dbus session bus, throw-away HOME, real keyring):
#   scripts/keyring-session.sh unlocked -- tests/accessibility/run-atspi-test.sh build/dev/app/voipbin-keys
# It starts its own Xvfb (on a free display), the AT-SPI bus and the app (xcb, accessibility forced on),
# runs atspi_driver.py against it, and always stops everything it started. Exit 0 = pass.
set -euo pipefail

app=${1:?usage: run-atspi-test.sh /path/to/voipbin-keys [driver options...]}
shift
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# Debian's python3 (python3-gi lives there), never a pyenv/venv shim that may come first in PATH.
python=${VOIPBIN_A11Y_PYTHON:-/usr/bin/python3}
# Other tests reuse this harness with their own driver and app arguments (tests/memory does):
#   VOIPBIN_A11Y_DRIVER=/path/driver.py  VOIPBIN_A11Y_APP_ARGS="--server http://127.0.0.1:PORT"
# (space-separated, no quoting). The defaults are this test's.
driver=${VOIPBIN_A11Y_DRIVER:-$here/atspi_driver.py}
read -r -a app_args <<<"${VOIPBIN_A11Y_APP_ARGS:---sandbox}"
export PYTHONDONTWRITEBYTECODE=1
bus_launcher=${VOIPBIN_A11Y_BUS_LAUNCHER:-/usr/libexec/at-spi-bus-launcher}

log() { printf '[a11y %s] %s\n' "$(date +%T.%3N)" "$*" >&2; }
fail() { log "FAIL: $*"; exit 1; }

# Poll a condition (a shell command) every 50 ms for at most $1 seconds.
wait_for() {
    local seconds=$1; shift
    local deadline=$((SECONDS + seconds))
    until "$@" >/dev/null 2>&1; do
        [ $SECONDS -ge $deadline ] && return 1
        sleep 0.05
    done
}

[ -x "$app" ] || fail "the app is not an executable file: $app"
command -v Xvfb >/dev/null || fail "Xvfb is missing (apt-get install xvfb; scripts/install-deps.sh)"
[ -x "$bus_launcher" ] || fail "$bus_launcher is missing (apt-get install at-spi2-core)"
"$python" -c 'import gi; gi.require_version("Atspi", "2.0"); from gi.repository import Atspi' 2>/dev/null \
    || fail "$python cannot import gi.repository.Atspi (apt-get install python3-gi gir1.2-atspi-2.0)"
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] \
    || fail "no session bus: run this inside scripts/keyring-session.sh unlocked -- ..."

scratch=$(mktemp -d "${TMPDIR:-/tmp}/voipbin-a11y.XXXXXX")
# Every process started below inherits this marker, including the ones dbus activates (the a11y bus
# daemon, the registry): at the end, any process still carrying it was left behind.
export VOIPBIN_A11Y_RUN_ID="voipbin-a11y-$$-$RANDOM$RANDOM"

pids=()
# Sets $left to "pid:name ..." of every process carrying the marker except this shell. Builtins only:
# a forked helper would carry the marker too.
find_leftovers() {
    left=""
    local environ pid comm vars
    for environ in /proc/[0-9]*/environ; do
        pid=${environ#/proc/}; pid=${pid%/environ}
        [ "$pid" = $$ ] && continue
        mapfile -d '' vars 2>/dev/null <"$environ" || continue
        case " ${vars[*]-} " in
            *" VOIPBIN_A11Y_RUN_ID=$VOIPBIN_A11Y_RUN_ID "*)
                comm=?; read -r comm 2>/dev/null <"/proc/$pid/comm" || true
                left+="$pid:$comm " ;;
        esac
    done
    left=${left% }
}
stop_started() {
    local pid
    for pid in "${pids[@]+"${pids[@]}"}"; do kill -TERM "$pid" 2>/dev/null || true; done
    wait_for 5 bash -c 'for p in "$@"; do kill -0 "$p" 2>/dev/null && exit 1; done; exit 0' _ \
        "${pids[@]+"${pids[@]}"}" || true
    for pid in "${pids[@]+"${pids[@]}"}"; do kill -KILL "$pid" 2>/dev/null || true; done
}
stop_everything() {
    local pid
    stop_started
    # Whatever the a11y bus activated (registry, bus daemon) and outlived its parent.
    find_leftovers
    for pid in $left; do kill -TERM "${pid%%:*}" 2>/dev/null || true; done
}
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_everything
    if [ $rc -ne 0 ]; then
        for f in xvfb bus app; do
            [ -s "$scratch/$f.log" ] && { log "--- $f log (last 30 lines) ---"; tail -n 30 "$scratch/$f.log" >&2; }
        done
    fi
    rm -rf "$scratch"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# 1. A real X display: Xvfb picks a free display number itself and writes it to fd 3.
Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp -noreset 3>"$scratch/display" >"$scratch/xvfb.log" 2>&1 &
pids+=($!)
wait_for 10 test -s "$scratch/display" || fail "Xvfb did not report a display within 10 s"
export DISPLAY=":$(tr -dc 0-9 <"$scratch/display")"
unset WAYLAND_DISPLAY AT_SPI_BUS_ADDRESS  # our display, and the AT-SPI bus found through our session bus
log "Xvfb on $DISPLAY"

# 2. The accessibility bus, registered as org.a11y.Bus on the private session bus.
"$bus_launcher" --launch-immediately >"$scratch/bus.log" 2>&1 &
pids+=($!)
a11y_bus_up() {
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus | grep -q true
}
a11y_address() {
    dbus-send --session --print-reply=literal --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
        | tr -d ' \n'
}
wait_for 10 a11y_bus_up \
    || fail "the AT-SPI bus (org.a11y.Bus) did not come up within 10 s"
log "AT-SPI bus at $(a11y_address)"

# 3. The built app, on xcb (never the offscreen platform some test environments set), accessibility on.
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 \
    "$app" "${app_args[@]}" >"$scratch/app.log" 2>&1 &
app_pid=$!
pids+=("$app_pid")
log "app started, pid $app_pid"

# 4. The driver: everything it does goes through AT-SPI. It asks the app to quit through File > Quit.
# In the background with `wait`, so that a TERM from ctest runs the cleanup at once, not after the driver.
"$python" "$driver" --pid "$app_pid" "$@" &
driver_pid=$!
pids+=("$driver_pid")
driver_rc=0
wait "$driver_pid" || driver_rc=$?
[ $driver_rc -eq 0 ] || fail "the AT-SPI driver reported failures (above)"

# 5. The app must be gone on its own after File > Quit, and nothing we started may be left behind.
wait_for 10 bash -c "! kill -0 $app_pid" || fail "the app (pid $app_pid) did not exit within 10 s of File > Quit"
app_rc=0
wait "$app_pid" || app_rc=$?
[ $app_rc -eq 0 ] || fail "the app exited with status $app_rc after File > Quit"
log "app exited cleanly"
stop_started  # Xvfb and the bus launcher; the bus daemon and the registry must follow on their own
pids=()
# Give the bus daemon and the registry a moment to go after their parent.
deadline=$((SECONDS + 5))
find_leftovers
while [ -n "$left" ] && [ $SECONDS -lt $deadline ]; do sleep 0.05; find_leftovers; done
[ -z "$left" ] || fail "processes left behind (pid:name): $left"
log "PASS: nothing left behind"
