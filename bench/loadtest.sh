#!/usr/bin/env bash
# The hub load test (issue 4; docs/admin-guide.md "Sizing a hub: the load test") against a freshly
# started demo hub on the embedded H2 database in a temporary directory.
#   bench/loadtest.sh [SEATS [DURATION_S [RATE]]]      defaults: 200 seats, 30 s, 20 ops/s
# Prints the load test's JSON on stdout; the hub's output stays in $DATA/hub.out.
set -euo pipefail
cd "$(dirname "$0")/.."
SEATS=${1:-200}
DURATION=${2:-30}
RATE=${3:-20}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=target/seatdesk.jar
[ -f "$JAR" ] || ./mvnw -q -B package -DskipTests
DATA=$(mktemp -d -t seatdesk-loadtest.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$JAVA" --enable-native-access=ALL-UNNAMED -jar "$JAR" hub --data "$DATA" --port "$PORT" --demo >"$DATA/hub.out" 2>&1 &
HUB=$!
trap 'kill $HUB 2>/dev/null; wait $HUB 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  kill -0 $HUB 2>/dev/null || { echo "the hub exited:" >&2; cat "$DATA/hub.out" >&2; exit 1; }
  sleep 0.2
done
echo "hub pid $HUB on port $PORT, data $DATA" >&2
"$JAVA" --enable-native-access=ALL-UNNAMED -jar "$JAR" loadtest --hub "http://127.0.0.1:$PORT" \
  --seats "$SEATS" --duration "$DURATION" --rate "$RATE" --json
