#!/usr/bin/env bash
# Builds the benchmarks in release mode, runs them, prints the figures and writes them into README.md
# between the "bench:start" and "bench:end" markers. Run it on a quiet machine; figures vary with load,
# the "vs floor" ratios (against a floor measured in the same run) far less.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# BENCH_BUILD_DIR: a build directory of one's own when others build in the same checkout.
build=${BENCH_BUILD_DIR:-build/release}
cmake --preset release -B "$build" >/dev/null
benches="bench_parsing bench_client bench_sandbox bench_keytable bench_window bench_startup"
# shellcheck disable=SC2086 # one target per word
cmake --build "$build" --target $benches
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export QT_QPA_PLATFORM=offscreen

rows=""
for bench in $benches; do
    # Start-up is timed as on a desktop: a session bus with an unlocked keyring (a private one), and an X
    # server for its X11 rows.
    wrap=()
    [ "$bench" = bench_startup ] && wrap=(xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp"
        scripts/keyring-session.sh unlocked --)
    # The median of 3 runs: one slow run on a shared machine must not become the figure.
    "${wrap[@]}" "$build/bench/$bench" -median 3 -o "$out/$bench.txt,txt" >/dev/null 2>&1 || { echo "$bench failed" >&2; cat "$out/$bench.txt" >&2; exit 1; }
    # Qt Test prints "RESULT : Class::function():"tag":" then the figure on the next line.
    rows+=$(awk -v bench="$bench" '
        /^RESULT : / { name=$3; sub(/\(\).*/, "", name); sub(/^[A-Za-z]+::/, "", name); tag=$0; sub(/^[^"]*"?/, "", tag); sub(/".*$/, "", tag); if ($0 !~ /"/) tag="-"; getline; printf "%s\t%s\t%s\t%s\t%s\n", bench, name, tag, $1, $2 }' "$out/$bench.txt")$'\n'
done

machine="$(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), Qt $(qmake6 -query QT_VERSION 2>/dev/null || echo 6), $(date -u +%Y-%m-%d)"
python3 - "$rows" "$machine" <<'PY'
import re, sys
rows, machine = sys.argv[1], sys.argv[2]
results = [line.split("\t") for line in rows.splitlines() if line.strip()]
# A bench's floor (transportFloor, bench_startup's bareWindowFloor: any case named ...Floor) is the floor of
# its other cases with the same tag: measured in the same run, the ratio says what the code costs above the
# transport or a bare Qt window and varies far less with the machine and its load.
floors = {(b, tag): (float(fig.replace(",", "")), unit) for b, name, tag, fig, unit in results
          if name.endswith("Floor")}
# Issue 9's goals (2 cores), next to the figures they judge: by (bench, case) or, for one tag, (bench, case, tag).
goals = {("bench_window", "signInToAllRows"): "≤ 3× floor", ("bench_window", "worstStall"): "≤ 50 msecs",
         ("bench_window", "peakMemory"): "≤ 70 MiB", ("bench_startup", "startToFirstPaint"): "≤ 1.3× floor",
         ("bench_sandbox", "serveAllPages", "100000"): "≤ 2,000 msecs, linear",
         ("bench_client", "listAllKeys"): "≤ 1.5× floor", ("bench_keytable", "sortByColumn"): "≤ 150 msecs",
         ("bench_window", "sortInWindow"): "≤ 150 msecs"}
lines = ["| benchmark | case | per iteration | vs floor | goal |", "|---|---|---|---|---|"]
for b, name, tag, fig, unit in results:
    ratio = ""
    if name.endswith("Floor"):
        ratio = "floor"
    elif (b, tag) in floors and floors[(b, tag)][1] == unit and floors[(b, tag)][0] > 0:
        ratio = "%.1f×" % (float(fig.replace(",", "")) / floors[(b, tag)][0])
    if unit == "bytes":  # peakMemory: VmHWM above the signed-out window
        fig, unit = "%.0f" % (float(fig.replace(",", "")) / 2**20), "MiB"
    lines.append("| %s::%s | %s | %s %s | %s | %s |" % (b, name, tag, fig, unit, ratio,
                 goals.get((b, name, tag), goals.get((b, name), ""))))
table = "\n".join(lines)
print(table)
print("(" + machine + ")")
path = "README.md"
text = open(path, encoding="utf-8").read()
block = ("<!-- bench:start -->\n" + table + "\n\nMeasured on " + machine
         + " with `scripts/bench.sh`.\n<!-- bench:end -->")
new = re.sub(r"<!-- bench:start -->.*?<!-- bench:end -->", lambda _: block, text, flags=re.S)
open(path, "w", encoding="utf-8").write(new)
PY
