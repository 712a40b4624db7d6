#!/usr/bin/env bash
# A list page: GET /api/v1/users?limit=20 against the same keyset statement in pgbench.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
setup_database
start_keel
sign_in
measure "list-page" "$bench_dir/list-page.sql" "$bench_dir/list-page.lua"
