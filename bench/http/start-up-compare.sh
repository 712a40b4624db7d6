#!/usr/bin/env bash
# Start-up of two variants compared: ROUNDS (8) alternating starts of A and B on one migrated database, Flyway on, as
# in start-up.sh. Per start: the milliseconds to the open port, to the first 200 of /health/readiness, the gap
# between the two, and the time of the first answered readiness request in the access log (%D); then the means. A
# variant is a jar with the keel.aot beside it (JAR_A / JAR_B, default KEEL_JAR; copy a build's jar and cache with
# cp -p) and extra JVM options on top of the production ones (OPTS_A / OPTS_B). Starts drift with the machine's load
# by more than most differences worth measuring; alternating puts both variants through the same drift, and the summary
# is the difference of each round (B - A): its mean with the mean's standard error, and its median. One round's
# difference varies by 130-280 ms on two shared cores, so 50 ms needs some 20 rounds to stand out.
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
ready_differences=() port_differences=()
for ((round = 1; round <= ROUNDS; round++)); do
  for variant in A B; do
    start_variant "$variant" >/dev/null
    first=$(grep -a -m1 '"GET /health/readiness HTTP/1.1" 200' "$work/keel.log" | sed -E 's/.* ([0-9]+)ms requestId.*/\1/' || true)
    stop_keel
    echo "round $round, $variant: port $keel_port_ms ms, ready $keel_ready_ms ms," \
      "gap $((keel_ready_ms - keel_port_ms)) ms, first request ${first:-?} ms"
    ready_sum[$variant]=$(( ${ready_sum[$variant]:-0} + keel_ready_ms ))
    port_sum[$variant]=$(( ${port_sum[$variant]:-0} + keel_port_ms ))
    if [ "$variant" = A ]; then
      ready_a=$keel_ready_ms port_a=$keel_port_ms
    else
      ready_differences+=($((keel_ready_ms - ready_a))) port_differences+=($((keel_port_ms - port_a)))
    fi
  done
done
for variant in A B; do
  echo "$variant: ready after $(( ready_sum[$variant] / ROUNDS )) ms on average," \
    "port open after $(( port_sum[$variant] / ROUNDS )) ms, gap $(( (ready_sum[$variant] - port_sum[$variant]) / ROUNDS )) ms"
done
# The mean of the per-round differences, its standard error and the median, from one difference per line.
difference_summary() {
  sort -n | awk '{ d[NR] = $1; sum += $1; squares += $1 * $1 }
    END {
      mean = sum / NR; se = NR > 1 ? sqrt((squares - NR * mean * mean) / (NR - 1) / NR) : 0
      median = NR % 2 ? d[(NR + 1) / 2] : (d[NR / 2] + d[NR / 2 + 1]) / 2
      printf "%+.0f ± %.0f ms (median %+.0f)", mean, se, median }'
}
echo "B - A, per round: ready $(printf '%s\n' "${ready_differences[@]}" | difference_summary)," \
  "port open $(printf '%s\n' "${port_differences[@]}" | difference_summary), over $ROUNDS rounds"
