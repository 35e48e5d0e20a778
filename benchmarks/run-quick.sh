#!/usr/bin/env bash
# Quick mode: every benchmark with short iterations (about two minutes on 2 cores).
# Run from anywhere; results are noisy, compare ratios within one run.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
mvn -B -q -f benchmarks/pom.xml package
java -jar benchmarks/target/benchmarks.jar -wi 1 -w 1 -i 2 -r 1 -f 1 -prof gc \
    "ParseBenchmark|ExtractBenchmark" "$@"
java -jar benchmarks/target/benchmarks.jar -wi 1 -w 1 -i 1 -r 1 -f 1 "ScalingBenchmark|AdversarialBenchmark" "$@"
java -jar benchmarks/target/benchmarks.jar -f 3 ColdStartBenchmark "$@"
benchmarks/cold-start-cli.sh
