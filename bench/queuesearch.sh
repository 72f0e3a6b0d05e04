#!/usr/bin/env bash
# The queue's search alone (JooqTicketRepository, no console) for the short prefixes of
# `bench queue`: processor time per prefix. DIR is a data folder that
# `bench/queue.sh --keep --dir DIR` left (it is copied, not changed). Usage: queuesearch.sh DIR [ROUNDS]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_jar
DIR="${1:?usage: bench/queuesearch.sh DIR [ROUNDS] (DIR from bench/queue.sh --keep --dir DIR)}"
COPY="$(mktemp -d)"
trap 'rm -rf "$COPY"' EXIT
cp "$DIR"/seat.mv.db "$COPY"/
"$JAVA" "${JVM_OPTS[@]}" ${EXTRA_OPTS[@]+"${EXTRA_OPTS[@]}"} -cp "$JAR" "$ROOT/bench/java/QueueSearchCpu.java" "$COPY" "${2:-3}"
