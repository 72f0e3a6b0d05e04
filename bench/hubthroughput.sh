#!/usr/bin/env bash
# Hub throughput with batched push (issue 4: >= 5,000 durable ops/s on H2, >= 4,000 on PostgreSQL):
# `bench hub-throughput`, which starts a real hub process (-Xmx1g) and pushes from 4 clients.
#   bench/hubthroughput.sh [h2|JDBC_URL] [EXTRA ARGS...]
# e.g. bench/hubthroughput.sh 'jdbc:postgresql://127.0.0.1:5432/seatdesk_test?user=seatdesk&password=seatdesk'
# (a new schema is made in that database for the run and dropped afterwards).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DB=${1:-h2}
shift || true
run_bench hub-throughput --db "$DB" --json "$@"
