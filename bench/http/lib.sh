#!/usr/bin/env bash
# Shared steps of the HTTP benchmarks: a scratch database seeded with users, Keel started from the production
# jar as the README launches it, a warm-up, then pgbench and wrk at the same concurrency in the same run.
# Sourced by the scenario scripts; settings come from the environment:
#   PGHOST/PGPORT/PGUSER  the PostgreSQL server (default postgres@127.0.0.1:5432); a scratch database is made
#                         on it and dropped afterwards
#   USERS                 users to seed (100000)      CONNECTIONS  concurrent clients (64)
#   WARMUP                seconds of warm-up (60)     DURATION     seconds per measured run (30)
#   RELOAD                seconds of the load again after pgbench, before the measured run (15)
#   KEEL_JAR              the jar (bootstrap/target/keel.jar; built if missing); another build's jar brings its
#                         keel.aot beside it (copy both with cp -p: a jar with a new time stamp loses its cache)
#   KEEL_PORT             the service's port (18080)
#   BENCH_SIGN_IN         false: send no access token (for a KEEL_JAR from before authentication)
#   JAVA_OPTS             JVM options; default the README's production ones: @bootstrap/keel.jvm.options, plus
#                         @bootstrap/keel-aot.jvm.options and the AOT cache beside KEEL_JAR when the JDK is 25+
#                         and the cache was made for that jar
set -euo pipefail
bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$bench_dir/../.." && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
USERS="${USERS:-100000}" CONNECTIONS="${CONNECTIONS:-64}" WARMUP="${WARMUP:-60}" DURATION="${DURATION:-30}" RELOAD="${RELOAD:-15}"
KEEL_JAR="${KEEL_JAR:-$repo/bootstrap/target/keel.jar}" KEEL_PORT="${KEEL_PORT:-18080}"
THREADS=2
# The JDK the Maven wrapper would pick (JAVA_HOME if 21+, else the newest 21+ installed).
# shellcheck source=../../.mvn/select-jdk.sh
. "$repo/.mvn/select-jdk.sh"
set +f
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
KEEL_AOT_CACHE="$(dirname "$KEEL_JAR")/keel.aot"

# The README's production launch options.
production_java_opts() {
  local options="@$repo/bootstrap/keel.jvm.options"
  if [ -f "$KEEL_AOT_CACHE" ] && "$JAVA" -XX:AOTMode=auto -version >/dev/null 2>&1; then
    # The JVM checks the jar's time stamp against the cache's record and, at AOTMode=auto, runs without the cache if
    # they differ (a jar rebuilt, or copied without cp -p): say so rather than measure a slower start unawares.
    if "$JAVA" "$options" -XX:AOTCache="$KEEL_AOT_CACHE" -XX:AOTMode=on -cp "$KEEL_JAR" -version >/dev/null 2>&1; then
      options="$options @$repo/bootstrap/keel-aot.jvm.options -XX:AOTCache=$KEEL_AOT_CACHE"
    else
      echo "WARNING: $KEEL_AOT_CACHE was not made for $KEEL_JAR (rebuilt or copied without cp -p?): running without it" >&2
    fi
  fi
  echo "$options"
}
db="keel_bench_$$"
# The administrator start-up creates; every request of the scenarios carries an access token of theirs (the
# update scenario changes other users, which only an administrator may).
BENCH_ADMIN_EMAIL="admin@bench.example" BENCH_ADMIN_PASSWORD="bench-admin-password"
TOKEN=""
keel_pid=""
work="$(mktemp -d)"

