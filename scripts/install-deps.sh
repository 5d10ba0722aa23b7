#!/usr/bin/env bash
# Installs, from Debian's/Ubuntu's archive, whatever the build, the app and the tests need and the
# machine lacks. Runs apt-get directly as root, through sudo otherwise. Safe to run again.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qtkeychain-qt6-dev libcpp-httplib-dev libssl-dev
    # run: Secret Service backend, SVG icons, Wayland
    libsecret-1-0 gnome-keyring libqt6svg6 qt6-wayland openssl
    # tests: private dbus session, keyring tools, a real X display, screenshots, accessibility bus
    dbus dbus-bin dbus-daemon libsecret-tools xvfb xauth imagemagick at-spi2-core
    python3-gi gir1.2-atspi-2.0
    # tests/memory: nm names the objects that still hold a secret
    binutils
    # package checks
    lintian desktop-file-utils appstream rpm dpkg-dev file fakeroot python3
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
