#!/usr/bin/env bash
# Run ruff and the whole test suite twice: on SQLite, then on a PostgreSQL server started here on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh --test

.venv/bin/ruff check .
.venv/bin/ruff format --check .

workers=${MOTEBOK_TEST_WORKERS:-2}
data_dir=$(mktemp -d /tmp/motebok-test-data.XXXXXX)
pg_dir=$(mktemp -d /tmp/motebok-test-pg.XXXXXX)
chmod 755 "$pg_dir"
pg_port=${MOTEBOK_TEST_PG_PORT:-54329}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

as_pg() {
  # PostgreSQL refuses to run as root, so the server runs as the postgres user that Debian's package creates.
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
stop_pg() {
  [[ -f "$pg_dir/data/postmaster.pid" ]] && as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null || true
  rm -rf "$pg_dir" "$data_dir"
}
trap stop_pg EXIT

echo "== Tests on SQLite"
MOTEBOK_DATA_DIR="$data_dir/sqlite" .venv/bin/pytest -n "$workers" -p no:cacheprovider "$@"

echo "== Tests on PostgreSQL"
[[ $(id -u) -eq 0 ]] && chown postgres "$pg_dir"
as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U motebok --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null
as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U motebok motebok
DATABASE_URL="postgres://motebok@127.0.0.1:$pg_port/motebok" MOTEBOK_DATA_DIR="$data_dir/pg" \
  .venv/bin/pytest -n "$workers" -p no:cacheprovider "$@"
