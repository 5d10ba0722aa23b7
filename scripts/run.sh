#!/usr/bin/env bash
# Quick start: install what is missing, build, and open VoIPbin Keys. Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target voipbin-keys voipbin-sandbox
exec build/release/app/voipbin-keys "$@"
