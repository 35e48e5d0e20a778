#!/usr/bin/env bash
# Wall time of the command line on one short expression, in a fresh JVM each run: started as
# java -jar, and by the launcher target/zhstat with its class-data archive. Prints each run in
# milliseconds and the medians. Needs mvn package (on Unix it makes the launcher and archive).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/zhstat-*-cli.jar | head -n 1)
runs=${RUNS:-10}

measure() {
    local times=() start end
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        echo "同比上升19.17%" | "$@" > /dev/null
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    local sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    echo "${times[*]}; median ${sorted[$((runs / 2))]}"
}

echo "cli cold start, java -jar (ms): $(measure java -jar "$jar")"
if [ -x target/zhstat ]; then
    echo "cli cold start, target/zhstat (ms): $(measure target/zhstat)"
fi
