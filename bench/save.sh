#!/usr/bin/env bash
# Save latency: to commit (TicketService.register, WRITE_DELAY=0) and to visible in the queue of
# the real console. Arguments go to `bench save` (e.g. --count 2000 --visible 200 --tickets 50000).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
run_bench save --json "$@"
