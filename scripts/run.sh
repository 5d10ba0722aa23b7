#!/usr/bin/env bash
# Quick start: install what building and running need (not the test or packaging tools), build the app and
# the local sandbox, and open VoIPbin Keys. Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build run
cmake --preset release >/dev/null
cmake --build --preset release --target voipbin-keys voipbin-sandbox
exec build/release/app/voipbin-keys "$@"
