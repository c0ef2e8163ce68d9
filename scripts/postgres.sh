#!/usr/bin/env bash
# Makes a local PostgreSQL ready for the tests and for development: installs Debian's postgresql when
# it is missing (as root), starts its cluster when it is down, and creates the login role the tests
# use over TCP on 127.0.0.1 (role party, password party, allowed to create databases, and a member of
# pg_signal_backend: PostgreSQL 15's DROP DATABASE … WITH (FORCE) refuses to end an autovacuum worker
# on the database otherwise, as if it were another role's session). Idempotent: run it as often as you
# like. Prints the connection string on its last line.
set -euo pipefail

role=${PARTY_PG_ROLE:-party}
password=${PARTY_PG_PASSWORD:-party}

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "PostgreSQL is not installed (Debian: sudo apt-get install postgresql); install it and run again." >&2
    exit 1
  fi
  echo "Installing postgresql..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

# The first cluster Debian made (version, name, port, status).
read -r version cluster port status _ < <(pg_lsclusters -h | head -n 1)
if [ "$status" != online ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "The PostgreSQL cluster $version/$cluster is down; start it with: sudo pg_ctlcluster $version $cluster start" >&2
    exit 1
  fi
  pg_ctlcluster "$version" "$cluster" start || pg_lsclusters -h | grep -q online
fi

for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
pg_isready -q -h 127.0.0.1 -p "$port" || { echo "PostgreSQL $version/$cluster does not answer on 127.0.0.1:$port." >&2; exit 1; }

if [ "$(id -u)" -eq 0 ] || [ "$(id -un)" = postgres ]; then
  as_postgres psql -q -v ON_ERROR_STOP=1 -p "$port" -d postgres -c "
    DO \$\$BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
        CREATE ROLE \"$role\" LOGIN CREATEDB PASSWORD '$password';
      ELSE
        ALTER ROLE \"$role\" LOGIN CREATEDB PASSWORD '$password';
      END IF;
    END\$\$;
    GRANT pg_signal_backend TO \"$role\";" >/dev/null
fi

echo "Host=127.0.0.1;Port=$port;Username=$role;Password=$password"
