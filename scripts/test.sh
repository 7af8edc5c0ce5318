#!/usr/bin/env bash
# Prepares what the tests need (PostgreSQL and a fresh test database) and runs every test:
#   scripts/test.sh [extra Maven arguments, e.g. -Dit.test=HealthIT]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly TEST_DB=arizon_chat_test

log() { printf '[test.sh] %s\n' "$*"; }

# shellcheck source=scripts/lib/postgres.sh
source scripts/lib/postgres.sh

ensure_postgres_installed
ensure_postgres_running
recreate_database "$TEST_DB"

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
