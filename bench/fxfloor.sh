#!/usr/bin/env bash
# The floor under a plain start: bench/java/FxFloor.java (JavaFX alone, a window like the seat
# console's first screen, nothing else) started RUNS times with plain `java -cp target/seatdesk.jar`,
# as `demo --exit-when-ready` is by bench/ready.sh. Prints each ready_ms and processor time at
# ready, and the medians. What a plain start costs beyond this is the console's own work (the
# database, jOOQ, the login, its views); docs/performance.md, session 7.
#
#   bench/fxfloor.sh [RUNS]      RUNS starts (default 11)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS=${1:-11}
ensure_jar
CLASSES=$(mktemp -d "${TMPDIR:-/tmp}/seatdesk-fxfloor.XXXXXX")
trap 'rm -rf "$CLASSES"' EXIT
"$JAVA_HOME/bin/javac" -d "$CLASSES" -cp "$JAR" "$ROOT/bench/java/FxFloor.java"

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
readies=() cpus=()
for ((i = 1; i <= RUNS; i++)); do
    line=$("$JAVA" -cp "$JAR:$CLASSES" FxFloor 2>/dev/null)
    echo "$line"
    readies+=("$(sed -E 's/ready_ms=([0-9]+).*/\1/' <<< "$line")")
    cpus+=("$(sed -E 's/.*processor_ms=([0-9]+).*/\1/' <<< "$line")")
done
printf 'median ready_ms %s, processor time at ready %s ms\n' \
    "$(printf '%s\n' "${readies[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)"
