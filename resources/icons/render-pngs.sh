#!/bin/sh
# Re-renders the committed hicolor PNGs from the scalable SVG. Run after editing the SVG, then look at them.
# Needs rsvg-convert (Debian: librsvg2-bin). The PNGs are committed so the build needs no SVG renderer.
set -eu
cd "$(dirname "$0")"
id=io.github.voipbin_keys.VoipbinKeys
for s in 16 22 24 32 48 64 128 256; do
    mkdir -p "${s}x${s}"
    rsvg-convert -w "$s" -h "$s" "$id.svg" -o "${s}x${s}/$id.png"
done
