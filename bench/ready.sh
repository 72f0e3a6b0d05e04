#!/usr/bin/env bash
# Start-up time: `ready_ms` of `demo --exit-when-ready` (from the JVM's start until the logged-in
# console shows its queue), plainly with `java -jar` and through the launcher (./seatdesk, which
# starts demo from the JDK 25 AOT cache target/seatdesk.aot).
#
#   bench/ready.sh [RUNS]      RUNS per way (default 11); prints medians
#
# One data folder is seeded by the first start (reported apart: it writes the demo centre) and
# reused by every later run. Each run also reports wall_ms: from starting the command until the
# ready_ms line arrives, which includes the launcher's own work and the JVM's start.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS=${1:-11}
ensure_jar
DATA=$(mktemp -d "${TMPDIR:-/tmp}/seatdesk-ready.XXXXXX")
LOG="$OUT/ready-$(date -u +%Y%m%dT%H%M%SZ).log"
trap 'rm -rf "$DATA"' EXIT

# Runs one start; prints "READY_MS WALL_MS".
one() {
    local t0 line ready="" wall=""
    t0=$(date +%s%N)
    while IFS= read -r line; do
        if [[ $line == ready_ms=* ]]; then
            ready=${line#ready_ms=}
            wall=$(( ($(date +%s%N) - t0) / 1000000 ))
        fi
    done < <("$@" demo --exit-when-ready --data "$DATA" 2>>"$LOG" </dev/null)
    if [[ -z $ready ]]; then
        say "no ready_ms from: $* demo --exit-when-ready --data $DATA (see $LOG)"
        exit 1
    fi
    echo "$ready $wall"
}

# Runs RUNS starts of the command; prints the medians and the spread.
series() {
    local label=$1 readies=() walls=() r w
    shift
    for ((i = 1; i <= RUNS; i++)); do
        read -r r w < <(one "$@") && [[ -n ${r:-} ]] || exit 1
        readies+=("$r")
        walls+=("$w")
    done
    printf '%s (%d runs): ready_ms median %s (min %s, max %s); wall_ms median %s\n' "$label" "$RUNS" \
        "$(printf '%s\n' "${readies[@]}" | median)" \
        "$(printf '%s\n' "${readies[@]}" | sort -n | head -1)" "$(printf '%s\n' "${readies[@]}" | sort -n | tail -1)" \
        "$(printf '%s\n' "${walls[@]}" | median)"
    printf '  ready_ms: %s\n' "${readies[*]}"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); display: ${DISPLAY:-none (JavaFX headless platform)}"
echo "java: $("$JAVA" -version 2>&1 | head -1)"

read -r r w < <(one "$JAVA" -jar "$JAR") && [[ -n ${r:-} ]] || exit 1
echo "first start, seeds the demo centre (java -jar): ready_ms $r, wall_ms $w"

series "plain: java -jar target/seatdesk.jar demo --exit-when-ready" "$JAVA" -jar "$JAR"

# The launcher creates target/seatdesk.aot on its first demo start after a build (a training
# run); that one-off cost is reported apart, then the cache is used.
had_cache=no
[[ -s "$ROOT/target/seatdesk.aot" && "$ROOT/target/seatdesk.aot.key" -nt "$JAR" ]] && had_cache=yes
read -r r w < <(one "$ROOT/seatdesk") && [[ -n ${r:-} ]] || exit 1
echo "first ./seatdesk start (AOT cache present before: $had_cache; created now if not): ready_ms $r, wall_ms $w"
[[ -s "$ROOT/target/seatdesk.aot" ]] || say "no target/seatdesk.aot after the first launcher run: see target/seatdesk.aot.log"

series "launcher: ./seatdesk demo --exit-when-ready (AOT cache)" "$ROOT/seatdesk"
echo "log: $LOG"
