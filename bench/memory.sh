#!/usr/bin/env bash
# Resident memory of the seat console over a scripted session.
#
#   bench/memory.sh [MINUTES] [ARGS...]     MINUTES defaults to 60; ARGS go to `bench memory`
#                                           (e.g. --saves-per-minute 6 --queries-per-minute 60)
#
# Starts `java -jar target/seatdesk.jar bench memory` with the launcher's JVM options: the real
# console in a real WINDOW (default 1920x1080) under Xvfb with JavaFX's software pipeline (what a
# virtual desktop or a PC without a usable GPU gets: the scene's pixel buffers live in the Java
# heap), on a fresh data folder with 50,000 tickets, saving tickets through its form and
# filtering/searching/scrolling its queue for MINUTES. WINDOW=headless measures the headless
# platform at 1366x768 instead (the figure of sessions up to 9: it is not what a seat uses).
# Without a DISPLAY the script starts Xvfb itself (xvfb-run; Debian: xvfb libgtk-3-0). From outside, this script reads VmRSS
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
WINDOW=${WINDOW:-1920x1080}
ensure_jar
stamp=$(date -u +%Y%m%dT%H%M%SZ)
csv="$OUT/memory-$stamp.csv"
json="$OUT/memory-$stamp.json"
log="$OUT/memory-$stamp.log"

say "memory: $MINUTES min; VmRSS every ${SAMPLE}s -> $csv"
if [[ -n "${SEATDESK_LAUNCHER:-}" ]]; then
    console=(env -u MALLOC_ARENA_MAX "JDK_JAVA_OPTIONS=-Dseatdesk.bench.run=$stamp" "$SEATDESK_LAUNCHER")
else
    console=("$JAVA" "${JVM_OPTS[@]}" ${EXTRA_OPTS[@]+"${EXTRA_OPTS[@]}"} "-Dseatdesk.bench.run=$stamp" -jar "$JAR")
fi
args=(bench memory --minutes "$MINUTES" --json --progress)
display=()
if [[ "$WINDOW" != headless ]]; then
    args+=(--window "$WINDOW")
    if [[ -z "${DISPLAY:-}" ]]; then
        command -v xvfb-run >/dev/null || { say "no DISPLAY and no xvfb-run (apt-get install xvfb libgtk-3-0)"; exit 1; }
        display=(xvfb-run -a -s "-screen 0 ${WINDOW}x24")
    fi
fi
say "memory: window $WINDOW"
${display[@]+"${display[@]}"} "${console[@]}" "${args[@]}" "$@" >"$json" 2>"$log" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' INT TERM
jvm=$pid
if (( ${#display[@]} )); then   # the JVM runs below xvfb-run: find it by its tag
    jvm=""
    for _ in $(seq 1 200); do
        jvm=$(pgrep -f -- "-Dseatdesk.bench.run=$stamp" | while read -r p; do
                  [[ "$(cat "/proc/$p/comm" 2>/dev/null)" == java ]] && echo "$p"; done | head -n 1 || true)
        [[ -n "$jvm" ]] && break
        sleep 0.1
    done
    [[ -n "$jvm" ]] || { say "the console did not start under xvfb-run; see $log"; exit 1; }
fi
start=$(date +%s)
echo "elapsed_s,rss_kb" > "$csv"
while kill -0 "$pid" 2>/dev/null; do
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$jvm/status" 2>/dev/null || true)
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
