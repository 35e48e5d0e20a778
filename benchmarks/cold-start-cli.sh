#!/usr/bin/env bash
# Wall time of the command line on one short expression, in a fresh JVM each run.
# Prints each run in milliseconds and the median. Needs target/zhstat-*-cli.jar (mvn package).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/zhstat-*-cli.jar | head -n 1)
runs=${RUNS:-10}
times=()
for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    echo "同比上升19.17%" | java -jar "$jar" > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "cli cold start (ms): ${times[*]}; median ${sorted[$((runs / 2))]}"
