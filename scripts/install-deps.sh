#!/usr/bin/env bash
# Installs, from Debian's/Ubuntu's archive, what the named sets need and the machine lacks. Runs apt-get
# directly as root, through sudo otherwise. Safe to run again.
#
#   install-deps.sh [build] [run] [test] [package]     (no argument: all four)
#
#   build    compilers, CMake, Qt 6, QtKeychain, cpp-httplib and OpenSSL headers
#   run      what the app needs at run time: the Secret Service backend, SVG icons, Wayland
#   test     private dbus sessions and keyrings, a real X display, screenshots, the accessibility bus
#   package  lintian, rpm, the desktop/AppStream validators, debootstrap for the pristine-chroot installs
#
# scripts/run.sh asks for build and run only; scripts/test.sh asks for all four.
set -euo pipefail

usage() { echo "usage: $0 [build] [run] [test] [package]" >&2; exit 2; }

sets=("$@")
[ ${#sets[@]} -eq 0 ] && sets=(build run test package)

packages=()
for set in "${sets[@]}"; do
    case "$set" in
        build)
            packages+=(cmake ninja-build g++ pkg-config
                       qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
                       qtkeychain-qt6-dev libcpp-httplib-dev libssl-dev
                       # vbkeys import-vn: the vn CLI's YAML configuration
                       libyaml-dev
                       # the key list's pages (app/api/AccessKeyPage), header-only
                       rapidjson-dev) ;;
        run)
            # gnome-keyring: a Secret Service for a desktop that has none; openssl: the sandbox's certificate;
            # qt6-translations-l10n: Qt's own strings (buttons, dialogs) in the desktop's language.
            packages+=(libsecret-1-0 gnome-keyring libqt6svg6 qt6-wayland openssl qt6-translations-l10n) ;;
        test)
            packages+=(dbus dbus-bin dbus-daemon libsecret-tools xvfb xauth imagemagick at-spi2-core
                       python3 python3-gi gir1.2-atspi-2.0
                       # tests/memory: nm names the objects that still hold a secret
                       binutils) ;;
        package)
            packages+=(lintian desktop-file-utils appstream rpm dpkg-dev file fakeroot python3
                       # tests/packaging: pristine Debian 12 and 13 chroots to install the .deb into
                       debootstrap debian-archive-keyring) ;;
        -h | --help) usage ;;
        *) echo "install-deps.sh: unknown set '$set'" >&2; usage ;;
    esac
done

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
