#!/usr/bin/env bash
# Processor time of a start: user+sys seconds of `demo --exit-when-ready`, beside its ready_ms
# (until exit, and as the process read it when it was ready).
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

# Prints "READY_MS CPU_S CPU_AT_READY_S" of one start of the command in "$@": processor time of
# the whole process (until it exits, so it includes closing and whatever ran after ready), and
# the process's own reading at the moment it was ready (the log's "processor time").
one() {
    local out atready
    out=$(/usr/bin/time -o "$DATA/time.txt" -f 'cpu %U %S' "$@" demo --exit-when-ready --data "$DATA" 2>/dev/null </dev/null)
    atready=$(sed -n 's/.*Ready in [0-9]* ms, processor time \([0-9]*\) ms.*/\1/p' "$DATA/logs/seatdesk.log" | tail -1)
    awk -v a="${atready:-0}" '/^ready_ms=/ { split($0, x, "="); r = x[2] } /^cpu / { c = $2 + $3 } END { printf "%s %.2f %.2f\n", r, c, a / 1000 }' \
        <<< "$out"$'\n'"$(cat "$DATA/time.txt")"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 1; i <= RUNS; i++)); do
    echo "plain    (java -jar):  ready_ms cpu_s cpu_at_ready_s = $(one "$JAVA" -jar "$JAR")"
    echo "launcher (./seatdesk): ready_ms cpu_s cpu_at_ready_s = $(one "$ROOT/seatdesk")"
done
echo "load at end $(cut -d' ' -f1-3 /proc/loadavg)"
