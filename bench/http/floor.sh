#!/usr/bin/env bash
# Keel against its floor. bench/floor is the fixed stack with none of Keel's code: Micronaut's Netty server, a
# virtual thread per request, HikariCP and pgjdbc, Micronaut Serde, Keel's JVM options, and one controller that runs
# Keel's read and list statements. Whatever the floor costs, Keel's own code cannot take away; the difference is what
# Keel's features and code cost. WHAT=read (the default) runs read-compare.sh with Keel as A and the floor as B
# (LOAD=list-page: the list page; the floor gets no token, it has no security). WHAT=start runs start-up-compare.sh
# with the floor as B, after a training run that writes the floor's AOT cache (JDK 25+), as Keel's build writes Keel's.
# Other settings as those scripts take them.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
WHAT="${WHAT:-read}"
[ "$WHAT" = read ] || [ "$WHAT" = start ] || { echo "WHAT is read or start" >&2; exit 1; }
floor_jar="$repo/bench/floor/target/floor.jar"
(cd "$repo" && ./mvnw -B -q -f bench/floor/pom.xml -DskipTests package)
# A rebuilt jar invalidates its AOT cache: the reads run the floor without one, a start-up comparison trains a new one.
rm -f "$(dirname "$floor_jar")/keel.aot"
case "$WHAT" in
  read)
    JAR_B="$floor_jar" SIGN_IN_B=false bash "$bench_dir/read-compare.sh" ;;
  start)
    if "$JAVA" -XX:AOTMode=auto -version >/dev/null 2>&1; then
      setup_database
      KEEL_JAR="$floor_jar" JAVA_OPTS="@$repo/bootstrap/keel.jvm.options -XX:AOTCacheOutput=$(dirname "$floor_jar")/keel.aot"
      start_keel >/dev/null
      for load in read-by-id list-page; do
        wrk -t "$THREADS" -c 16 -d 10s -s "$bench_dir/$load.lua" "http://127.0.0.1:$KEEL_PORT" -- "$USERS" "" >/dev/null
      done
      stop_keel
      echo "floor's AOT cache: $(dirname "$floor_jar")/keel.aot"
    fi
    JAR_B="$floor_jar" bash "$bench_dir/start-up-compare.sh" ;;
esac
