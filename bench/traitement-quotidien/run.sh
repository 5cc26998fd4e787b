#!/usr/bin/env bash
# The nightly pass over a national volume against a bare UPDATE of the same rows, then letters and e-mails per
# second; a RESULTAT line per figure. Usage: bench/traitement-quotidien/run.sh [demandes]
#   alone: an embedded PostgreSQL with 3,000,000 demandes (or the number given) written by the dataset's generator,
#          compiles the project first;
#   in the suite (SNE_BENCH_SUITE=1): the suite's database (SNE_BENCH_JDBC, PGPASSFILE) on SNE_BENCH_JOUR, no
#          generation, every round rolled back.
set -euo pipefail
cd "$(dirname "$0")/../.."
W=target/bench-traitement-quotidien
rm -rf "$W" && mkdir -p "$W/classes"
# the suite compiled the project
[ "${SNE_BENCH_SUITE:-}" = 1 ] || ./mvnw -B -ntp -q compile >/dev/null
cp "$(bench/classpath.sh runtime)" "$W/cp.txt"
JDK=$(bench/jdk.sh)
# a copy of the application's classes, so that a build during the run does not change them under the bench
cp -r target/classes "$W/app-classes"
CP="$W/app-classes:$(cat "$W/cp.txt")"
"$JDK/bin/javac" -nowarn -d "$W/classes" -cp "$CP" src/test/java/fr/sne/bench/LigneResultat.java bench/traitement-quotidien/BenchTraitementQuotidien.java
"$JDK/bin/java" -Xmx4g -cp "$W/classes:$CP" fr.sne.demande.traitement.BenchTraitementQuotidien "${1:-3000000}"
