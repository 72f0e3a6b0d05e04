#!/usr/bin/env bash
# Queue filter and search on 50,000 tickets through the real console's controls.
# Arguments go to `bench queue` (e.g. --tickets 50000 --runs 200).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
run_bench queue --json "$@"
