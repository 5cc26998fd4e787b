#!/usr/bin/env bash
# Time of one search of the commune autocomplete against a bare scan of the same names, same JVM.
# Usage: bench/communes/run.sh [rounds]   (after ./mvnw compile)
set -euo pipefail
cd "$(dirname "$0")/../.."
W=target/bench-communes
rm -rf "$W" && mkdir -p "$W/classes"
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$W/cp.txt" -Dmdep.includeScope=runtime >/dev/null
JDK="${JAVA_HOME:-}"
if [ -z "$JDK" ] || ! "$JDK/bin/java" -version 2>&1 | grep -q '"2[5-9]'; then
  JDK=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)
fi
CP="target/classes:$(cat "$W/cp.txt")"
"$JDK/bin/javac" -nowarn -d "$W/classes" -cp "$CP" bench/communes/BenchCommunes.java
"$JDK/bin/java" -cp "$W/classes:$CP" fr.sne.referentiel.internal.BenchCommunes "${1:-2000}"
