#!/usr/bin/env bash
# Builds the .deb and .rpm from an already built tree and checks them the way a distribution would:
#   check-packages.sh <build-dir> <source-dir>
#
#  0. the ship-only configuration (-DVOIPBIN_BUILD_TESTS=OFF -DVOIPBIN_BUILD_BENCH=OFF, the "package" preset)
#     configures a build graph with the shipped programs only (configure only: nothing is compiled twice)
#  1. cpack -G DEB and -G RPM into a scratch directory (from <build-dir>/CPackConfig.cmake, so the binaries
#     already built are packaged): two packages each, voipbin-keys and voipbin-sandbox
#  2. lintian on both .debs: no E: and no W: line; voipbin-keys depends on no cpp-httplib and only
#     recommends voipbin-sandbox
#  3. desktop-file-validate and appstreamcli validate --no-net on the packaged files: no errors, no warnings
#  4. the Flatpak manifest: valid JSON, app id, runtime, finish-args, libsecret and qtkeychain modules
#  5. rpm -qip / -qp --requires / -qlp: Qt and libsecret requirements by soname (no distribution's package
#     names), no cpp-httplib for the app, no shared directory owned
#  6. as root only (exit 77 = skipped otherwise): apt-get install both .debs, check that every file lands where
#     desktops look, run voipbin-keys --version and an offscreen --smoke-test, apt-get remove, check it is gone.
# Installing into pristine Debian 12 and 13 systems is check-chroot-install.sh.
# Every check reports and the script carries on, so one run lists all problems: `cond && pass || fail` is meant.
# shellcheck disable=SC2015
set -uo pipefail

build=${1:?usage: check-packages.sh <build-dir> <source-dir>}
src=${2:?usage: check-packages.sh <build-dir> <source-dir>}
build=$(cd "$build" && pwd)
src=$(cd "$src" && pwd)

app_id=io.github.voipbin_keys.VoipbinKeys
pkg=voipbin-keys
sandbox_pkg=voipbin-sandbox
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
step() { echo; echo "=== $*"; }

