# The local PostgreSQL that scripts/test.sh and scripts/cluster.sh use: installed from Debian's
# packages where missing, started where stopped, reached as postgres on 127.0.0.1 without a password.
# Source it; the caller defines log().

readonly PG_HOST=127.0.0.1
readonly PG_PORT=5432

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

# recreate_database NAME: drops it (disconnecting its users) and creates it empty.
recreate_database() {
  log "Recreating database $1"
  psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" \
    -c "CREATE DATABASE $1 OWNER postgres"
}
