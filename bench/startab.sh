#!/usr/bin/env bash
# Two builds' starts side by side: processor time at ready and ready_ms of `demo --exit-when-ready`,
# A and B interleaved so that other work on the machine falls on both alike (docs/performance.md,
# "Start-up pass 3"). Each way: plain `java -jar`, and the launcher's way (its console options and
# an AOT cache trained for that jar with the same options, as ./seatdesk does).
#
#   bench/startab.sh JAR_A JAR_B [RUNS]      RUNS starts of each jar each way (default 5)
#
# OPTS_A, OPTS_B: the JVM options of one side's launcher-way starts instead of the launcher's own
# (`./seatdesk --print-jvm-options console`), split on spaces: e.g. the options of the launcher an
# older build came with. Copy the jars first (a build must not replace them mid-run).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

JAR_A=${1:?usage: bench/startab.sh JAR_A JAR_B [RUNS]}
JAR_B=${2:?usage: bench/startab.sh JAR_A JAR_B [RUNS]}
RUNS=${3:-5}
read -r -a OPTS_A <<< "${OPTS_A:-}" || true
read -r -a OPTS_B <<< "${OPTS_B:-}" || true
WORK=$(mktemp -d "${TMPDIR:-/tmp}/seatdesk-startab.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
DATA="$WORK/data"
"$JAVA" -jar "$JAR_A" demo --exit-when-ready --data "$DATA" >/dev/null 2>&1   # seeds the demo centre

# The launcher-way options for side $1 (A or B).
launcher_opts() {
    local -n own="OPTS_$1"
    if (( ${#own[@]} > 0 )); then printf '%s\n' "${own[@]}"; else printf '%s\n' "${JVM_OPTS[@]}"; fi
}

for side in A B; do
    jar_var="JAR_$side"
    mapfile -t opts < <(launcher_opts "$side")
    # trained on a seeded folder, as ./seatdesk does
    "$JAVA" "${opts[@]}" -jar "${!jar_var}" demo --exit-when-ready --data "$WORK/train-$side" >/dev/null 2>&1 || true
    "$JAVA" -XX:AOTCacheOutput="$WORK/$side.aot" "${opts[@]}" -jar "${!jar_var}" demo --exit-when-ready \
        --data "$WORK/train-$side" >"$WORK/train-$side.log" 2>&1 || say "no AOT cache for $side (see $WORK/train-$side.log)"
done

# Prints "READY_MS CPU_AT_READY_S" of one start: the process's own reading at ready (its log line).
one() {
    local ready
    ready=$("$@" demo --exit-when-ready --data "$DATA" 2>/dev/null </dev/null | sed -n 's/^ready_ms=//p')
    echo "$ready $(sed -n 's/.*Ready in [0-9]* ms, processor time \([0-9]*\) ms.*/\1/p' "$DATA/logs/seatdesk.log" | tail -1 |
        awk '{ printf "%.2f", $1 / 1000 }')"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "A: $JAR_A, launcher way: $(launcher_opts A | tr '\n' ' ')"
echo "B: $JAR_B, launcher way: $(launcher_opts B | tr '\n' ' ')"
for ((i = 1; i <= RUNS; i++)); do
    for side in A B; do
        jar_var="JAR_$side"
        echo "$side plain:    ready_ms cpu_at_ready_s = $(one "$JAVA" -jar "${!jar_var}")"
    done
    for side in A B; do
        jar_var="JAR_$side"
        mapfile -t opts < <(launcher_opts "$side")
        aot=()
        [[ -s "$WORK/$side.aot" ]] && aot=(-XX:AOTCache="$WORK/$side.aot")
        echo "$side launcher: ready_ms cpu_at_ready_s = $(one "$JAVA" ${aot[@]+"${aot[@]}"} "${opts[@]}" -jar "${!jar_var}")"
    done
done | tee "$WORK/runs.txt"
echo "load at end $(cut -d' ' -f1-3 /proc/loadavg)"
# Medians per side and way.
awk '{ key = $1 " " $2; cpu[key] = cpu[key] " " $NF; ready[key] = ready[key] " " $(NF - 1) }
     END { for (k in cpu) print k, ready[k], "|", cpu[k] }' "$WORK/runs.txt" | sort |
    while read -r side way rest; do
        readies=${rest%%|*}; cpus=${rest#*|}
        printf '%s %-9s ready_ms median %s, processor time at ready median %s s (%d starts)\n' "$side" "$way" \
            "$(tr ' ' '\n' <<< "$readies" | grep . | median)" \
            "$(tr ' ' '\n' <<< "$cpus" | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')" \
            "$(tr ' ' '\n' <<< "$readies" | grep -c .)"
    done
