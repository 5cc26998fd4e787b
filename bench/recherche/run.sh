#!/usr/bin/env bash
# The professional application's search and access journal, with EXPLAIN of each query and p50/p95 against the
# bare SQL underneath; one RESULTAT line per query. Usage: bench/recherche/run.sh [demandes]
#   alone: an embedded PostgreSQL with 100,000 demandes (or the number given), compiles the project first;
#   in the suite (SNE_BENCH_SUITE=1): the suite's database (SNE_BENCH_JDBC, PGPASSFILE), left as found.
set -euo pipefail
cd "$(dirname "$0")/../.."
W=target/bench-recherche
rm -rf "$W" && mkdir -p "$W/classes"
# the suite compiled the project
[ "${SNE_BENCH_SUITE:-}" = 1 ] || ./mvnw -B -ntp -q compile >/dev/null
cp "$(bench/classpath.sh test)" "$W/cp.txt"
JDK=$(bench/jdk.sh)
cp -r target/classes "$W/app-classes"
CP="$W/app-classes:$(cat "$W/cp.txt")"
"$JDK/bin/javac" -nowarn -d "$W/classes" -cp "$CP" src/test/java/fr/sne/bench/LigneResultat.java bench/recherche/BenchRecherche.java
"$JDK/bin/java" -cp "$W/classes:$CP" fr.sne.demande.infrastructure.BenchRecherche "${1:-100000}"
