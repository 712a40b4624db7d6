#!/usr/bin/env bash
# Keyset vs offset paging on app_user. Needs psql and pgbench and a PostgreSQL server you may create a
# database on (default: postgres@127.0.0.1:5432). Usage: bench/keyset-vs-offset/run.sh [users] [seconds]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
migrations="$here/../../adapters-persistence/src/main/resources/db/migration"
users="${1:-1000000}"
seconds="${2:-20}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db="keel_bench_$$"

psql -qX -d postgres -c "CREATE DATABASE $db"
trap 'psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
# In version order (V10 after V9), as Flyway applies them.
for migration in $(ls "$migrations"/V*.sql | sort -V); do
  psql -qX -v ON_ERROR_STOP=1 -d "$db" -1 -f "$migration"
done
psql -qX -v ON_ERROR_STOP=1 -v users="$users" -d "$db" -f "$here/setup.sql"
echo "PostgreSQL $(psql -XAt -d "$db" -c 'SHOW server_version'), $users live users, $seconds s per run, 1 client"

for script in keyset offset-only offset; do
  echo "== $script"
  pgbench -n -c 1 -T "$seconds" -D users="$users" -f "$here/$script.sql" "$db" \
    | grep -E 'number of transactions actually processed|latency average|tps ='
done

echo "== plans at depth 900000 (or the deepest page)"
depth=$(( users > 900100 ? 900000 : users - 100 ))
psql -XAt -d "$db" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON)
  SELECT id FROM app_user WHERE deleted_at IS NULL
     AND (created_at, id) < (timestamptz '2026-01-01' + ($users - $depth) * interval '1 second', 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)
   ORDER BY created_at DESC, id DESC LIMIT 21" | grep -E 'Index|Buffers|Execution'
psql -XAt -d "$db" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON)
  SELECT id FROM app_user WHERE deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 20 OFFSET $depth" \
  | grep -E 'Index|Buffers|Execution'
