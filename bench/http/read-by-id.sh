#!/usr/bin/env bash
# Read by id: GET /api/v1/users/{id} against the same SELECT in pgbench, and against pgbench -S.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
setup_database
start_keel
sign_in
measure "read-by-id" "$bench_dir/read-by-id.sql" "$bench_dir/read-by-id.lua"
echo "pgbench -S (its own table, same concurrency): $(pgbench -n -S -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" "$db" 2>&1 | awk '/^tps = / { print $3; exit }') tps"
