#!/usr/bin/env bash
# Secrets must not stay in the app's memory: signs in, creates a key, signs out, and counts the password,
# the JWT and the token in the running app's memory (memory_driver.py). Run it inside a keyring session:
#   scripts/keyring-session.sh unlocked -- tests/memory/run-memory-test.sh APP SANDBOX [driver options]
# APP is the built voipbin-keys, SANDBOX the built voipbin-sandbox. It starts the sandbox with a user whose
# password is made up for this run, then the app against it (--server URL) through the accessibility
# test's harness (tests/accessibility/run-atspi-test.sh: Xvfb, AT-SPI bus, the app, clean-up), with this
# folder's driver. The password reaches the driver in a file, never on a command line or in the app's
# environment (where a memory scan would find it). Needs root, or kernel.yama.ptrace_scope = 0.
set -euo pipefail

app=${1:?usage: run-memory-test.sh /path/to/voipbin-keys /path/to/voipbin-sandbox [driver options...]}
sandbox=${2:?usage: run-memory-test.sh /path/to/voipbin-keys /path/to/voipbin-sandbox [driver options...]}
shift 2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
python=${VOIPBIN_A11Y_PYTHON:-/usr/bin/python3}

log() { printf '[memory %s] %s\n' "$(date +%T.%3N)" "$*" >&2; }
fail() { log "FAIL: $*"; exit 1; }

# It writes the app's settings: only ever into keyring-session.sh's throw-away HOME, never a person's.
case "$HOME" in
    */voipbin-keyring.*/home) ;;
    *) fail "run this inside scripts/keyring-session.sh unlocked -- ... (HOME=$HOME is not a throw-away one)" ;;
esac
[ -x "$sandbox" ] || fail "the sandbox is not an executable file: $sandbox"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/voipbin-memory.XXXXXX")
sandbox_pid=""
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [ -n "$sandbox_pid" ]; then
        kill -TERM "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    rm -rf "$scratch"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# 24 letters and digits, new each run: any copy found is this run's, and cannot be a coincidence.
username=memtest
(umask 077; "$python" -c 'import secrets, string
print("".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(24)), end="")' \
    >"$scratch/password")
# The sandbox prints its users' passwords in its banner: that stays in the scratch folder.
"$sandbox" --user "$username:$(cat "$scratch/password")" --keys 3 --no-rate-limit >"$scratch/sandbox.out" 2>&1 &
sandbox_pid=$!
for _ in $(seq 200); do
    url=$(head -n 1 "$scratch/sandbox.out" 2>/dev/null || true)
    case "$url" in http*://*) break ;; esac
    kill -0 "$sandbox_pid" 2>/dev/null || fail "the sandbox exited: $(head -n 3 "$scratch/sandbox.out")"
    sleep 0.05
done
case "$url" in http*://*) ;; *) fail "the sandbox did not print its URL within 10 s" ;; esac
log "sandbox at $url (user $username, a 24-character password made up for this run)"

# The clipboard clears itself after 2 s instead of 30: the driver copies the token and waits for that.
# (HOME and XDG_CONFIG_HOME are keyring-session.sh's throw-away ones.)
config=${XDG_CONFIG_HOME:-$HOME/.config}/voipbin-keys
mkdir -p "$config"
printf '[Security]\nClipboardClearSeconds=2\n' >"$config/voipbin-keys.conf"

VOIPBIN_A11Y_DRIVER="$here/memory_driver.py" VOIPBIN_A11Y_APP_ARGS="--server $url" \
    "$here/../accessibility/run-atspi-test.sh" "$app" \
    --server-url "$url" --username "$username" --password-file "$scratch/password" "$@"
