#!/usr/bin/env bash
# Knowledge-base search on a generated corpus: index build, query latency, recall (R-KB-4).
# Arguments go to `bench kb` (e.g. --articles 100000 --runs 30).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
run_bench kb --json "$@"
