#!/usr/bin/env bash
# Memory and collection time of the wall display in a real full-screen window under Xvfb with
# JavaFX's software pipeline (ADR 0038): the wall of `./seatdesk demo --face wall` (its clock,
# roll call, counts and notices redrawn live) for MINUTES on a SIZE screen.
#
#   bench/wall-memory.sh [MINUTES [SIZE]]      defaults: 60 minutes, 3840x2160
#
# Writes target/bench/wall-memory-<time>.csv (elapsed_s, rss_kb) and the JVM's GC log beside it,
# and prints one line: the RSS at the end and at its peak, the share of the time spent in
# collection pauses and the number of full collections (the targets: below 2 %, no storm).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MINUTES=${1:-60}
SIZE=${2:-3840x2160}
SAMPLE=${SAMPLE_SECONDS:-30}
ensure_jar
for tool in Xvfb xdotool; do
    command -v "$tool" >/dev/null || { say "needs $tool (apt-get install xvfb xdotool libgtk-3-0)"; exit 1; }
done
stamp=$(date -u +%Y%m%dT%H%M%SZ)
csv="$OUT/wall-memory-$stamp.csv"
gclog="$OUT/wall-memory-$stamp.gc.log"
data=$(mktemp -d -t seatdesk-wall-memory.XXXXXX)
say "wall-memory: $MINUTES min at $SIZE; VmRSS every ${SAMPLE}s -> $csv"
display=:$(( 200 + RANDOM % 500 ))
Xvfb "$display" -screen 0 "${SIZE}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=$display "$JAVA" "${JVM_OPTS[@]}" ${EXTRA_OPTS[@]+"${EXTRA_OPTS[@]}"} \
    "-Xlog:gc:file=$gclog" "-Dseatdesk.bench.run=$stamp" -jar "$JAR" demo --face wall --data "$data" \
    >"$OUT/wall-memory-$stamp.log" 2>&1 &
runner=$!
trap 'kill "$runner" "$xvfb" 2>/dev/null || true; rm -rf "$data"' EXIT INT TERM
jvm=""
for _ in $(seq 1 300); do
    jvm=$(pgrep -f -- "-Dseatdesk.bench.run=$stamp" | while read -r p; do
              [[ "$(cat "/proc/$p/comm" 2>/dev/null)" == java ]] && echo "$p"; done | head -n 1 || true)
    [[ -n "$jvm" ]] && break
    sleep 0.1
done
[[ -n "$jvm" ]] || { say "the wall did not start; see $OUT/wall-memory-$stamp.log"; exit 1; }
# The wall logs in as W001 (the demo's wall login), then goes full screen.
for _ in $(seq 1 120); do
    DISPLAY=$display xdotool search --name SeatDesk >/dev/null 2>&1 && break
    sleep 0.5
done
sleep 3
DISPLAY=$display xdotool type --delay 50 W001
DISPLAY=$display xdotool key Tab
DISPLAY=$display xdotool type --delay 50 demo
DISPLAY=$display xdotool key Return
echo "elapsed_s,rss_kb" > "$csv"
start=$(date +%s)
end=$(( start + MINUTES * 60 ))
while (( $(date +%s) < end )) && kill -0 "$jvm" 2>/dev/null; do
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$jvm/status" 2>/dev/null || true)
    [[ -n "$rss" ]] && echo "$(( $(date +%s) - start )),$rss" >> "$csv"
    if [[ -n "${SHOT:-}" && ! -f "$SHOT" && $(( $(date +%s) - start )) -ge 20 ]]; then
        DISPLAY=$display import -window root "$SHOT" 2>/dev/null || true   # SHOT=file.png: what it showed
    fi
    sleep "$SAMPLE"
done
kill -0 "$jvm" 2>/dev/null || { say "the wall exited early; see $OUT/wall-memory-$stamp.log"; exit 1; }
kill "$jvm"
elapsed=$(( $(date +%s) - start ))
awk -F, -v s="$elapsed" 'NR > 1 { last = $2; if ($2 > max) max = $2 }
     END { printf "wall %s: %d s, VmRSS end %.0f MiB, peak %.0f MiB", "'"$SIZE"'", s, last / 1024, max / 1024 }' "$csv"
awk -v s="$elapsed" '/Pause/ { t = $NF; sub("ms", "", t); ms += t } /Pause Full/ { full++ }
     END { printf ", GC pauses %.2f %% of the time, %d full collections\n", ms / 10 / s, full }' "$gclog"
grep -q "OutOfMemoryError" "$OUT/wall-memory-$stamp.log" && say "OutOfMemoryError in the log" || true
