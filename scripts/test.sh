#!/usr/bin/env bash
# Prepares what the tests need (PostgreSQL and a fresh test database) and runs every test:
#   scripts/test.sh [extra Maven arguments, e.g. -Dit.test=HealthIT]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly PG_HOST=127.0.0.1
readonly PG_PORT=5432
readonly TEST_DB=arizon_chat_test

log() { printf '[test.sh] %s\n' "$*"; }

as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

pg_accepting() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; }

latest_pg_version() { ls /etc/postgresql | sort -V | tail -1; }

ensure_postgres_installed() {
  if command -v pg_ctlcluster >/dev/null && compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null \
    && [[ -n "$(ls /etc/postgresql 2>/dev/null)" ]]; then
    return
  fi
  log "Installing PostgreSQL"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  # A fresh Debian cluster asks for a password over TCP; the tests connect as postgres without one.
  local hba
  hba="/etc/postgresql/$(latest_pg_version)/main/pg_hba.conf"
  as_root sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
  # Only matters if the install started the cluster; otherwise the start below reads the file.
  as_root pg_ctlcluster --skip-systemctl-redirect "$(latest_pg_version)" main reload >/dev/null 2>&1 || true
}

ensure_postgres_running() {
  if pg_accepting; then
    return
  fi
  local version
  version="$(latest_pg_version)"
  log "Starting PostgreSQL $version"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 30); do
    if pg_accepting; then
      return
    fi
    sleep 1
  done
  log "PostgreSQL is not accepting connections on $PG_HOST:$PG_PORT after 30 s"
  exit 1
}

recreate_test_database() {
  log "Recreating database $TEST_DB"
  psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $TEST_DB WITH (FORCE)" \
    -c "CREATE DATABASE $TEST_DB OWNER postgres"
}

ensure_postgres_installed
ensure_postgres_running
recreate_test_database

# --- Browser tests (BrowserSuiteIT): Debian's Chromium, Node.js and the suite's npm packages. ---
readonly BROWSER_SUITE=src/test/js/browser
readonly EMOJI_FONT=/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf

prepare_browser_suite() {
  local packages=()
  [[ -x /usr/bin/chromium ]] || packages+=(chromium)
  # Reactions are emoji: without a colour emoji font the screenshots show empty boxes.
  [[ -f $EMOJI_FONT ]] || packages+=(fonts-noto-color-emoji)
  command -v node >/dev/null || packages+=(nodejs)
  command -v npm >/dev/null || packages+=(npm)
  if ((${#packages[@]})); then
    log "Installing ${packages[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
  fi
  log "Installing the browser suite's npm packages"
  npm ci --prefix "$BROWSER_SUITE" --no-audit --no-fund --loglevel=error
}

prepare_browser_suite

# The Socket.IO suite (src/test/js/socketio, run by SocketIoNodeSuiteIT) needs Node.js 20.14+ and
# its pinned socket.io-client.
ensure_node_installed() {
  if command -v node >/dev/null && command -v npm >/dev/null; then
    return
  fi
  log "Installing Node.js and npm"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
}

ensure_node_installed
log "Installing the Socket.IO test suite's dependencies"
npm ci --prefix src/test/js/socketio --no-audit --no-fund
# OpenApiDocumentIT lints the served OpenAPI document with the pinned @redocly/cli (Node.js 20.19+).
log "Installing the OpenAPI lint's dependencies"
npm ci --prefix src/test/js/openapi --no-audit --no-fund --loglevel=error

log "Running mvn verify"
exec mvn -B -ntp verify "$@"
