#!/usr/bin/env bash
# Builds the benchmarks in release mode, runs them, prints the figures and writes them into README.md
# between the "bench:start" and "bench:end" markers. Run it on a quiet machine; figures vary with load.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target bench_parsing bench_client bench_keytable
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export QT_QPA_PLATFORM=offscreen

table="| benchmark | case | time per iteration |"$'\n'"|---|---|---|"
for bench in bench_parsing bench_client bench_keytable; do
    build/release/bench/$bench -o "$out/$bench.txt,txt" >/dev/null 2>&1 || { echo "$bench failed" >&2; cat "$out/$bench.txt" >&2; exit 1; }
    # Qt Test prints "RESULT : Class::function():"tag":" then the figure on the next line.
    rows=$(awk -v bench="$bench" '
        /^RESULT : / { name=$3; sub(/\(\).*/, "", name); sub(/^[A-Za-z]+::/, "", name); tag=$0; sub(/^[^"]*"?/, "", tag); sub(/".*$/, "", tag); if ($0 !~ /"/) tag="-"; getline; fig=$1" "$2; printf "| %s::%s | %s | %s |\n", bench, name, tag, fig }' "$out/$bench.txt")
    table+=$'\n'"$rows"
done

machine="$(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), Qt $(qmake6 -query QT_VERSION 2>/dev/null || echo 6), $(date -u +%Y-%m-%d)"
echo "$table"
echo "($machine)"
python3 - "$table" "$machine" <<'PY'
import re, sys
table, machine = sys.argv[1], sys.argv[2]
path = "README.md"
text = open(path, encoding="utf-8").read()
block = "<!-- bench:start -->\n" + table + "\n\nMeasured on " + machine + " with `scripts/bench.sh`.\n<!-- bench:end -->"
new = re.sub(r"<!-- bench:start -->.*?<!-- bench:end -->", block, text, flags=re.S)
open(path, "w", encoding="utf-8").write(new)
PY
