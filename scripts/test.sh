#!/usr/bin/env bash
# Install what is missing (every set: build, run, test, package), build with warnings as errors, and run
# every test (ctest labels: unit, integration, keychain, gui, packaging). Each test that needs a keyring
# starts its own private dbus session and gnome-keyring (scripts/keyring-session.sh); widget tests run
# offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build run test package
cmake --preset ci
cmake --build --preset ci
ctest --preset ci "$@"
