#!/usr/bin/env bash
# Wall time of one CPU-heavy grid on each engine: the local engine with 1 and 2 threads, Spark
# local[1] and local[2], and a Spark standalone cluster on 127.0.0.1 (one worker with 2 cores,
# started from Maven's Spark jars), interleaved over ROUNDS rounds; prints each time, the
# 2-core speedups and Spark's overhead per trial (local[1] against the local engine's 1 thread).
# Usage: bench/engines.sh [ROUNDS] [EPISODES]   (defaults 3 and 20000; run from the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
episodes="${2:-20000}"
scenario=scenarios/churn/bnb-grid.json
out="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$out"' EXIT

spark_home="$out/spark-home"
mkdir -p "$spark_home/jars"
tr ':' '\n' < engines/spark/target/spark-classpath.txt | xargs -I{} ln -sf {} "$spark_home/jars/"
export SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
port=$((17000 + RANDOM % 1000))
java -cp "$spark_home/jars/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 \
  --port "$port" --webui-port 0 >"$out/master.log" 2>&1 &
sleep 5
java -cp "$spark_home/jars/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 \
  --cores 2 --memory 2g --webui-port 0 "spark://127.0.0.1:$port" >"$out/worker.log" 2>&1 &
sleep 5

declare -A engines=(
  [local-1]="--threads 1"
  [local-2]="--threads 2"
  [spark-local-1]="--engine spark --master local[1]"
  [spark-local-2]="--engine spark --master local[2]"
  [spark-cluster]="--engine spark --master spark://127.0.0.1:$port"
)
order=(local-1 local-2 spark-local-1 spark-local-2 spark-cluster)
declare -A total
trials=0
for round in $(seq 1 "$rounds"); do
  echo "round $round, load $(cut -d' ' -f1-3 /proc/loadavg)"
  for name in "${order[@]}"; do
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    ./recbench run "$scenario" --set "episodes=$episodes" ${engines[$name]} \
      --out "$out/runs" >"$out/$name.out" 2>"$out/$name.err"
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    total[$name]=$(echo "${total[$name]:-0} + $seconds" | bc)
    trials=$(grep -o '[0-9,]* trials' "$out/$name.out" | head -1 | tr -d ', trials')
    printf '  %-14s %7.2f s\n' "$name" "$seconds"
  done
done
mean() { echo "scale=3; ${total[$1]} / $rounds" | bc; }
echo "means over $rounds rounds ($trials trials, $episodes sessions each):"
for name in "${order[@]}"; do printf '  %-14s %7.2f s\n' "$name" "$(mean "$name")"; done
printf 'speedup local 2/1 threads: %.2f; Spark local[2]/local[1]: %.2f; cluster (2 cores)/local[1]: %.2f\n' \
  "$(echo "$(mean local-1) / $(mean local-2)" | bc -l)" \
  "$(echo "$(mean spark-local-1) / $(mean spark-local-2)" | bc -l)" \
  "$(echo "$(mean spark-local-1) / $(mean spark-cluster)" | bc -l)"
printf "Spark's overhead per trial (local[1] - local, 1 thread): %.2f ms\n" \
  "$(echo "($(mean spark-local-1) - $(mean local-1)) * 1000 / $trials" | bc -l)"
