#!/usr/bin/env bash
# Prints the home of a JDK 25 for the JVM benches: the one of $JAVA (the suite's), else JAVA_HOME if it is a 25 or
# later, else the first JDK 25 installed. Usage: JDK=$(bench/jdk.sh)
set -euo pipefail
if [ -n "${JAVA:-}" ]; then
  dirname "$(dirname "$(readlink -f "$JAVA")")"
elif [ -n "${JAVA_HOME:-}" ] && "$JAVA_HOME/bin/java" -version 2>&1 | grep -q '"2[5-9]'; then
  echo "$JAVA_HOME"
else
  ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1
fi
