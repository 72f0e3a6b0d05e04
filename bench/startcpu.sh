#!/usr/bin/env bash
# Processor time of a start: user+sys seconds of `demo --exit-when-ready`, beside its ready_ms.
# Start-up keeps both cores of a 2-core machine busy, so processor time is the figure that other
# work on the machine disturbs least (docs/performance.md, "Start-up is processor-bound").
#
#   bench/startcpu.sh [RUNS]     RUNS plain starts and RUNS launcher starts, interleaved (default 5)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS=${1:-5}
ensure_jar
DATA=$(mktemp -d "${TMPDIR:-/tmp}/seatdesk-startcpu.XXXXXX")
trap 'rm -rf "$DATA"' EXIT
"$JAVA" -jar "$JAR" demo --exit-when-ready --data "$DATA" >/dev/null 2>&1   # seeds the demo centre
"$ROOT/seatdesk" demo --exit-when-ready --data "$DATA" >/dev/null 2>&1      # makes the AOT cache if missing

# Prints "READY_MS CPU_S" of one start of the command in "$@".
one() {
    local out
    out=$(/usr/bin/time -o "$DATA/time.txt" -f 'cpu %U %S' "$@" demo --exit-when-ready --data "$DATA" 2>/dev/null </dev/null)
    awk '/^ready_ms=/ { split($0, a, "="); r = a[2] } /^cpu / { c = $2 + $3 } END { printf "%s %.2f\n", r, c }' \
        <<< "$out"$'\n'"$(cat "$DATA/time.txt")"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 1; i <= RUNS; i++)); do
    echo "plain    (java -jar):  ready_ms cpu_s = $(one "$JAVA" -jar "$JAR")"
    echo "launcher (./seatdesk): ready_ms cpu_s = $(one "$ROOT/seatdesk")"
done
echo "load at end $(cut -d' ' -f1-3 /proc/loadavg)"
