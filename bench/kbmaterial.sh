#!/usr/bin/env bash
# Original material of real size (R-KB-2, ADR 0023): a file of --mib (default 10) attached at the
# KB editor's console, pushed to a real hub process, pulled and reassembled at the centre
# director's console; an agent's seat pulls past it. `bench kb-material`.
#   bench/kbmaterial.sh [MIB [h2|JDBC_URL]]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
run_bench kb-material --mib "${1:-10}" --db "${2:-h2}" --json
