#!/usr/bin/env bash
# Load generator for the real-time transports (see ChatLoadBenchmark):
#   scripts/bench.sh fanout [--rooms 20] [--members 50] [--rate 1000] [--seconds 30] [--warmup 10] [--jfr f.jfr]
#     random members of each room send; latency percentiles, then p50/p99 per 10 s of sending
#     from the first message (warm-up included)
#   scripts/bench.sh fanout --instances 2 [--grid-port 5801] [the options above]
#     the same against 2 (or N) instances on Payara's data grid over loopback, started as the cluster
#     tests start them (scripts/cluster.sh, without HAProxy) on the one fresh database: instance n on
#     --port + n - 1, its grid member on --grid-port + n - 1; member i of each room connects to
#     instance i mod N; adds send-to-new_message latency for deliveries on the sender's instance and on
#     another, and each instance's memory, CPU and /metrics counters
#   scripts/bench.sh overload [--rooms 20] [--members 50] [--rate 2000] [--seconds 30] [--jfr f.jfr]
#     more than the server takes, while /health/ready is probed every 200 ms (a fresh connection each,
#     1 s to answer) during the load and 10 s after; then replies (acknowledged, RATE_LIMITED, other),
#     connections closed, whether fresh clients still get through, and acknowledged messages missing
#     from the history
#   scripts/bench.sh idle [--connections 10000] [--members 50] [--seconds 60] [--histogram f.txt] [--jfr f.jfr]
#   scripts/bench.sh rest [--connections 32] [--seconds 30] [--warmup 15]   (REST reads, see RestReadLoad)
# The real-time modes take --transport native (/ws/chat, the default) or socketio (Socket.IO over WebSocket,
# as socket.io-client with transports: ['websocket']).
# BENCH_SERVER_JVM="-XX:..." adds JVM options to the server's (to compare settings).
# It builds the WAR, recreates the database BENCH_DB (default arizon_chat_bench) on the local
# PostgreSQL, starts Payara Micro on --port (default 18201), or the instances of --instances, and stops
# them when done.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly BENCH_DB="${BENCH_DB:-arizon_chat_bench}"
readonly PG="psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -q -v ON_ERROR_STOP=1"

$PG -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" -c "CREATE DATABASE $BENCH_DB OWNER postgres"
mvn -B -o -q package -DskipTests
mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

exec java -Xmx2g -XX:+UseParallelGC \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  -Dchat.it.dbUrl="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" \
  -Dchat.bench.db="$BENCH_DB" \
  -Dchat.it.workDir=target/bench \
  -Dchat.it.serverJvmOptions="${BENCH_SERVER_JVM:-}" \
  com.arizon.chat.bench.ChatLoadBenchmark "$@"
