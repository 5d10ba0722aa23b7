#!/usr/bin/env bash
# The first AT-SPI call after the window loaded a big list: starts a voipbin-sandbox with N keys, then the
# app through tests/accessibility's harness (Xvfb, the a11y bus, accessibility on), signs in through AT-SPI
# and times the first call once the load is over (bench/atspi_after_load.py). Run it in a private session:
#   scripts/keyring-session.sh unlocked -- bench/atspi-after-load.sh build/release/app/voipbin-keys \
#       build/release/sandbox/voipbin-sandbox [keys]
set -euo pipefail
app=${1:?usage: atspi-after-load.sh /path/to/voipbin-keys /path/to/voipbin-sandbox [keys]}
sandbox=${2:?usage: atspi-after-load.sh /path/to/voipbin-keys /path/to/voipbin-sandbox [keys]}
keys=${3:-100000}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$(mktemp)
"$sandbox" --user "bench:bench" --keys "$keys" --no-rate-limit >"$out" 2>&1 &
sandbox_pid=$!
trap 'kill -TERM "$sandbox_pid" 2>/dev/null || true; wait "$sandbox_pid" 2>/dev/null || true; rm -f "$out"' EXIT
url=""
for _ in $(seq 600); do
    url=$(head -n 1 "$out" 2>/dev/null || true)
    case "$url" in http*://*) break ;; esac
    kill -0 "$sandbox_pid" 2>/dev/null || { cat "$out" >&2; exit 1; }
    sleep 0.05
done
case "$url" in http*://*) ;; *) echo "the sandbox did not print its URL" >&2; exit 1 ;; esac
VOIPBIN_A11Y_DRIVER="$here/atspi_after_load.py" VOIPBIN_A11Y_APP_ARGS="--server $url" \
    QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 \
    "$here/../tests/accessibility/run-atspi-test.sh" "$app" \
    --username bench --password bench --keys "$keys"
