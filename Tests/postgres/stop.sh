#!/usr/bin/env bash
# Stops the cluster Tests/postgres/start.sh made and removes its folder.
#   Tests/postgres/stop.sh [DIR]   (default: $KARTLEGG_TEST_POSTGRES_DIR, else the last one started)
set -uo pipefail
base="${1:-${KARTLEGG_TEST_POSTGRES_DIR:-$(cat "${TMPDIR:-/tmp}/kartlegg-pg.last" 2>/dev/null)}}"
if [ -z "$base" ] || [ ! -d "$base/data" ]; then
  echo "stop.sh: no cluster to stop" >&2
  exit 0
fi
bin=""
for candidate in /usr/lib/postgresql/*/bin; do
  if [ -x "$candidate/pg_ctl" ]; then bin="$candidate"; fi
done
as_owner=()
if [ "$(id -u)" = 0 ]; then as_owner=(runuser -u postgres --); fi
"${as_owner[@]}" "$bin/pg_ctl" -D "$base/data" -m fast -w stop >/dev/null 2>&1 || true
case "$base" in
  "${TMPDIR:-/tmp}"/kartlegg-pg.*) rm -rf "$base" ;;
  *) echo "stop.sh: not removing $base (not a kartlegg-pg folder)" >&2 ;;
esac
