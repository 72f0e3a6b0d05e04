#!/usr/bin/env bash
# Knowledge-base search in the real console: keystroke to rendered results (R-KB-4, target ≤ 100 ms),
# on a seat database of generated articles. Arguments go to `bench kb-ui` (e.g. --articles 100000 --runs 5).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
run_bench kb-ui --json "$@"
