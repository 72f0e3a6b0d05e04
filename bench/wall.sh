#!/usr/bin/env bash
# Wall update latency under load (issue 5; docs/performance.md): a fresh demo hub, `loadtest`
# with SEATS simulated seats running beside `bench wall`, which pushes roll-call marks as the
# shift monitor and times each until a wall client shows it.
#   bench/wall.sh [SEATS [MARKS [DURATION_S]]]      defaults: 200 seats, 200 marks, 120 s of load
# Prints the wall bench's JSON, then the load test's, on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
SEATS=${1:-200}
MARKS=${2:-200}
DURATION=${3:-120}
# The JDK 25 the launcher finds (a bare `java` may be older: the hub did not start) and the jar.
source bench/lib.sh
ensure_jar
DATA=$(mktemp -d -t seatdesk-wall.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$JAVA" --enable-native-access=ALL-UNNAMED -jar "$JAR" hub --data "$DATA" --port "$PORT" --demo >"$DATA/hub.out" 2>&1 &
HUB=$!
trap 'kill $HUB 2>/dev/null; wait $HUB 2>/dev/null || true' EXIT
for _ in $(seq 1 150); do
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  kill -0 $HUB 2>/dev/null || { echo "the hub exited:" >&2; cat "$DATA/hub.out" >&2; exit 1; }
  sleep 0.2
done
echo "hub pid $HUB on port $PORT, data $DATA" >&2
"$JAVA" --enable-native-access=ALL-UNNAMED -jar "$JAR" loadtest --hub "http://127.0.0.1:$PORT" \
  --seats "$SEATS" --duration "$DURATION" --json >"$DATA/loadtest.json" 2>"$DATA/loadtest.err" &
LOAD=$!
sleep 15 # the seats have logged in and are sending
"$JAVA" --enable-native-access=ALL-UNNAMED -jar "$JAR" bench wall --hub "http://127.0.0.1:$PORT" --marks "$MARKS" --json || true # exit 1: p99 over 1 s
wait $LOAD || true
cat "$DATA/loadtest.json"