cleanup() {
  [ -n "$keel_pid" ] && kill "$keel_pid" 2>/dev/null && wait "$keel_pid" 2>/dev/null || true
  psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# The id of seeded user n (1..USERS): a valid UUIDv7 shape that both pgbench and wrk can compute.
#   '01900000-0000-7000-8000-' || lpad(to_hex(n), 12, '0')
setup_database() {
  command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 1; }
  [ -f "$KEEL_JAR" ] || (cd "$repo" && ./mvnw -B -q -pl bootstrap -am -DskipTests package)
  JAVA_OPTS="${JAVA_OPTS-$(production_java_opts)}"
  psql -qX -d postgres -c "CREATE DATABASE $db"
  # In version order (V10 after V9), as Flyway applies them.
  for migration in $(ls "$repo"/adapters-persistence/src/main/resources/db/migration/V*.sql | sort -V); do
    sed 's/\${searchLanguage}/english/g' "$migration" | psql -qX -v ON_ERROR_STOP=1 -d "$db" -1 >/dev/null
  done
  psql -qX -v ON_ERROR_STOP=1 -d "$db" >/dev/null <<SQL
INSERT INTO app_user (id, email, name, role, status, password_hash, created_at, updated_at, version)
SELECT ('01900000-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, 'user' || n || '@bench.example',
       'Bench User ' || n, 'MEMBER', 'ACTIVE',
       -- As long as a hash of Keel's (117 characters: a 43-character salt, a 43-character hash); no one signs in.
       '\$argon2id\$v=19\$m=7168,t=5,p=1\$' || left(md5('salt' || n) || md5('pepper' || n), 43) || '\$'
         || md5('hash' || n) || left(md5(n::text), 11),
       timestamptz '2026-01-01' + n * interval '1 second', timestamptz '2026-01-01' + n * interval '1 second', 0
  FROM generate_series(1, $USERS) AS n;
VACUUM ANALYZE app_user;
SQL
  # pgbench -S's own tables, for the read scenario's reference figure.
  pgbench -q -i -s 1 "$db" >/dev/null 2>&1
}

# Keel on the scratch database; the migrations were applied by setup_database, as a deployment step would, so
# Flyway is off unless KEEL_FLYWAY_ENABLED says otherwise.
start_keel() {
  # A service already listening on the port (a Keel left running by an interrupted script?) would answer in its stead.
  if { exec 3<>"/dev/tcp/127.0.0.1/$KEEL_PORT"; } 2>/dev/null; then
    exec 3>&-
    echo "port $KEEL_PORT is taken: stop what listens there, or choose another KEEL_PORT" >&2
    exit 1
  fi
  # The token signing key the README says production sets; without one each start first makes an RSA key pair.
  [ -f "$work/jwt.pem" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/jwt.pem" 2>/dev/null
  local started=$(date +%s%N)
  # shellcheck disable=SC2086
  KEEL_JWT_SIGNING_KEY="$(cat "$work/jwt.pem")" KEEL_JWT_SIGNING_KEY_ID=bench \
  DATASOURCES_DEFAULT_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" DATASOURCES_DEFAULT_USERNAME="$PGUSER" \
    KEEL_PORT="$KEEL_PORT" KEEL_CURSOR_SECRET=bench KEEL_FLYWAY_ENABLED="${KEEL_FLYWAY_ENABLED:-false}" \
    KEEL_ADMIN_EMAIL="$BENCH_ADMIN_EMAIL" KEEL_ADMIN_PASSWORD="$BENCH_ADMIN_PASSWORD" \
    "$JAVA" $JAVA_OPTS -jar "$KEEL_JAR" > "$work/keel.log" 2>&1 &
  keel_pid=$!
  # Probes without starting a process each time (a curl every 20 ms took CPU from the starting JVM on two cores): bash
  # opens the port itself, waiting on a FIFO that never gets data between tries, and runs curl only once the port
  # accepts. keel_port_ms and keel_ready_ms are the milliseconds from the launch to the open port and to the first 200.
  [ -p "$work/tick" ] || mkfifo "$work/tick"
  exec 4<>"$work/tick"
  until { exec 3<>"/dev/tcp/127.0.0.1/$KEEL_PORT"; } 2>/dev/null && exec 3>&-; do pause_unless_keel_died; done
  keel_port_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  until curl -sf "http://127.0.0.1:$KEEL_PORT/health/readiness" >/dev/null; do pause_unless_keel_died; done
  keel_ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  exec 4>&-
  echo "keel: ready in $keel_ready_ms ms, port open after $keel_port_ms ms (pid $keel_pid, JAVA_OPTS='$JAVA_OPTS')"
}

# Between two probes of a start: stops with the service's log if it died, else waits 20 ms on the FIFO of start_keel.
pause_unless_keel_died() {
  kill -0 "$keel_pid" 2>/dev/null || { cat "$work/keel.log"; exit 1; }
  read -r -t 0.02 -u 4 || true
}

# Signs the administrator in: TOKEN is then an access token (valid 15 minutes, longer than any scenario).
# BENCH_SIGN_IN=false skips it, to measure a build from before authentication (KEEL_JAR) for comparison.
sign_in() {
  [ "${BENCH_SIGN_IN:-true}" = false ] && return 0
  TOKEN=$(curl -sf -H 'Content-Type: application/json' "http://127.0.0.1:$KEEL_PORT/api/v1/auth/token" \
    -d "{\"email\":\"$BENCH_ADMIN_EMAIL\",\"password\":\"$BENCH_ADMIN_PASSWORD\"}" \
    | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  [ -n "$TOKEN" ] || { echo "sign-in failed"; cat "$work/keel.log"; exit 1; }
}

# Starts variant A or B of the comparison scripts: the jar JAR_<variant> with its keel.aot, and the production JVM
# options plus OPTS_<variant>.
start_variant() {
  local jar_variable="JAR_$1" options_variable="OPTS_$1"
  KEEL_JAR="${!jar_variable}" KEEL_AOT_CACHE="$(dirname "${!jar_variable}")/keel.aot"
  JAVA_OPTS="$(production_java_opts) ${!options_variable}"
  start_keel
}

stop_keel() {
  kill "$keel_pid" && wait "$keel_pid" 2>/dev/null || true
  keel_pid=""
}

# CPU seconds the service has used so far (user + system).
keel_cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$keel_pid/stat"
}

keel_peak_rss_mib() {
  awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$keel_pid/status"
}

keel_rss_mib() {
  awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$keel_pid/status"
}

# pgbench with the scenario's SQL script at the same concurrency; prints its transactions per second.
run_pgbench() {
  local script="$1" tps admin
  # The administrator the scenarios act as (made by Keel's start): update.sql confirms them as Keel does.
  admin=$(psql -qXAt -d "$db" -c "SELECT id FROM app_user WHERE email = '$BENCH_ADMIN_EMAIL'")
  tps=$(pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" -D users="$USERS" -D admin="$admin" \
    -f "$script" "$db" 2>&1 | awk '/^tps = / { print $3; exit }')
  echo "$tps"
}

# wrk with the scenario's Lua script (its arguments: USERS, the token, then any given after the duration); prints
# "requests/s p50(ms) p99(ms) cpu-s-per-1000-requests".
run_wrk() {
  local lua="$1" seconds="$2" cpu_before cpu_after out rps p50 p99 requests
  shift 2
  cpu_before=$(keel_cpu_seconds)
  out=$(wrk -t "$THREADS" -c "$CONNECTIONS" -d "${seconds}s" --latency -s "$lua" "http://127.0.0.1:$KEEL_PORT" -- "$USERS" "$TOKEN" "$@")
  cpu_after=$(keel_cpu_seconds)
  rps=$(echo "$out" | awk '/^Requests\/sec:/ { print $2 }')
  requests=$(echo "$out" | awk '/requests in/ { print $1 }')
  p50=$(echo "$out" | awk '$1 == "50%" { print $2 }')
  p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
  local errors
  errors=$(echo "$out" | awk '/Non-2xx or 3xx responses:/ { print $5 }')
  [ -z "$errors" ] || echo "WARNING: $errors non-2xx responses" >&2
  echo "$rps $(to_ms "$p50") $(to_ms "$p99") $(awk -v c="$cpu_after" -v b="$cpu_before" -v n="$requests" 'BEGIN { printf "%.3f", (c - b) * 1000 / n }')"
}

to_ms() {
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0;
                        else if (v ~ /s$/) printf "%.2f", v * 1000; else print v }'
}

# The service's system calls and context switches while the measured run goes on, counted by perf when it is
# installed and may read tracepoints (root, or kernel.perf_event_paranoid=-1). Unlike CPU time, these counts per
# request hardly move with the load of other tenants on a shared machine.
start_kernel_counts() {
  kernel_counts_pid=""
  command -v perf >/dev/null || return 0
  perf stat -x, -e raw_syscalls:sys_enter,context-switches -p "$keel_pid" -o "$work/kernel-counts.txt" 2>/dev/null &
  kernel_counts_pid=$!
}

# Stops the counting (in the shell that started it: only that shell can wait for perf to write its counts).
stop_kernel_counts() {
  [ -n "$kernel_counts_pid" ] || return 0
  kill -INT "$kernel_counts_pid" 2>/dev/null || true
  wait "$kernel_counts_pid" 2>/dev/null || true
}

# Prints "<system calls> <context switches>" per request (of the given count), or "n/a n/a" when perf counted none.
kernel_counts_per_request() {
  awk -F, -v n="$1" '$3 == "raw_syscalls:sys_enter" { s = $1 } $3 == "context-switches" { c = $1 }
       END { if (s ~ /^[0-9]+$/ && c ~ /^[0-9]+$/ && n > 0) printf "%.2f %.2f", s / n, c / n; else print "n/a n/a" }' \
    "$work/kernel-counts.txt" 2>/dev/null || echo "n/a n/a"
}

# Warm up, then measure: pgbench on the equivalent SQL, then Keel with wrk; prints one result line.
measure() {
  local name="$1" sql="$2" lua="$3" tps result syscalls switches
  echo "warm-up: ${WARMUP}s of $name"
  run_wrk "$lua" "$WARMUP" >/dev/null
  tps=$(run_pgbench "$sql")
  # While pgbench ran the service was idle, and it resumes in a state its steady load never sees. When wrk closed its
  # connections and the event loops went idle, the JIT threw away the compiled code of about forty of the request path's
  # hottest methods (Netty's, pgjdbc's, Micrometer's: uncommon traps on paths the load had not taken), and C2 compiles
  # them again 3-6 s into the resumed load. And the JDK retired the virtual threads' carriers after 30 s without work
  # (perf counts only the threads present when it attaches). RELOAD seconds of the load first bring both back.
  run_wrk "$lua" "$RELOAD" >/dev/null
  start_kernel_counts
  result=$(run_wrk "$lua" "$DURATION")
  stop_kernel_counts
  read -r rps p50 p99 cpu <<<"$result"
  read -r syscalls switches <<<"$(kernel_counts_per_request "$(awk -v r="$rps" -v d="$DURATION" 'BEGIN { printf "%d", r * d }')")"
  printf '%-14s keel %8.0f req/s  p50 %6s ms  p99 %6s ms  cpu %s s/1000 req  | pgbench %8.0f tps  | ratio %5.1f %%  | RSS %s MiB, peak %s MiB  | per request: %s system calls, %s context switches\n' \
    "$name" "$rps" "$p50" "$p99" "$cpu" "$tps" "$(awk -v a="$rps" -v b="$tps" 'BEGIN { print 100 * a / b }')" "$(keel_rss_mib)" "$(keel_peak_rss_mib)" "$syscalls" "$switches"
}
