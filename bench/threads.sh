#!/usr/bin/env bash
# Thread scaling of `recbench run` on a CPU-bound grid (scenarios/bench/threads.json), next to the
# machine's own two-process control, in interleaved rounds:
#   speedup  = wall(--threads 1) / wall(--threads 2)
#   control  = 2 * wall(one --threads 1 process alone) / wall(two --threads 1 processes at once)
# The control is what two cores give two independent processes at that moment: on a machine that
# other jobs load it falls below 2, and the speedup can be read against it.
# Usage: bench/threads.sh [rounds] [horizon]   (from the repository root; defaults 3 rounds and the
# scenario's 10^5 steps per trial: 3.7 s runs; 3000000 makes runs of about a minute)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
horizon="${2:-}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
./recbench --version >/dev/null
wall() { local start end; start=$(date +%s.%N); "$@"; end=$(date +%s.%N); awk "BEGIN { print $end - $start }"; }
ratio() { awk "BEGIN { print $1 / $2 }"; }
run() {
  ./recbench run scenarios/bench/threads.json --out "$out/$1" ${horizon:+--set "horizon=$horizon"} \
    ${horizon:+--set "checkpoints=[$horizon]"} "${@:2}" >/dev/null 2>&1
}
for round in $(seq "$rounds"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  one=$(wall run one --threads 1)
  two=$(wall run two --threads 2)
  pair=$(wall bash -c "$(declare -f run); out=$out; horizon=$horizon; run a --threads 1 & run b --threads 1 & wait")
  printf 'round %d (load %s on %d cores): --threads 1 %.2f s, --threads 2 %.2f s, speedup %.2f;' \
    "$round" "$load" "$(nproc)" "$one" "$two" "$(ratio "$one" "$two")"
  printf ' two processes at once %.2f s, control %.2f\n' "$pair" "$(ratio "2 * $one" "$pair")"
done
