#!/usr/bin/env bash
# The professional application's search and access journal over 100,000 demandes (or the number given), with
# EXPLAIN of each query and p50/p95 against the bare SQL underneath. Usage: bench/recherche/run.sh [demandes]
set -euo pipefail
cd "$(dirname "$0")/../.."
W=target/bench-recherche
rm -rf "$W" && mkdir -p "$W/classes"
./mvnw -B -ntp -q compile dependency:build-classpath -Dmdep.outputFile="$W/cp.txt" -Dmdep.includeScope=test >/dev/null
JDK="${JAVA_HOME:-}"
if [ -z "$JDK" ] || ! "$JDK/bin/java" -version 2>&1 | grep -q '"2[5-9]'; then
  JDK=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)
fi
cp -r target/classes "$W/app-classes"
CP="$W/app-classes:$(cat "$W/cp.txt")"
"$JDK/bin/javac" -nowarn -d "$W/classes" -cp "$CP" bench/recherche/BenchRecherche.java
"$JDK/bin/java" -cp "$W/classes:$CP" fr.sne.demande.infrastructure.BenchRecherche "${1:-100000}"
