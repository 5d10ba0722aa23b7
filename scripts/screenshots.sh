#!/usr/bin/env bash
# Screenshots for the README: runs the real app under Xvfb against its embedded local sandbox (demo/demo),
# in a private keyring session and with a throw-away HOME, and saves grabs of the real windows:
#   docs/screenshots/sign-in.png       the sign-in window with "Local sandbox (offline)" chosen
#   docs/screenshots/main-window.png   the main window with the sandbox's seeded accesskeys
#   docs/screenshots/dark/*.png        the same in a dark desktop theme (GTK Adwaita:dark through Qt's
#                                      gtk3 platform theme, as a GNOME user with a dark theme sees it)
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default build/dev; configured and built if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
out=docs/screenshots

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DVOIPBIN_BUILD_BENCH=OFF
fi
cmake --build "$build" --target voipbin-keys

mkdir -p "$out"
app=$(realpath "$build/app/voipbin-keys")
dest=$(realpath "$out")
# Xvfb gives the xcb platform with real fonts and a real X clipboard; no window manager needed for grabs.
QT_QPA_PLATFORM=xcb scripts/keyring-session.sh unlocked -- \
    xvfb-run -a -s "-screen 0 1280x800x24" "$app" --screenshot "$dest"

# The dark pass needs Qt's GTK platform theme (Debian: qt6-gtk-platformtheme).
if ! dpkg-query -W -f='${Status}' qt6-gtk-platformtheme 2>/dev/null | grep -q "install ok installed"; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq qt6-gtk-platformtheme
fi
mkdir -p "$out/dark"
QT_QPA_PLATFORM=xcb QT_QPA_PLATFORMTHEME=gtk3 GTK_THEME=Adwaita:dark scripts/keyring-session.sh unlocked -- \
    xvfb-run -a -s "-screen 0 1280x800x24" "$app" --screenshot "$(realpath "$out/dark")"
ls -l "$out"/sign-in.png "$out"/main-window.png "$out"/dark/*.png
