#!/usr/bin/env bash
# Several Payara Micro instances clustered on Payara's Hazelcast data grid behind HAProxy, on loopback:
#   scripts/cluster.sh start [N]   N instances (default 2) on a fresh database, then prints
#                                  LB_URL=, NODE1_URL=, NODE1_PID=, ... one NAME=value a line
#   scripts/cluster.sh stop        stops what start started
# The instances trust the external issuer when MP_JWT_VERIFY_PUBLICKEY_LOCATION is set (with
# MP_JWT_VERIFY_ISSUER and the other settings of the README), the built-in issuer otherwise, its key
# shared over the grid. The instances trust the balancer's X-Forwarded-For (CHAT_TRUSTED_PROXIES=127.0.0.1).
# Every other CHAT_* setting in the environment reaches each instance.
# Ports and names (environment, defaults in brackets): CLUSTER_LB_PORT [8080; none: no balancer, as
# the benchmark wants, which connects to each instance itself], CLUSTER_FIRST_PORT
# [8081] (instance i listens on FIRST_PORT + i - 1), CLUSTER_HZ_PORT [6900] (its data grid on
# HZ_PORT + i - 1), CLUSTER_DB [arizon_chat_cluster], CLUSTER_DIR [target/cluster] (logs, data,
# PIDs), CLUSTER_JVM_OPTIONS (extra JVM options for every instance).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly LB_PORT=${CLUSTER_LB_PORT:-8080}
readonly FIRST_PORT=${CLUSTER_FIRST_PORT:-8081}
readonly HZ_PORT=${CLUSTER_HZ_PORT:-6900}
readonly DB=${CLUSTER_DB:-arizon_chat_cluster}
readonly DIR=${CLUSTER_DIR:-target/cluster}
readonly WAR=target/ROOT.war
readonly PAYARA=target/payara-micro.jar
readonly READY_TIMEOUT_SECONDS=240
# An instance that stops answering leaves the grid within 10 s (Hazelcast's default: 60 s), and its
# users go offline then; a killed one usually sooner, as its connections are refused.
readonly HEARTBEAT="-Dhazelcast.heartbeat.interval.seconds=2 -Dhazelcast.max.no.heartbeat.seconds=10"

log() { printf '[cluster.sh] %s\n' "$*" >&2; }

# shellcheck source=scripts/lib/postgres.sh
source scripts/lib/postgres.sh

ensure_haproxy_installed() {
  if command -v haproxy >/dev/null; then
    return
  fi
  log "Installing HAProxy"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
}

