#!/usr/bin/env bash
# ZhStat.extract over about 20 MB of the seed corpus: a plain loop (one thread, two threads) and
# the same documents through the Spark transformation and the SQL function in local[2], in one run.
# Run from anywhere; extra arguments go to JMH.
set -euo pipefail
export SPARK_LOCAL_IP=127.0.0.1
cd "$(dirname "$0")/../.."
mvn -B -q install -DskipTests
mvn -B -q -f benchmarks/spark/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
# the library just built comes first: other builds may install another snapshot meanwhile
java -cp "target/zhstat-0.1.0-SNAPSHOT.jar:benchmarks/spark/target/classes:$(cat benchmarks/spark/target/classpath.txt)" \
    org.openjdk.jmh.Main SparkBenchmark "$@"
