#!/usr/bin/env bash
# A burst of password hashes beside the read load: BURST (20) concurrent sign-ups, then as many sign-ins, while 64
# clients read users by id for DURATION seconds. Prints the reads' rate and latency, the sign-ups' and sign-ins'
# status codes, the collector's pauses over the run (from -Xlog:gc) and the live set afterwards (the old generation
# after a full collection). Each Argon2id hash takes 7 MiB of the 64 MB heap while it runs (19 MiB of 80 MB before
# 2026-12-07, session 29).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
BURST="${BURST:-20}"
setup_database
JAVA_OPTS="${JAVA_OPTS-$(production_java_opts)} -Xlog:gc:file=$work/gc.log"
start_keel
sign_in

# POSTs BURST bodies to the path at once, the Nth with @N@ replaced by N; prints each answer's status code.
post_concurrently() {
  local path="$1" body="$2" n
  for ((n = 1; n <= BURST; n++)); do
    curl -s -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' \
      "http://127.0.0.1:$KEEL_PORT$path" -d "${body//@N@/$n}" &
  done
  wait
}

burst() {
  post_concurrently /api/v1/users '{"email":"burst@N@@example.com","name":"Burst @N@","password":"correct horse @N@"}'
  post_concurrently /api/v1/auth/token '{"email":"burst@N@@example.com","password":"correct horse @N@"}'
}

burst > "$work/burst-codes.txt" &
burst_pid=$!
read -r rps p50 p99 cpu <<< "$(run_wrk "$bench_dir/read-by-id.lua" "$DURATION")"
wait "$burst_pid"
echo "reads during the burst: $rps req/s, p50 $p50 ms, p99 $p99 ms, $cpu CPU s per 1,000"
echo "sign-ups and sign-ins ($BURST each), status codes: $(sort "$work/burst-codes.txt" | uniq -c | awk '{ printf "%s x %s  ", $1, $2 }')"
awk '/Pause/ { n++; if (/Pause Full/) full++; sub("ms", "", $NF); total += $NF }
  END { printf "collector: %d pauses (%d full), %.1f s paused in all\n", n, full, total / 1000 }' "$work/gc.log"
"$(dirname "$JAVA")/jcmd" "$keel_pid" GC.run > /dev/null
echo "live set: $("$(dirname "$JAVA")/jcmd" "$keel_pid" GC.heap_info | awk '/Tenured/ { print $5 }' | tr -d ',') in the old generation after a full collection"
stop_keel
