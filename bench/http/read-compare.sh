#!/usr/bin/env bash
# The read of two variants compared, from a fresh start each time: ROUNDS (4) alternating runs of A and B on one
# seeded database. Per run: the read-by-id load (LOAD=list-page: the list page's) at once, in one-second wrk
# slices, for WARM seconds (45); then a measured run of DURATION seconds (30); then the first second whose slice
# reached 80 % of the measured rate, the measured rate, p50, p99, CPU seconds per 1,000 requests, the peak resident
# set (VmHWM) and the resident set at the end. `pgbench -S` runs between the pairs, for the machine's pace. A variant
# is a jar with the keel.aot beside it (JAR_A / JAR_B, default KEEL_JAR; copy a build's jar and cache with cp -p),
# extra JVM options on top of the production ones (OPTS_A / OPTS_B), and SIGN_IN_A / SIGN_IN_B=false to send its
# requests without a token. Other tenants' load moves a single run by more than most differences worth measuring;
# alternating puts both variants through the same drift.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ROUNDS="${ROUNDS:-4}" WARM="${WARM:-45}" LOAD="${LOAD:-read-by-id}"
JAR_A="${JAR_A:-$KEEL_JAR}" JAR_B="${JAR_B:-$KEEL_JAR}" OPTS_A="${OPTS_A:-}" OPTS_B="${OPTS_B:-}"
setup_database
for ((round = 1; round <= ROUNDS; round++)); do
  for variant in A B; do
    start_variant "$variant" >/dev/null
    sign_in_variable="SIGN_IN_$variant"
    if [ "${!sign_in_variable:-true}" = false ]; then TOKEN=""; else sign_in; fi
    slices=()
    for ((second = 1; second <= WARM; second++)); do
      slices+=("$(wrk -t "$THREADS" -c "$CONNECTIONS" -d 1s -s "$bench_dir/$LOAD.lua" \
        "http://127.0.0.1:$KEEL_PORT" -- "$USERS" "$TOKEN" | awk '/^Requests\/sec:/ { printf "%.0f", $2 }')")
    done
    read -r rate p50 p99 cpu <<< "$(run_wrk "$bench_dir/$LOAD.lua" "$DURATION")"
    reached=$(printf '%s\n' "${slices[@]}" | awk -v rate="$rate" '!reached && $1 >= 0.8 * rate { reached = NR }
      END { print reached ? "80 % in second " reached : "80 % not within " NR " s" }')
    echo "round $round, $variant: $reached; $rate req/s, p50 $p50 ms, p99 $p99 ms, $cpu CPU s per 1,000;" \
      "peak RSS $(keel_peak_rss_mib) MiB, at the end $(keel_rss_mib) MiB"
    stop_keel
  done
  echo "round $round: pgbench -S $(pgbench -n -M prepared -S -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" "$db" 2>&1 \
    | awk '/^tps = / { printf "%.0f", $3; exit }') tps"
done
