#!/usr/bin/env bash
# Installs the .deb into pristine Debian 12 (bookworm) and Debian 13 (trixie) systems, made with debootstrap
# from Debian's archive alone, and starts the app there:
#   check-chroot-install.sh <build-dir> <source-dir> [suite...]        (default suites: bookworm trixie)
#
# The suites run side by side (the work is mostly download and unpack). For each: a minbase debootstrap, kept
# untouched in a cache and copied for every run (so a rerun on the same machine skips debootstrap, and every
# run starts from a pristine system; rebuilt when older than 30 days), then in the copy:
#   apt-get install ./voipbin-keys_*.deb          must succeed, with Debian's own packages only
#   voipbin-keys --version and an offscreen --smoke-test to the sign-in window
#   apt-get install ./voipbin-sandbox_*.deb       must succeed on the suite the packages were built on;
#                                                  elsewhere it is reported, not failed (it needs the
#                                                  builder's libcpp-httplib soname: see packaging/README.md)
# Skipped (exit 77, with the reason) without root, debootstrap, unshare, or a reachable archive.
# VOIPBIN_DEBIAN_MIRROR overrides the archive (default http://deb.debian.org/debian); VOIPBIN_CHROOT_CACHE
# the cache (default /var/cache/voipbin-keys/chroots: outside the build tree, so a fresh clone on the same
# machine, as in CI, finds it too; a new machine simply makes it again).
set -euo pipefail