ensure_built() {
  if [[ ! -f $WAR || ! -f $PAYARA ]]; then
    log "Building the WAR"
    mvn -B -q package -DskipTests >&2
  fi
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

balanced() { [[ $LB_PORT != none ]]; }

# The Hazelcast members every instance looks for: tcpip discovery on loopback.
members() {
  local list=() i
  for ((i = 0; i < $1; i++)); do
    list+=("127.0.0.1:$((HZ_PORT + i))")
  done
  (IFS=,; echo "${list[*]}")
}

start_instance() {
  local i=$1 count=$2 port=$((FIRST_PORT + $1 - 1)) node="$DIR/node$1"
  mkdir -p "$node/data" "$node/tmp"
  local db_url="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB"
  # A fresh runtime directory each start (java.io.tmpdir), as `mvn payara-micro:start` does.
  # --nohostaware: on one machine every member has the same address, and host-aware partitioning
  # would then keep no backups, so a killed instance would take its share of the grid with it.
  # The balancer (below) forwards the client's address in X-Forwarded-For; the instances take its
  # word for it, so per-address limits (REST before sign-in, the login throttle) count each client.
  env DB_URL="$db_url" DB_USER=postgres DB_PASSWORD= CHAT_DATA_DIR="$node/data" CHAT_TRUSTED_PROXIES=127.0.0.1 \
    java -Xmx768m -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl \
    -Djava.io.tmpdir="$node/tmp" $HEARTBEAT ${CLUSTER_JVM_OPTIONS:-} \
    -jar "$PAYARA" --deploy "$WAR" --contextroot / --port "$port" --name "node$i" \
    --clustername arizon-chat --clustermode "tcpip:$(members "$count")" \
    --startport "$((HZ_PORT + i - 1))" --interfaces 127.0.0.1 --hzpublicaddress 127.0.0.1 --nohostaware \
    --prebootcommandfile payara-config/pre-boot-commands.asadmin \
    --postbootcommandfile payara-config/post-boot-commands.asadmin \
    --logtofile "$node/server.log" >"$node/console.log" 2>&1 &
  echo $! >"$node/pid"
}

write_haproxy_config() {
  local count=$1 i maxconn
  # Each proxied connection takes two descriptors; stay within what this shell may raise to.
  maxconn=$(( $(ulimit -Hn) / 2 - 100 ))
  ((maxconn > 20000)) && maxconn=20000
  {
    cat <<EOF
global
    maxconn $maxconn
defaults
    mode http
    timeout connect 5s
    timeout client 120s
    timeout server 120s
    timeout tunnel 1h
    option redispatch
    retries 2
frontend chat
    bind 127.0.0.1:$LB_PORT
    # The client's address for the instances, which trust 127.0.0.1 (CHAT_TRUSTED_PROXIES).
    option forwardfor
    default_backend instances
backend instances
    balance roundrobin
    option httpchk GET /health/ready
    # Socket.IO long-polling: an Engine.IO session lives on the instance that opened it. Each
    # instance names the session in the io cookie of its handshake; the requests that follow
    # (polls, posts, the upgrade to WebSocket) carry it as ?sid= and go to that instance.
    stick-table type string len 64 size 500k expire 30m
    stick match urlp(sid)
    stick store-response res.cook(io)
EOF
    for ((i = 1; i <= count; i++)); do
      echo "    server node$i 127.0.0.1:$((FIRST_PORT + i - 1)) check inter 1s fall 2 rise 2"
    done
  } >"$DIR/haproxy.cfg"
}

await_ready() {
  local i=$1 port=$((FIRST_PORT + $1 - 1)) waited=0
  until curl -sf "http://127.0.0.1:$port/health/ready" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$(cat "$DIR/node$i/pid")" 2>/dev/null; then
      log "node$i exited; see $DIR/node$i/console.log"
      tail -40 "$DIR/node$i/console.log" >&2
      return 1
    fi
    if grep -q "Exception while loading the app" "$DIR/node$i/console.log"; then
      log "node$i failed to deploy the WAR; see $DIR/node$i/console.log"
      return 1
    fi
    if ((waited >= READY_TIMEOUT_SECONDS)); then
      log "node$i not ready after $READY_TIMEOUT_SECONDS s; see $DIR/node$i/console.log"
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

start() {
  local count=${1:-2} i
  if [[ -f $DIR/haproxy.pid ]] || compgen -G "$DIR/node*/pid" >/dev/null; then
    log "A cluster started from $DIR may still run; 'scripts/cluster.sh stop' first"
    exit 1
  fi
  for port in $(balanced && echo "$LB_PORT") $(seq "$FIRST_PORT" $((FIRST_PORT + count - 1))) \
    $(seq "$HZ_PORT" $((HZ_PORT + count - 1))); do
    port_free "$port" || { log "Port $port is in use"; exit 1; }
  done
  balanced && ensure_haproxy_installed
  ensure_postgres_installed
  ensure_postgres_running
  recreate_database "$DB" >&2
  ensure_built
  rm -rf "$DIR"
  mkdir -p "$DIR"
  if [[ -n ${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-} ]]; then
    log "External issuer: $MP_JWT_VERIFY_PUBLICKEY_LOCATION"
  else
    log "Built-in issuer, its key shared over the data grid"
  fi
  log "Starting $count instances"
  for ((i = 1; i <= count; i++)); do
    start_instance "$i" "$count"
  done
  for ((i = 1; i <= count; i++)); do
    await_ready "$i" || { stop; exit 1; }
  done
  balanced && start_balancer "$count"
  for ((i = 1; i <= count; i++)); do
    echo "NODE${i}_URL=http://127.0.0.1:$((FIRST_PORT + i - 1))"
    echo "NODE${i}_PID=$(cat "$DIR/node$i/pid")"
  done
}

start_balancer() {
  write_haproxy_config "$1"
  haproxy -f "$DIR/haproxy.cfg" -db >"$DIR/haproxy.log" 2>&1 &
  echo $! >"$DIR/haproxy.pid"
  local waited=0
  until curl -sf "http://127.0.0.1:$LB_PORT/health/ready" >/dev/null 2>&1; do
    if ((waited >= 30)); then
      log "HAProxy does not answer on $LB_PORT; see $DIR/haproxy.log"
      stop
      exit 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  echo "LB_URL=http://127.0.0.1:$LB_PORT"
  echo "LB_PID=$(cat "$DIR/haproxy.pid")"
}

stop_pid_file() {
  local file=$1 pid waited=0
  [[ -f $file ]] || return 0
  pid=$(cat "$file")
  if kill "$pid" 2>/dev/null; then
    while kill -0 "$pid" 2>/dev/null && ((waited < 30)); do
      sleep 1
      waited=$((waited + 1))
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

stop() {
  local file
  # Signal every instance first so that they shut down in parallel.
  for file in "$DIR/haproxy.pid" "$DIR"/node*/pid; do
    [[ -e $file ]] && kill "$(cat "$file")" 2>/dev/null || true
  done
  for file in "$DIR/haproxy.pid" "$DIR"/node*/pid; do
    [[ -e $file ]] && stop_pid_file "$file"
  done
  log "Stopped"
}

case "${1:-}" in
  start) start "${2:-2}" ;;
  stop) stop ;;
  *)
    echo "usage: scripts/cluster.sh start [N] | stop" >&2
    exit 2
    ;;
esac
