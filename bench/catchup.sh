#!/usr/bin/env bash
# Catch-up of a seat with 10,000 pending operations after the hub returns (issue 4: <= 10 s):
# `bench catch-up`, a real seat sync engine on a real H2 file against a real hub process.
#   bench/catchup.sh [OPS [h2|JDBC_URL]]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
run_bench catch-up --ops "${1:-10000}" --db "${2:-h2}" --json
