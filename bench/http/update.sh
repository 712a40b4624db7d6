#!/usr/bin/env bash
# An update: PATCH /api/v1/users/{id} (If-Match: *) against the same read-then-UPDATE transaction in pgbench.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
setup_database
start_keel
sign_in
measure "update" "$bench_dir/update.sql" "$bench_dir/update.lua"
