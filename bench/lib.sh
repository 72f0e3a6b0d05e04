# Shared by the bench/*.sh scripts (sourced, not run): the JDK the launcher would use, a jar
# built from the current sources, and the JVM options the launcher starts the console with.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# SEATDESK_JAR: run another (copied) jar, e.g. so that a build during a long run cannot replace
# the classes under the running JVMs (it did: NoClassDefFoundError halfway through hubseats.sh).
JAR="${SEATDESK_JAR:-$ROOT/target/seatdesk.jar}"
OUT="$ROOT/target/bench"
mkdir -p "$OUT"

JAVA_HOME="$("$ROOT/seatdesk" --print-java-home)" || exit 1
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"

# The launcher's options for the console (see ./seatdesk), so that figures are those of the
# console as run; the launcher is the one place they are written.
mapfile -t JVM_OPTS < <("$ROOT/seatdesk" --print-jvm-options console)
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
EXTRA_OPTS=()
read -r -a EXTRA_OPTS <<< "${SEATDESK_JAVA_OPTS:-}" || true

say() { printf 'bench: %s\n' "$*" >&2; }

# Builds target/seatdesk.jar when it is missing or older than its sources.
ensure_jar() {
    [[ -n "${SEATDESK_JAR:-}" ]] && return 0
    local inputs=("$ROOT/pom.xml" "$ROOT/src")
    [[ -d "$ROOT/resources" ]] && inputs+=("$ROOT/resources")
    if [[ ! -f "$JAR" || -n "$(find "${inputs[@]}" -newer "$JAR" -print -quit 2>/dev/null)" ]]; then
        say "building target/seatdesk.jar"
        (cd "$ROOT" && ./mvnw -q -B -DskipTests package) || { say "build failed"; exit 1; }
    fi
}

# Runs `java -jar target/seatdesk.jar bench NAME ARGS...` with the launcher's options; the JSON
# report goes to stdout and to target/bench/NAME-<time>.json, the JVM's chatter to a .log file.
run_bench() {
    local name=$1 stamp
    shift
    stamp=$(date -u +%Y%m%dT%H%M%SZ)
    ensure_jar
    say "$name: java -jar target/seatdesk.jar bench $name $* (log: target/bench/$name-$stamp.log)"
    "$JAVA" "${JVM_OPTS[@]}" ${EXTRA_OPTS[@]+"${EXTRA_OPTS[@]}"} -jar "$JAR" bench "$name" "$@" \
        2>"$OUT/$name-$stamp.log" | tee "$OUT/$name-$stamp.json"
    return "${PIPESTATUS[0]}"
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
