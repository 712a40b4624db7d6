#!/usr/bin/env bash
# Warm-up: how soon after load starts a freshly started Keel serves 80 % of its steady-state rate.
# Starts Keel (the production launch), then runs the read-by-id load at once, in one-second wrk slices, for
# LOAD_SECONDS (90); the steady state is the mean of the last 15 slices. Prints every slice and the first second
# at which a slice reaches 80 % of the steady state. Run it with and without the AOT cache (JAVA_OPTS) to compare.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOAD_SECONDS="${LOAD_SECONDS:-90}"
setup_database
start_keel
sign_in
rates=()
for ((second = 1; second <= LOAD_SECONDS; second++)); do
  rates+=("$(wrk -t "$THREADS" -c "$CONNECTIONS" -d 1s -s "$bench_dir/read-by-id.lua" "http://127.0.0.1:$KEEL_PORT" -- "$USERS" "$TOKEN" \
    | awk '/^Requests\/sec:/ { printf "%.0f", $2 }')")
done
printf '%s\n' "${rates[@]}" | awk -v steady_from=$((LOAD_SECONDS - 14)) '
  { rate[NR] = $1 }
  END {
    for (i = steady_from; i <= NR; i++) { sum += rate[i]; n++ }
    steady = sum / n
    for (i = 1; i <= NR; i++) {
      printf "second %3d: %6d req/s (%3.0f %%)\n", i, rate[i], 100 * rate[i] / steady
      if (!reached && rate[i] >= 0.8 * steady) reached = i
    }
    printf "steady state (mean of the last %d seconds): %.0f req/s; 80 %% first reached in second %d\n", n, steady, reached
  }'
echo "peak RSS $(keel_peak_rss_mib) MiB"
