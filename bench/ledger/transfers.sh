#!/usr/bin/env bash
# Ledger transfers per second through the HTTP API at 16 and 64 connections, each against a pgbench TPC-B-like run at
# the same concurrency in the same database and run; then the hot-account case (every transfer debits one account) at
# 64; then the bytes on disk per transfer (ledger_transfer + ledger_entry with their indexes); last, Keel's SQL for one
# transfer run by pgbench (ledger/transfer.sql) against TPC-B at 16 and 64.
# Settings as bench/http/lib.sh (PGHOST..., DURATION 30 s), plus ACCOUNTS (10000) and SCALE (64: pgbench's scale, so
# that its 64 clients do not all queue on one branch row, as the spread transfers do not on one account). WARMUP is 180 s
# here: on two cores shared with the load, the JIT was still compiling the transfer path after a minute (1.8 s of
# compiler CPU in the 20 s from the 60th second of load, 0.1-0.3 s per 20 s after the 100th).
WARMUP="${WARMUP:-180}"
source "$(dirname "${BASH_SOURCE[0]}")/../http/lib.sh"
ACCOUNTS="${ACCOUNTS:-10000}" SCALE="${SCALE:-64}"
USERS=10
setup_database
pgbench -q -i -s "$SCALE" "$db" >/dev/null 2>&1
psql -qX -v ON_ERROR_STOP=1 -d "$db" >/dev/null <<SQL
INSERT INTO ledger_account (id, code, name, currency, owner_id, is_debits_capped, is_credits_capped, debits_posted,
                            credits_posted, debits_pending, credits_pending, created_at, updated_at, version)
SELECT ('01910000-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, NULL, 'Account ' || n, 'EUR', NULL, false, false,
       0, 0, 0, 0, now(), now(), 0
  FROM generate_series(1, $ACCOUNTS) n;
VACUUM ANALYZE;
SQL
start_keel
sign_in
lua="$(dirname "${BASH_SOURCE[0]}")/transfer.lua"
CONNECTIONS=64
echo "warm-up: ${WARMUP}s of transfers"
run_wrk "$lua" "$WARMUP" "$ACCOUNTS" spread >/dev/null
# Statistics as autovacuum would have them by now (it is off on the reference machine's server): the ones taken at
# seeding say the transfer table is empty, and a plan cached on that belief (the entries' foreign-key check, for one)
# scans the whole table on every transfer until statistics change.
psql -qX -d "$db" -c "ANALYZE ledger_account, ledger_transfer, ledger_entry"
# A checkpoint before each measured run, so that neither pays for the WAL the one before it wrote.
checkpoint() { psql -qX -d "$db" -c CHECKPOINT >/dev/null; }
for CONNECTIONS in 16 64; do
  checkpoint
  tps=$(pgbench -n -M prepared -b tpcb-like -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" "$db" 2>&1 | awk '/^tps = / { print $3; exit }')
  checkpoint
  read -r rps p50 p99 cpu <<<"$(run_wrk "$lua" "$DURATION" "$ACCOUNTS" spread)"
  printf 'transfers, %2d connections: keel %7.0f transfers/s  p50 %6s ms  p99 %6s ms  cpu %s s/1000 | pgbench TPC-B %7.0f tps | ratio %5.1f %%\n' \
    "$CONNECTIONS" "$rps" "$p50" "$p99" "$cpu" "$tps" "$(awk -v a="$rps" -v b="$tps" 'BEGIN { print 100 * a / b }')"
done
CONNECTIONS=64
checkpoint
read -r rps p50 p99 cpu <<<"$(run_wrk "$lua" "$DURATION" "$ACCOUNTS" hot)"
printf 'hot account, 64 connections: keel %7.0f transfers/s  p50 %6s ms  p99 %6s ms (every transfer locks account 1)\n' "$rps" "$p50" "$p99"
psql -qXAt -d "$db" -c "VACUUM ANALYZE ledger_transfer, ledger_entry" -c "SELECT 'transfers ' || count(*) || ', bytes per transfer '
  || round((pg_total_relation_size('ledger_transfer') + pg_total_relation_size('ledger_entry'))::numeric / count(*))
  || ' (transfer row and indexes ' || round(pg_total_relation_size('ledger_transfer')::numeric / count(*))
  || ', its two entries ' || round(pg_total_relation_size('ledger_entry')::numeric / count(*)) || ')' FROM ledger_transfer"
curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$KEEL_PORT/api/v1/ledger/reconciliation" >/dev/null \
  && echo "reconciliation: balanced" || echo "reconciliation: NOT balanced"
# Last, as it writes balances that do not match the entries: Keel's SQL for one transfer run by pgbench itself
# (ledger/transfer.sql), beside TPC-B at the same concurrency: the rate a unit of work per transfer could reach at best.
admin=$(psql -qXAt -d "$db" -c "SELECT id FROM app_user WHERE email = '$BENCH_ADMIN_EMAIL'")
for CONNECTIONS in 16 64; do
  checkpoint
  tps=$(pgbench -n -M prepared -b tpcb-like -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" "$db" 2>&1 | awk '/^tps = / { print $3; exit }')
  checkpoint
  sql=$(pgbench -n -M prepared -f "$(dirname "${BASH_SOURCE[0]}")/transfer.sql" -D accounts="$ACCOUNTS" -D admin="$admin" \
    -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" "$db" 2>&1 | awk '/^tps = / { print $3; exit }')
  printf "keel's transfer SQL in pgbench, %2d connections: %7.0f tps | pgbench TPC-B %7.0f tps | ratio %5.1f %%\n" \
    "$CONNECTIONS" "$sql" "$tps" "$(awk -v a="$sql" -v b="$tps" 'BEGIN { print 100 * a / b }')"
done