build=${1:?usage: check-chroot-install.sh <build-dir> <source-dir> [suite...]}
src=${2:?usage: check-chroot-install.sh <build-dir> <source-dir> [suite...]}
shift 2
suites=("$@")
[ ${#suites[@]} -eq 0 ] && suites=(bookworm trixie)
build=$(cd "$build" && pwd)
src=$(cd "$src" && pwd)
mirror=${VOIPBIN_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${VOIPBIN_CHROOT_CACHE:-/var/cache/voipbin-keys/chroots}

skip() { echo "skipped: $*"; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "debootstrap and chroot need root"
command -v debootstrap >/dev/null || skip "debootstrap is not installed (scripts/install-deps.sh package)"
command -v unshare >/dev/null || skip "unshare (util-linux) is not installed"
# The archive answers, or this machine is offline: a skip, not a failure.
host=$(echo "$mirror" | sed -E 's|^[a-z]+://([^/:]+).*|\1|')
if ! timeout 20 bash -c "exec 3<>/dev/tcp/$host/80" 2>/dev/null; then
    skip "Debian's archive ($host) is not reachable from this machine"
fi

failures=0
suite_skipped=100 # check_suite's status for a release the archive could not provide
debootstrap_seconds=${VOIPBIN_DEBOOTSTRAP_SECONDS:-900}
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
step() { echo; echo "=== $*"; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/voipbin-chroot.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

step "cpack -G DEB"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log"; echo "FAIL: cpack -G DEB"; exit 1; }
app_debs=("$scratch"/out/voipbin-keys_*.deb)
sandbox_debs=("$scratch"/out/voipbin-sandbox_*.deb)
[ -f "${app_debs[0]}" ] || { echo "FAIL: no voipbin-keys .deb"; exit 1; }
app_deb=${app_debs[0]}
sandbox_deb=""
[ -f "${sandbox_debs[0]}" ] && sandbox_deb=${sandbox_debs[0]}
echo "built: $(basename "$app_deb") ${sandbox_deb:+$(basename "$sandbox_deb")}"
build_suite=$(sed -n 's/^VERSION_CODENAME=//p' /etc/os-release 2>/dev/null || true)

# Runs a command as root inside <root>, with its own /proc in a private mount namespace (nothing to unmount).
in_chroot() {
    local root=$1
    shift
    # shellcheck disable=SC2016 # $1 and $@ belong to the inner sh
    unshare --mount --fork sh -c 'mount -t proc proc "$1/proc" && shift && exec chroot "$@"' \
        sh "$root" "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

# One suite, start to end; prints its report and exits with the number of failed checks.
check_suite() {
    local suite=$1 base root start out
    failures=0
    step "$suite: pristine system"
    base="$cache/$suite"
    if [ -n "$(find "$base/.voipbin-complete" -mtime +30 2>/dev/null)" ]; then
        echo "cached $suite system is older than 30 days: making it again"
        rm -f "$base/.voipbin-complete"
    fi
    if [ ! -f "$base/.voipbin-complete" ]; then
        rm -rf "$base"
        mkdir -p "$cache"
        start=$SECONDS
        # Fetching a whole system is the archive's part, not the package's: a mirror that fails or stalls
        # skips this release (said so), it does not fail the test.
        if timeout "$debootstrap_seconds" debootstrap --variant=minbase "$suite" "$base" "$mirror" \
            >"$scratch/debootstrap-$suite.log" 2>&1; then
            touch "$base/.voipbin-complete"
            pass "debootstrap $suite ($((SECONDS - start)) s)"
        else
            tail -20 "$scratch/debootstrap-$suite.log"
            echo "skipped: $suite: debootstrap from $mirror did not complete (the archive, not the package)"
            rm -rf "$base"
            return "$suite_skipped"
        fi
    fi
    root="$scratch/$suite"
    cp -a "$base" "$root"
    mkdir -p "$root/tmp/pkgs"
    cp "$app_deb" ${sandbox_deb:+"$sandbox_deb"} "$root/tmp/pkgs/"
    in_chroot "$root" sed -n 's/^PRETTY_NAME=//p' /etc/os-release

    step "$suite: apt-get install ./$(basename "$app_deb")"
    start=$SECONDS
    if in_chroot "$root" sh -c "apt-get -q update && apt-get install -y -q --no-install-recommends /tmp/pkgs/$(basename "$app_deb")" \
        >"$scratch/apt-$suite.log" 2>&1; then
        pass "$suite: voipbin-keys installed ($((SECONDS - start)) s, $(grep -c '^Setting up' "$scratch/apt-$suite.log") packages set up)"
    else
        tail -30 "$scratch/apt-$suite.log"
        fail "$suite: apt-get install voipbin-keys"
        rm -rf "$root"
        return "$failures"
    fi

    if out=$(in_chroot "$root" voipbin-keys --version 2>&1) && echo "$out" | grep -q "[0-9]\.[0-9]"; then
        pass "$suite: voipbin-keys --version: $out"
    else
        fail "$suite: voipbin-keys --version: $out"
    fi
    out=$(in_chroot "$root" sh -c 'mkdir -p /tmp/home /tmp/run && chmod 700 /tmp/run &&
            HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/run QT_QPA_PLATFORM=offscreen \
            timeout 60 voipbin-keys --smoke-test' 2>&1) || true
    if echo "$out" | grep -qi "sign-in window shown"; then
        pass "$suite: offscreen start to the sign-in window"
    else
        echo "$out" | tail -20
        fail "$suite: voipbin-keys --smoke-test did not report 'sign-in window shown'"
    fi

    if [ -n "$sandbox_deb" ]; then
        step "$suite: apt-get install ./$(basename "$sandbox_deb")"
        if in_chroot "$root" apt-get install -y -q --no-install-recommends "/tmp/pkgs/$(basename "$sandbox_deb")" \
            >"$scratch/apt-sandbox-$suite.log" 2>&1; then
            if out=$(in_chroot "$root" voipbin-sandbox --version 2>&1); then
                pass "$suite: voipbin-sandbox installed, --version: $out"
            else
                fail "$suite: voipbin-sandbox --version: $out"
            fi
        elif [ "$suite" = "$build_suite" ]; then
            tail -20 "$scratch/apt-sandbox-$suite.log"
            fail "$suite: voipbin-sandbox does not install on the release it was built on"
        else
            echo "note: $suite: voipbin-sandbox built on $build_suite does not install here (expected: it needs" \
                 "that release's cpp-httplib soname; the app installed without it):"
            grep -E "Depends:|unmet|but it is not installable" "$scratch/apt-sandbox-$suite.log" | head -5 || true
        fi
    fi
    rm -rf "$root"
    return "$failures"
}

pids=()
for suite in "${suites[@]}"; do
    check_suite "$suite" >"$scratch/report-$suite.log" 2>&1 &
    pids+=($!)
done
checked=()
for i in "${!suites[@]}"; do
    rc=0
    wait "${pids[$i]}" || rc=$?
    cat "$scratch/report-${suites[$i]}.log"
    if [ "$rc" -eq "$suite_skipped" ]; then
        continue
    fi
    checked+=("${suites[$i]}")
    failures=$((failures + rc))
done

echo
if [ $failures -ne 0 ]; then echo "$failures check(s) failed"; exit 1; fi
[ ${#checked[@]} -gt 0 ] || skip "Debian's archive provided none of: ${suites[*]}"
echo "the .deb installs and starts on: ${checked[*]}"
