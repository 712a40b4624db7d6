#!/usr/bin/env bash
# Start-up: from launching the production jar to the first 200 of /health/readiness, on an existing, migrated
# database, with Flyway on (the default: it validates the migrations at every start). STARTS (5) starts with the
# README's production options (JAVA_OPTS as in lib.sh), then as many without the AOT cache, for comparison.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
STARTS="${STARTS:-5}"
export KEEL_FLYWAY_ENABLED=true
[ -f "$KEEL_JAR" ] || (cd "$repo" && ./mvnw -B -q -pl bootstrap -am -DskipTests package)
JAVA_OPTS="${JAVA_OPTS-$(production_java_opts)}"
psql -qX -d postgres -c "CREATE DATABASE $db"
echo "first start, migrating the new database (not counted):"
start_keel
stop_keel
with_cache="$JAVA_OPTS"
for options in "$with_cache" "@$repo/bootstrap/keel.jvm.options"; do
  JAVA_OPTS="$options"
  for ((n = 1; n <= STARTS; n++)); do
    start_keel
    stop_keel
  done
done
