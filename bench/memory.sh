#!/usr/bin/env bash
# Resident memory of the seat console over a scripted session.
#
#   bench/memory.sh [MINUTES] [ARGS...]     MINUTES defaults to 60; ARGS go to `bench memory`
#                                           (e.g. --saves-per-minute 6 --queries-per-minute 60)
#
# Starts `java -jar target/seatdesk.jar bench memory` with the launcher's JVM options: the real
# console, headless, on a fresh data folder with 50,000 tickets, saving tickets through its form
# and filtering/searching/scrolling its queue for MINUTES. From outside, this script reads VmRSS
# from /proc/PID/status every SAMPLE_SECONDS (default 10) into target/bench/memory-<time>.csv;
# the JVM also reports its own samples (and heap figures) in its JSON.
#
# SEATDESK_LAUNCHER=PATH measures an installed console instead: its own launcher (e.g.
# /opt/seatdesk/bin/SeatDesk from installer/jpackage.sh) with the options and start-up cache it was
# packaged with, and without MALLOC_ARENA_MAX, which such a launcher cannot set.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MINUTES=${1:-60}
shift || true
SAMPLE=${SAMPLE_SECONDS:-10}
ensure_jar
stamp=$(date -u +%Y%m%dT%H%M%SZ)
csv="$OUT/memory-$stamp.csv"
json="$OUT/memory-$stamp.json"
log="$OUT/memory-$stamp.log"

say "memory: $MINUTES min; VmRSS every ${SAMPLE}s -> $csv"
if [[ -n "${SEATDESK_LAUNCHER:-}" ]]; then
    console=(env -u MALLOC_ARENA_MAX "$SEATDESK_LAUNCHER")
else
    console=("$JAVA" "${JVM_OPTS[@]}" ${EXTRA_OPTS[@]+"${EXTRA_OPTS[@]}"} -jar "$JAR")
fi
"${console[@]}" bench memory --minutes "$MINUTES" --json --progress "$@" >"$json" 2>"$log" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' INT TERM
start=$(date +%s)
echo "elapsed_s,rss_kb" > "$csv"
while kill -0 "$pid" 2>/dev/null; do
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
    [[ -n "$rss" ]] && echo "$(( $(date +%s) - start )),$rss" >> "$csv"
    sleep "$SAMPLE"
done
rc=0
wait "$pid" || rc=$?
cat "$json"
if (( rc != 0 )); then
    say "the run failed (exit $rc); see $log"
    exit "$rc"
fi
awk -F, 'NR > 1 { n++; last = $2; if ($2 > max) max = $2; t = $1 }
         END { printf "VmRSS sampled from outside: %d samples over %d s, max %.0f MB, last %.0f MB\n", n, t, max / 1024, last / 1024 }' "$csv"
