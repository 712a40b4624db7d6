#!/usr/bin/env bash
# Start-up of two variants compared: ROUNDS (8) alternating starts of A and B on one migrated database, Flyway on, as
# in start-up.sh. Per start: the milliseconds to the open port, to the first 200 of /health/readiness, the gap
# between the two, and the time of the first answered readiness request in the access log (%D); then the means. A
# variant is a jar with the keel.aot beside it (JAR_A / JAR_B, default KEEL_JAR; copy a build's jar and cache with
# cp -p) and extra JVM options on top of the production ones (OPTS_A / OPTS_B). Starts drift with the machine's load
# by more than most differences worth measuring; alternating puts both variants through the same drift.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ROUNDS="${ROUNDS:-8}"
export KEEL_FLYWAY_ENABLED=true
JAR_A="${JAR_A:-$KEEL_JAR}" JAR_B="${JAR_B:-$KEEL_JAR}" OPTS_A="${OPTS_A:-}" OPTS_B="${OPTS_B:-}"
psql -qX -d postgres -c "CREATE DATABASE $db"
echo "first start, migrating the new database (not counted):"
JAVA_OPTS="$(production_java_opts)"
start_keel
stop_keel
declare -A ready_sum port_sum
for ((round = 1; round <= ROUNDS; round++)); do
  for variant in A B; do
    start_variant "$variant" >/dev/null
    first=$(grep -a -m1 '"GET /health/readiness HTTP/1.1" 200' "$work/keel.log" | sed -E 's/.* ([0-9]+)ms requestId.*/\1/' || true)
    stop_keel
    echo "round $round, $variant: port $keel_port_ms ms, ready $keel_ready_ms ms," \
      "gap $((keel_ready_ms - keel_port_ms)) ms, first request ${first:-?} ms"
    ready_sum[$variant]=$(( ${ready_sum[$variant]:-0} + keel_ready_ms ))
    port_sum[$variant]=$(( ${port_sum[$variant]:-0} + keel_port_ms ))
  done
done
for variant in A B; do
  echo "$variant: ready after $(( ready_sum[$variant] / ROUNDS )) ms on average," \
    "port open after $(( port_sum[$variant] / ROUNDS )) ms, gap $(( (ready_sum[$variant] - port_sum[$variant]) / ROUNDS )) ms"
done
