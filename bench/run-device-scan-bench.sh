#!/usr/bin/env bash
# Load test of the device-scan endpoint against a trivial endpoint of the same server, on loopback.
# Needs wrk (apt-get install -y wrk). See docs/benchmarks.md for what it measures and the recorded results.
# Usage: bench/run-device-scan-bench.sh [residents] [requests] [seconds]   (defaults 300 300000 30)
# BENCH_JAVA: the java that runs the server (default: java on the PATH); BENCH_JVM_OPTS, BENCH_SERVER_ARGS: more
# options for its JVM and arguments for the server.
set -euo pipefail
cd "$(dirname "$0")/.."
RESIDENTS=${1:-300}
COUNT=${2:-300000}
SECONDS_EACH=${3:-30}
WORK=${BENCH_DIR:-/tmp/hc-bench}
PORT=18480
DB_PORT=54391

./mvnw -B -o -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=runtime
CP="target/classes:$(cat target/bench-classpath.txt)"
rm -rf "$WORK" && mkdir -p "$WORK/classes"
javac -d "$WORK/classes" -cp "$CP" bench/DeviceScanBench.java bench/CountCheckIns.java

# The server with the durable embedded default (fsync and synchronous_commit on), its own data directory and ports.
# Repeat window 0: every scan is a new check-in, so stored rows can be compared with answers. Screen codes live
# 10 minutes and device timestamps are accepted 15 minutes apart, so that the codes and requests made before the runs
# stay valid during all of them.
"${BENCH_JAVA:-java}" -Xmx1g ${BENCH_JVM_OPTS:-} -cp "$WORK/classes:$CP" DeviceScanBench "$RESIDENTS" "$COUNT" "$WORK/requests.tsv" \
    --server.port=$PORT --healthcode.data-dir="$WORK/data" --healthcode.database.embedded.port=$DB_PORT \
    --healthcode.check-ins.repeat-window=0s --healthcode.codes.screen-validity=10m \
    --healthcode.venue-devices.clock-tolerance=15m ${BENCH_SERVER_ARGS:-} > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER' EXIT
until grep -q "BENCH READY" "$WORK/server.log"; do
    kill -0 $SERVER || { tail -50 "$WORK/server.log"; exit 1; }
    sleep 2
done
VENUES=$(grep "BENCH READY" "$WORK/server.log" | awk '{print $5}')

# Warm-up: the first WARMUP requests, so that the JIT has compiled the scan path before anything is measured (their
# nonces are spent; the measured run sends only the lines after them).
WARMUP=${WARMUP:-40000}
# The rest is split in two: the saturated run (64 connections) and a lighter one (8 connections) for latency below
# saturation. A run that sent more requests than its file holds would replay nonces and count them as "other".
HALF=$(( (COUNT - WARMUP) / 2 ))
sed -n "1,${WARMUP}p" "$WORK/requests.tsv" > "$WORK/warmup.tsv"
sed -n "$((WARMUP + 1)),$((WARMUP + HALF))p" "$WORK/requests.tsv" > "$WORK/measured.tsv"
sed -n "$((WARMUP + HALF + 1)),\$p" "$WORK/requests.tsv" > "$WORK/light.tsv"
REQUESTS="$WORK/warmup.tsv" WRK_THREADS=2 wrk -t2 -c64 -d15s -s bench/device-scans.lua http://127.0.0.1:$PORT \
    > "$WORK/wrk-warmup.txt"
wrk -t2 -c64 -d5s http://127.0.0.1:$PORT/actuator/info > /dev/null
sleep 3
java -cp "$WORK/classes:$CP" CountCheckIns $DB_PORT "$VENUES" | tee "$WORK/count-before.txt"

REQUESTS="$WORK/measured.tsv" WRK_THREADS=2 wrk -t2 -c64 -d${SECONDS_EACH}s --latency -s bench/device-scans.lua \
    http://127.0.0.1:$PORT | tee "$WORK/wrk-scans.txt"
sleep 3
java -cp "$WORK/classes:$CP" CountCheckIns $DB_PORT "$VENUES" | tee "$WORK/count-after.txt"
echo "stored during the measured run: $(( $(awk '{print $3}' "$WORK/count-after.txt") \
    - $(awk '{print $3}' "$WORK/count-before.txt") ))"
wrk -t2 -c64 -d${SECONDS_EACH}s --latency http://127.0.0.1:$PORT/actuator/info | tee "$WORK/wrk-trivial.txt"
REQUESTS="$WORK/light.tsv" WRK_THREADS=2 wrk -t2 -c8 -d${SECONDS_EACH}s --latency -s bench/device-scans.lua \
    http://127.0.0.1:$PORT | tee "$WORK/wrk-scans-light.txt"
