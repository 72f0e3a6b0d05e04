#!/usr/bin/env bash
# 1,000 connected consoles on one hub with its heap capped at 1 GB (issue 4), and propagation p99
# (<= 250 ms at 1,000 seats, <= 100 ms at 200): a demo hub on H2 started with -Xmx1g and a GC log,
# then `loadtest` with every seat holding an event stream. While the seats are connected
# (at 80 % of the run) the hub's heap is read after a full GC (jcmd GC.run + GC.heap_info).
#   bench/hubseats.sh [SEATS [DURATION_S [RATE [WARMUP_S]]]]   defaults: 1000 seats, 60 s, 20 ops/s, 0 s
# WARMUP_S: seconds of the same traffic before the timed DURATION_S (loadtest --warmup), so that a
# freshly started hub has compiled its hot paths (ADR 0027); verified, not timed.
# Prints the load test's JSON, then one JSON line with the hub's heap, threads and resident memory.
# SEATDESK_HUB_JVM: more options for the hub's JVM (e.g. a JFR recording), after -Xmx1g and the GC log.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SEATS=${1:-1000}
DURATION=${2:-60}
RATE=${3:-20}
WARMUP=${4:-0}
ensure_jar
DATA=$(mktemp -d -t seatdesk-hubseats.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
HUB_JVM=()
read -r -a HUB_JVM <<< "${SEATDESK_HUB_JVM:-}" || true
"$JAVA" --enable-native-access=ALL-UNNAMED -Xmx1g "-Xlog:gc:file=$DATA/gc.log" ${HUB_JVM[@]+"${HUB_JVM[@]}"} -jar "$JAR" hub --data "$DATA" \
    --port "$PORT" --demo >"$DATA/hub.out" 2>&1 &
HUB=$!
trap 'kill $HUB 2>/dev/null; wait $HUB 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  kill -0 $HUB 2>/dev/null || { echo "the hub exited:" >&2; cat "$DATA/hub.out" >&2; exit 1; }
  sleep 0.2
done
say "hub pid $HUB on port $PORT (-Xmx1g), data $DATA; load $(cut -d' ' -f1-3 /proc/loadavg)"
# processor time of each side: on two cores the load test's 1,000 streams compete with the hub
/usr/bin/time -f "%U %S" -o "$DATA/loadtest.cpu" "$JAVA" --enable-native-access=ALL-UNNAMED -jar "$JAR" loadtest \
    --hub "http://127.0.0.1:$PORT" --seats "$SEATS" --observers "$SEATS" --duration "$DURATION" --rate "$RATE" --warmup "$WARMUP" \
    --json >"$DATA/loadtest.json" 2>"$DATA/loadtest.err" &
LOAD=$!
hub_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' /proc/$HUB/stat; }
# The seats log in first (Argon2 at the hub, four at a time), then open their event streams:
# wait until the hub holds a connection per seat (the streams; pushes share a few more).
for _ in $(seq 1 1800); do
  [[ $(ss -Htn state established "( sport = :$PORT )" | wc -l) -ge $SEATS ]] && break
  kill -0 $LOAD 2>/dev/null || break
  sleep 1
done
say "all $SEATS event streams open; load $(cut -d' ' -f1-3 /proc/loadavg)"
HUB_CPU_START=$(hub_cpu)
sleep $((WARMUP + DURATION * 8 / 10))
"$JAVA_HOME/bin/jcmd" $HUB GC.run >/dev/null   # a full GC while every stream is open; the GC log has its result
THREADS=$(awk '/^Threads/ {print $2}' /proc/$HUB/status)
RSS=$(awk '/^VmRSS/ {print $2}' /proc/$HUB/status)
STREAMS=$(ss -Htn state established "( sport = :$PORT )" | wc -l)
wait $LOAD || true
HUB_CPU_END=$(hub_cpu)
cat "$DATA/loadtest.json"
grep -h 'Push round trip' "$DATA/loadtest.err" >&2 || true   # where the tail comes from: hub answer vs the generator's own lateness
AFTER_FULL_GC=$(grep -oE 'Pause Full \(Diagnostic Command\) [0-9]+M->[0-9]+M' "$DATA/gc.log" | sed -E 's/.*->([0-9]+)M/\1/' | tail -1)
MAX_AFTER_GC=$(grep -oE '[0-9]+M->[0-9]+M' "$DATA/gc.log" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1)
printf '{"hub_heap_after_full_gc_mb":%s,"hub_heap_max_after_any_gc_mb":%s,"hub_threads":%s,"hub_rss_mb":%s,"tcp_connections":%s,"hub_cpu_s_from_streams_open":%s,"loadtest_cpu_s":"%s","loadavg_at_end":"%s"}\n' \
    "${AFTER_FULL_GC:-null}" "${MAX_AFTER_GC:-null}" "$THREADS" "$((RSS / 1024))" "$STREAMS" \
    "$(awk -v a="$HUB_CPU_START" -v b="$HUB_CPU_END" 'BEGIN { printf "%.1f", b - a }')" \
    "$(awk '{ print $1 + $2 }' "$DATA/loadtest.cpu" 2>/dev/null)" "$(cut -d' ' -f1-3 /proc/loadavg)"
say "hub output: $DATA/hub.out, GC log: $DATA/gc.log"
