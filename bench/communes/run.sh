#!/usr/bin/env bash
# Time of one search of the commune autocomplete against a bare scan of the same names, same JVM; a RESULTAT line
# per figure. Usage: bench/communes/run.sh [rounds]   (after ./mvnw compile; in the suite, the project is compiled)
set -euo pipefail
cd "$(dirname "$0")/../.."
W=target/bench-communes
rm -rf "$W" && mkdir -p "$W/classes"
cp "$(bench/classpath.sh runtime)" "$W/cp.txt"
JDK=$(bench/jdk.sh)
TOURS=300; [ "${SNE_BENCH_RAPIDE:-}" = 1 ] && TOURS=60
CP="target/classes:$(cat "$W/cp.txt")"
"$JDK/bin/javac" -nowarn -d "$W/classes" -cp "$CP" src/test/java/fr/sne/bench/LigneResultat.java bench/communes/BenchCommunes.java
"$JDK/bin/java" -cp "$W/classes:$CP" fr.sne.referentiel.internal.BenchCommunes "${1:-$TOURS}"