cpack_config="$build/CPackConfig.cmake"
[ -f "$cpack_config" ] || { echo "FAIL: $cpack_config missing: configure the build first"; exit 1; }
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$cpack_config")
[ -n "$version" ] || { echo "FAIL: no CPACK_PACKAGE_VERSION in $cpack_config"; exit 1; }
echo "project version (from CPack config): $version"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/voipbin-packaging.XXXXXX")
chmod 755 "$scratch"   # apt's _apt user reads the .deb from here
installed=0
cleanup() {
    if [ "$installed" = 1 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq "$pkg" "$sandbox_pkg" >/dev/null 2>&1 || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

# --- 0. the ship-only configuration ----------------------------------------------------------------------------
step "ship-only configuration (the package preset's options)"
generator=$(sed -n 's/^CMAKE_GENERATOR:INTERNAL=//p' "$build/CMakeCache.txt")
if cmake -S "$src" -B "$scratch/ship" -G "${generator:-Ninja}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DVOIPBIN_BUILD_TESTS=OFF -DVOIPBIN_BUILD_BENCH=OFF >"$scratch/ship-configure.log" 2>&1; then
    if [ "${generator:-Ninja}" = Ninja ]; then
        programs=$(cd "$scratch/ship" && ninja -t targets all | sed -n 's|^\([^:]*\): CXX_EXECUTABLE_LINKER.*|\1|p' \
                   | xargs -rn1 basename | sort | tr '\n' ' ')
        echo "programs: $programs"
        extra=$(echo "$programs" | tr ' ' '\n' | grep -vxE 'voipbin-keys|voipbin-sandbox|vbkeys|' || true)
        [ -z "$extra" ] && echo "$programs" | grep -qw voipbin-keys \
            && pass "ship-only build makes only the shipped programs" \
            || fail "ship-only build also makes: $extra"
    fi
    grep -q "add_test\|enable_testing" "$scratch/ship/CTestTestfile.cmake" 2>/dev/null \
        && fail "ship-only configuration still defines tests" || pass "ship-only configuration defines no tests"
else
    tail -20 "$scratch/ship-configure.log"
    fail "configure with -DVOIPBIN_BUILD_TESTS=OFF -DVOIPBIN_BUILD_BENCH=OFF"
fi
rm -rf "$scratch/ship"

# --- 1. packages ----------------------------------------------------------------------------------------------
step "cpack"
for gen in DEB RPM; do
    if ! cpack --config "$cpack_config" -G "$gen" -B "$scratch/out" >"$scratch/cpack-$gen.log" 2>&1; then
        cat "$scratch/cpack-$gen.log"
        fail "cpack -G $gen"
    fi
done
debs=("$scratch"/out/"${pkg}"_*.deb)
rpms=("$scratch"/out/"${pkg}"-[0-9]*.rpm)
sandbox_debs=("$scratch"/out/"${sandbox_pkg}"_*.deb)
sandbox_rpms=("$scratch"/out/"${sandbox_pkg}"-[0-9]*.rpm)
deb=""; rpm=""; sandbox_deb=""; sandbox_rpm=""
[ -f "${debs[0]}" ] && deb=${debs[0]}
[ -f "${rpms[0]}" ] && rpm=${rpms[0]}
[ -f "${sandbox_debs[0]}" ] && sandbox_deb=${sandbox_debs[0]}
[ -f "${sandbox_rpms[0]}" ] && sandbox_rpm=${sandbox_rpms[0]}
[ -n "$deb" ] && pass "built $(basename "$deb")" || { fail "no .deb produced"; exit 1; }
[ -n "$rpm" ] && pass "built $(basename "$rpm")" || fail "no .rpm produced"
if [ -x "$build/sandbox/voipbin-sandbox" ]; then
    [ -n "$sandbox_deb" ] && pass "built $(basename "$sandbox_deb")" || fail "no $sandbox_pkg .deb produced"
    [ -n "$sandbox_rpm" ] && pass "built $(basename "$sandbox_rpm")" || fail "no $sandbox_pkg .rpm produced"
fi
stray=$(find "$scratch/out" -maxdepth 1 \( -name '*.deb' -o -name '*.rpm' \) -printf '%f\n' \
        | grep -vE "^(${pkg}|${sandbox_pkg})[_-][0-9]" || true)
[ -z "$stray" ] && pass "no package beyond $pkg and $sandbox_pkg" || fail "unexpected packages: $stray"

# --- 2. lintian -----------------------------------------------------------------------------------------------
step "lintian"
lintian --tag-display-limit 0 "$deb" ${sandbox_deb:+"$sandbox_deb"} >"$scratch/lintian.log" 2>"$scratch/lintian.err"
cat "$scratch/lintian.log"
grep -v -e 'running with root privileges is not recommended' "$scratch/lintian.err" >&2 || true
if grep -qE '^[EW]: ' "$scratch/lintian.log"; then
    fail "lintian reports errors or warnings"
else
    pass "lintian: no E: and no W:"
fi

step "control fields"
dpkg-deb -f "$deb" Package Depends Recommends
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "$depends" | grep -qi httplib && fail "$pkg depends on cpp-httplib: $depends" \
    || pass "$pkg depends on no cpp-httplib (installs where its soname differs)"
echo "$depends" | grep -qw "$sandbox_pkg" && fail "$pkg depends on $sandbox_pkg (it must only recommend it)"
if [ -n "$sandbox_deb" ]; then
    echo "$recommends" | grep -qw "$sandbox_pkg" && pass "$pkg recommends $sandbox_pkg" \
        || fail "$pkg does not recommend $sandbox_pkg: $recommends"
    dpkg-deb -f "$sandbox_deb" Package Depends
    dpkg-deb -f "$sandbox_deb" Description | head -1 | grep -qi "sandbox\|stand-in" \
        && pass "$sandbox_pkg has its own synopsis" || fail "$sandbox_pkg synopsis is not its own"
fi

# --- 3. desktop file, metainfo, man pages, docs inside the .deb ---------------------------------------------------
step "packaged files"
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
for f in "$desktop" "$metainfo" \
         "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
         "$root/usr/share/man/man1/voipbin-keys.1.gz" \
         "$root/usr/share/doc/$pkg/copyright" "$root/usr/share/doc/$pkg/changelog.gz" \
         "$root/usr/bin/voipbin-keys"; do
    [ -e "$f" ] && pass "in .deb: ${f#"$root"}" || fail "missing from .deb: ${f#"$root"}"
done
for size in 16 22 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    if [ -f "$png" ] && file "$png" | grep -q "PNG image data, $size x $size"; then :; else
        fail "missing or wrong-sized icon ${size}x${size}"
    fi
done
# Nothing else may ride along (test programs, static libraries, headers, CMake files of a dependency). The
# main package carries every program but the sandbox: the app and vbkeys, with vbkeys's shell completions.
unexpected=$(cd "$root" && find . -type f | sed 's|^\.||' | grep -vE \
    -e '^/usr/bin/(voipbin-keys|vbkeys)$' -e '^/usr/share/voipbin-keys/' \
    -e "^/usr/share/(applications/$app_id\.desktop|metainfo/$app_id\.metainfo\.xml)\$" \
    -e "^/usr/share/icons/hicolor/(scalable|[0-9]+x[0-9]+)/apps/$app_id\.(svg|png)\$" \
    -e '^/usr/share/man/man1/(voipbin-keys|vbkeys)\.1\.gz$' \
    -e '^/usr/share/bash-completion/completions/vbkeys$' -e '^/usr/share/zsh/(vendor-completions|site-functions)/_vbkeys$' \
    -e "^/usr/share/doc/$pkg/(copyright|changelog\.gz)\$")
[ -z "$unexpected" ] && pass "no unexpected files in the .deb" || fail "unexpected files in the .deb: $unexpected"
# A second program of the main package (vbkeys, app/) must land beside the app once it is built.
if [ -x "$build/app/vbkeys" ]; then
    [ -x "$root/usr/bin/vbkeys" ] && pass "vbkeys is in $pkg" || fail "vbkeys was built but is not in $pkg"
fi
if [ -n "$sandbox_deb" ]; then
    sroot="$scratch/sandbox-root"
    dpkg-deb -x "$sandbox_deb" "$sroot"
    sandbox_files=$(cd "$sroot" && find . -type f | sed 's|^\.||' | sort | tr '\n' ' ')
    expected="/usr/bin/voipbin-sandbox /usr/share/doc/$sandbox_pkg/changelog.gz /usr/share/doc/$sandbox_pkg/copyright /usr/share/man/man1/voipbin-sandbox.1.gz "
    [ "$sandbox_files" = "$expected" ] && pass "$sandbox_pkg holds the sandbox, its man page and docs" \
        || fail "$sandbox_pkg files: $sandbox_files (expected $expected)"
fi
for gz in "$root"/usr/share/man/man1/*.gz "$root/usr/share/doc/$pkg/changelog.gz"; do
    gzip -t "$gz" || fail "corrupt gzip: ${gz#"$root"}"
done
zcat "$root/usr/share/man/man1/voipbin-keys.1.gz" | grep -q "voipbin-keys $version" \
    && pass "man page carries version $version" || fail "man page does not carry version $version"
changelog_version=$(zcat "$root/usr/share/doc/$pkg/changelog.gz" | sed -n '1s/^[^ ]* (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$version" ] && pass "changelog top entry is $version" \
    || fail "changelog top entry is '$changelog_version', project version is $version: add an entry to packaging/linux/changelog"

step "desktop-file-validate"
out=$(desktop-file-validate "$desktop" 2>&1); rc=$?
[ -n "$out" ] && echo "$out"
if [ $rc -ne 0 ] || echo "$out" | grep -qE ': (error|warning):'; then fail "desktop-file-validate"; else pass "desktop-file-validate"; fi
grep -qx "Icon=$app_id" "$desktop" && pass "desktop Icon=$app_id" || fail "desktop file Icon= is not $app_id"
grep -qx "Exec=voipbin-keys" "$desktop" || grep -q "^Exec=voipbin-keys " "$desktop" || fail "desktop file Exec= is not voipbin-keys"

step "appstreamcli validate --no-net"
out=$(appstreamcli validate --no-net "$metainfo" 2>&1); rc=$?
echo "$out"
if [ $rc -ne 0 ] || echo "$out" | grep -qE '^[EW]: '; then fail "appstreamcli validate"; else pass "appstreamcli validate (infos and pedantic notes allowed)"; fi
python3 - "$metainfo" "$app_id" "$version" <<'EOF' && pass "metainfo id, launchable, release $version, binary" || fail "metainfo content"
import sys, xml.etree.ElementTree as ET
path, app_id, version = sys.argv[1:]
c = ET.parse(path).getroot()
problems = []
if c.findtext('id') != app_id: problems.append('id is %r' % c.findtext('id'))
if c.findtext("launchable[@type='desktop-id']") != app_id + '.desktop': problems.append('launchable')
rel = c.find('releases/release')
if rel is None or rel.get('version') != version: problems.append('first release is not %s' % version)
if c.findtext('provides/binary') != 'voipbin-keys': problems.append('provides binary')
if c.find("content_rating[@type='oars-1.1']") is None: problems.append('content_rating oars-1.1')
shots = [i.text for i in c.iter('image')]
if not shots or not all(s.startswith('https://') for s in shots): problems.append('screenshots')
for p in problems: print('metainfo:', p)
sys.exit(1 if problems else 0)
EOF

# --- 4. Flatpak manifest --------------------------------------------------------------------------------------
step "flatpak manifest"
python3 - "$src/packaging/flatpak" "$app_id" <<'EOF' && pass "flatpak manifest" || fail "flatpak manifest"
import json, os, sys
folder, app_id = sys.argv[1:]
path = None
for ext in ('json', 'yml', 'yaml'):
    candidate = os.path.join(folder, app_id + '.' + ext)
    if os.path.exists(candidate):
        path = candidate
        break
if path is None:
    sys.exit('no manifest %s.{json,yml} in %s' % (app_id, folder))
with open(path) as f:
    if path.endswith('.json'):
        m = json.load(f)
    else:
        import yaml
        m = yaml.safe_load(f)
problems = []
if m.get('id', m.get('app-id')) != app_id: problems.append('id/app-id is not ' + app_id)
if m.get('runtime') != 'org.kde.Platform': problems.append('runtime is not org.kde.Platform')
if not str(m.get('runtime-version', '')).startswith('6.'): problems.append('runtime-version is not 6.x')
if m.get('sdk') != 'org.kde.Sdk': problems.append('sdk is not org.kde.Sdk')
if m.get('command') != 'voipbin-keys': problems.append('command is not voipbin-keys')
args = m.get('finish-args', [])
for need in ('--share=network', '--socket=wayland', '--socket=fallback-x11',
             '--talk-name=org.freedesktop.secrets', '--talk-name=org.kde.kwalletd5', '--talk-name=org.kde.kwalletd6'):
    if need not in args: problems.append('finish-args lack ' + need)
if '--socket=x11' in args: problems.append('--socket=x11 defeats the Wayland-first fallback-x11')
names = [mod.get('name') for mod in m.get('modules', []) if isinstance(mod, dict)]
for need in ('libsecret', 'qtkeychain', 'voipbin-keys'):
    if need not in names: problems.append('no module named ' + need)
if names and names[-1] != 'voipbin-keys': problems.append('the app module must come last')
# Reproducible sources (Flathub's rule): git by full commit, archives and files by sha256, the app itself
# as a git source of this repository at a commit this repository has.
import re, subprocess
for mod in m.get('modules', []):
    for s in mod.get('sources', []):
        kind = s.get('type')
        if kind == 'git' and not re.fullmatch(r'[0-9a-f]{40}', s.get('commit', '')):
            problems.append('module %s: git source not pinned by a full commit' % mod.get('name'))
        if kind in ('archive', 'file') and not re.fullmatch(r'[0-9a-f]{64}', s.get('sha256', '')):
            problems.append('module %s: %s source without sha256' % (mod.get('name'), kind))
        if kind == 'dir':
            problems.append('module %s: dir source (not reproducible)' % mod.get('name'))
app = [mod for mod in m.get('modules', []) if isinstance(mod, dict) and mod.get('name') == 'voipbin-keys']
if app:
    srcs = [s for s in app[0].get('sources', []) if s.get('type') == 'git']
    if not srcs or not srcs[0].get('url', '').rstrip('/').endswith('voipbin-keys.git'):
        problems.append('the app module is not a git source of this repository')
    elif os.path.isdir(os.path.join(folder, '..', '..', '.git')):
        found = subprocess.run(['git', '-C', os.path.join(folder, '..', '..'), 'cat-file', '-e',
                                srcs[0].get('commit', '') + '^{commit}'], capture_output=True).returncode == 0
        shallow = os.path.exists(os.path.join(folder, '..', '..', '.git', 'shallow'))
        if not found and not shallow:
            problems.append('the app commit %s is not in this repository' % srcs[0].get('commit'))
for p in problems: print('flatpak:', p)
sys.exit(1 if problems else 0)
EOF

# --- 5. RPM ---------------------------------------------------------------------------------------------------
if [ -n "$rpm" ]; then
    step "rpm"
    rpm -qip "$rpm" 2>&1
    requires=$(rpm -qp --requires "$rpm" 2>/dev/null)
    echo "--- requires"; echo "$requires"
    echo "$requires" | grep -qi 'libqt6' && pass "rpm requires Qt 6 libraries" || fail "rpm Requires lack libQt6*"
    echo "$requires" | grep -qi 'libsecret' && pass "rpm requires libsecret" || fail "rpm Requires lack libsecret"
    echo "$requires" | grep -qi 'httplib' && fail "the app's rpm requires cpp-httplib" || pass "the app's rpm requires no cpp-httplib"
    # Every requirement is a soname, a path, an rpmlib() feature or versioned one of ours: no package name
    # that only one distribution uses (Fedora's qt6-qtsvg, openSUSE's libQt6Svg6).
    named=$(echo "$requires" | grep -vE '^(lib[^ ]+\.so[^ ]*|/[^ ]+|rpmlib\(.*|ld-linux[^ ]*|rtld\(.*)( .*)?$' || true)
    [ -z "$named" ] && pass "rpm requires sonames only (automatic detection)" || fail "rpm requires package names: $named"
    recommends=$(rpm -qp --recommends "$rpm" 2>/dev/null)
    echo "--- recommends"; echo "$recommends"
    echo "$recommends" | grep -qw "$sandbox_pkg" && pass "rpm recommends $sandbox_pkg" || fail "rpm does not recommend $sandbox_pkg"
    if [ -n "$sandbox_rpm" ]; then
        rpm -qp --recommends "$sandbox_rpm" 2>/dev/null | grep -q . && fail "$sandbox_pkg rpm has the app's Recommends"
        rpm -qlp "$sandbox_rpm" 2>/dev/null | grep -qx /usr/bin/voipbin-sandbox && pass "$sandbox_pkg rpm holds the sandbox" \
            || fail "$sandbox_pkg rpm lacks /usr/bin/voipbin-sandbox"
    fi
    rpm -qp --qf '%{VERSION}\n' "$rpm" 2>/dev/null | grep -qx "$version" && pass "rpm version $version" || fail "rpm version"
    files=$(rpm -qlp "$rpm" 2>/dev/null)
    echo "--- files"; echo "$files"
    shared_dirs=(/ /usr /usr/bin /usr/lib /usr/lib64 /usr/lib/.build-id /usr/share /usr/share/applications
                 /usr/share/metainfo /usr/share/man /usr/share/man/man1 /usr/share/doc /usr/share/icons
                 /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
    for size in 16 22 24 32 48 64 128 256; do
        shared_dirs+=("/usr/share/icons/hicolor/${size}x${size}" "/usr/share/icons/hicolor/${size}x${size}/apps")
    done
    owned=0
    for d in "${shared_dirs[@]}"; do
        if echo "$files" | grep -qxF "$d"; then fail "rpm owns shared directory $d"; owned=1; fi
    done
    [ $owned = 0 ] && pass "rpm owns no shared directory"
    for f in "/usr/bin/voipbin-keys" "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
             "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" "/usr/share/man/man1/voipbin-keys.1.gz"; do
        echo "$files" | grep -qxF "$f" || fail "rpm lacks $f"
    done
fi

# --- 6. install on this machine (root only) -------------------------------------------------------------------
if [ "$(id -u)" -ne 0 ]; then
    echo
    if [ $failures -ne 0 ]; then echo "$failures check(s) failed"; exit 1; fi
    echo "skipped: installing the .deb needs root (the checks above passed)"
    exit 77
fi
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    echo
    echo "$pkg is already installed on this machine: not touching it."
    if [ $failures -ne 0 ]; then echo "$failures check(s) failed"; exit 1; fi
    echo "skipped: install test needs a machine without $pkg"
    exit 77
fi

step "apt-get install $(basename "$deb") ${sandbox_deb:+$(basename "$sandbox_deb")}"
if DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" ${sandbox_deb:+"$sandbox_deb"} \
        >"$scratch/apt.log" 2>&1; then
    installed=1
    pass "installed"
else
    cat "$scratch/apt.log"
    fail "apt-get install $deb"
fi

if [ "$installed" = 1 ]; then
    installed_files=(
        "/usr/bin/voipbin-keys"
        "/usr/share/applications/$app_id.desktop"
        "/usr/share/metainfo/$app_id.metainfo.xml"
        "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
        "/usr/share/icons/hicolor/48x48/apps/$app_id.png"
        "/usr/share/man/man1/voipbin-keys.1.gz"
        "/usr/share/doc/$pkg/copyright"
    )
    for f in "${installed_files[@]}"; do
        [ -f "$f" ] && pass "installed $f" || fail "not installed: $f"
    done
    # What the desktop and AppStream tooling itself sees.
    desktop-file-validate "/usr/share/applications/$app_id.desktop" >/dev/null 2>&1 \
        || fail "installed desktop file does not validate"
    if command -v man >/dev/null 2>&1; then
        man -w voipbin-keys >/dev/null 2>&1 && pass "man -w voipbin-keys" || fail "man cannot find voipbin-keys(1)"
    fi

    step "voipbin-keys --version"
    mkdir -p "$scratch/vhome" && mkdir -m 700 "$scratch/vrun"
    out=$(cd "$scratch" && HOME="$scratch/vhome" XDG_RUNTIME_DIR="$scratch/vrun" XDG_CONFIG_HOME="$scratch/vhome/.config" \
          XDG_DATA_HOME="$scratch/vhome/.local/share" XDG_CACHE_HOME="$scratch/vhome/.cache" \
          QT_QPA_PLATFORM=offscreen timeout 30 /usr/bin/voipbin-keys --version 2>&1); rc=$?
    echo "$out"
    if [ $rc -eq 0 ] && echo "$out" | grep -qF "$version"; then pass "--version prints $version"
    else fail "voipbin-keys --version (exit $rc) does not print $version"; fi

    step "offscreen start to the sign-in window"
    # Private HOME, XDG dirs, dbus session and unlocked keyring: never the user's own.
    smoke=(env QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/voipbin-keys --smoke-test)
    if [ -x "$src/scripts/keyring-session.sh" ] && command -v dbus-run-session >/dev/null \
        && command -v gnome-keyring-daemon >/dev/null; then
        out=$(cd "$scratch" && "$src/scripts/keyring-session.sh" unlocked -- "${smoke[@]}" 2>&1); rc=$?
    else
        out=$(cd "$scratch" && mkdir -p home run && chmod 700 run && HOME="$scratch/home" \
              XDG_RUNTIME_DIR="$scratch/run" XDG_CONFIG_HOME="$scratch/home/.config" \
              XDG_DATA_HOME="$scratch/home/.local/share" XDG_CACHE_HOME="$scratch/home/.cache" "${smoke[@]}" 2>&1); rc=$?
    fi
    echo "$out"
    if [ $rc -eq 0 ] && echo "$out" | grep -qi "sign-in window shown"; then pass "smoke test reached the sign-in window"
    else fail "voipbin-keys --smoke-test (exit $rc) did not report 'sign-in window shown'"; fi

    if [ -n "$sandbox_deb" ]; then
        [ -x /usr/bin/voipbin-sandbox ] && out=$(/usr/bin/voipbin-sandbox --version 2>&1) \
            && pass "voipbin-sandbox --version: $out" || fail "installed voipbin-sandbox does not run"
    fi

    step "apt-get remove $pkg $sandbox_pkg"
    if DEBIAN_FRONTEND=noninteractive apt-get remove -y -q "$pkg" ${sandbox_deb:+"$sandbox_pkg"} >"$scratch/apt-remove.log" 2>&1; then
        installed=0
        pass "removed"
    else
        cat "$scratch/apt-remove.log"
        fail "apt-get remove $pkg"
    fi
    for f in "${installed_files[@]}"; do
        [ -e "$f" ] && fail "still present after removal: $f"
    done
    [ "$installed" = 0 ] && pass "files gone after removal"
fi

echo
if [ $failures -ne 0 ]; then echo "$failures check(s) failed"; exit 1; fi
echo "all packaging checks passed"
