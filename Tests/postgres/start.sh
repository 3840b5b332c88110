#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, listening on
# 127.0.0.1 on a free port (and a Unix socket in the same folder), with a `kartlegg` database
# owned by a `kartlegg` login role (trust authentication: loopback only, throwaway data).
#
#   eval "$(Tests/postgres/start.sh)"     # exports KARTLEGG_TEST_POSTGRES_URL and _DIR
#   Tests/postgres/stop.sh                # stops it and removes the folder
#
# initdb refuses to run as root, so as root the cluster runs as the `postgres` user.
set -euo pipefail

bin=""
for candidate in /usr/lib/postgresql/*/bin; do
  if [ -x "$candidate/initdb" ]; then bin="$candidate"; fi
done
if [ -z "$bin" ]; then
  echo "start.sh: no PostgreSQL server (initdb) under /usr/lib/postgresql/*/bin;" \
    "apt-get install postgresql" >&2
  exit 69
fi

as_owner=()
if [ "$(id -u)" = 0 ]; then as_owner=(runuser -u postgres --); fi

base="$(mktemp -d "${TMPDIR:-/tmp}/kartlegg-pg.XXXXXX")"
chmod 0755 "$base"
data="$base/data"
mkdir -m 0700 "$data"
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$data"; fi

# A free port: ask the kernel for one, then hand it to the server.
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

"${as_owner[@]}" "$bin/initdb" -D "$data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
  >"$base/initdb.log" 2>&1 || { cat "$base/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
  -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on" \
  start >"$base/pg_ctl.log" 2>&1 || { cat "$base/pg_ctl.log" "$data/server.log" >&2; exit 1; }

psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres)
"${psql[@]}" -c "CREATE ROLE kartlegg LOGIN CREATEROLE CREATEDB"
"${psql[@]}" -c "CREATE DATABASE kartlegg OWNER kartlegg"

echo "$base" >"${TMPDIR:-/tmp}/kartlegg-pg.last"
echo "export KARTLEGG_TEST_POSTGRES_URL='postgresql://kartlegg@127.0.0.1:$port/kartlegg'"
echo "export KARTLEGG_TEST_POSTGRES_ADMIN_URL='postgresql://postgres@127.0.0.1:$port/postgres'"
echo "export KARTLEGG_TEST_POSTGRES_DIR='$base'"
