# Sourced by ./mvnw before Maven starts: makes sure Maven (and so compiler, tests and the run goal)
# uses a JDK 21 or newer, even where the default `java` is older.
# Order: JAVA_HOME if it is 21+, else `java` on PATH if it is 21+, else the newest JDK 21+ found in the
# usual install locations. Set KEEL_SKIP_JDK_SELECTION=true to leave the environment untouched.

keel_java_major() {
  # Prints the feature version of the JDK whose home is $1 (empty if it is not a JDK).
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\)\([.][0-9]*\)*.*".*/\1/p' | head -n 1
}

keel_select_jdk() {
  [ "${KEEL_SKIP_JDK_SELECTION-}" = true ] && return 0
  if [ -n "${JAVA_HOME-}" ]; then
    major=$(keel_java_major "$JAVA_HOME")
    [ -n "$major" ] && [ "$major" -ge 21 ] && return 0
  elif command -v javac >/dev/null 2>&1; then
    path_home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)" 2>/dev/null || command -v javac)")")
    major=$(keel_java_major "$path_home")
    [ -n "$major" ] && [ "$major" -ge 21 ] && return 0
  fi
  best_home=""
  best_major=0
  set +f # mvnw runs with globbing off; the search below needs it
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
      "$HOME"/.jdks/* "$HOME"/.asdf/installs/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
      "$HOME"/Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] || continue
    major=$(keel_java_major "$candidate")
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best_home=$candidate
      best_major=$major
    fi
  done
  set -f
  if [ -z "$best_home" ]; then
    echo "Keel needs a JDK 21 or newer, and none was found (JAVA_HOME, PATH, /usr/lib/jvm, ~/.sdkman, ~/.jdks, /Library/Java)." >&2
    echo "Install one (for example Temurin 25) and run: export JAVA_HOME=/path/to/that/jdk" >&2
    exit 1
  fi
  [ "${MVNW_VERBOSE-}" = true ] && echo "mvnw: using JDK $best_major at $best_home" >&2
  JAVA_HOME=$best_home
  export JAVA_HOME
}

keel_select_jdk
