#!/usr/bin/env bash
# The nightly pass over a national volume (default 3,000,000 demandes, written with COPY by a seeded generator)
# against a bare UPDATE of the same rows, then letters and e-mails per second. Usage:
#   bench/traitement-quotidien/run.sh [demandes]     (compiles the project first)
set -euo pipefail
cd "$(dirname "$0")/../.."
W=target/bench-traitement-quotidien
rm -rf "$W" && mkdir -p "$W/classes"
./mvnw -B -ntp -q compile dependency:build-classpath -Dmdep.outputFile="$W/cp.txt" -Dmdep.includeScope=runtime >/dev/null
JDK="${JAVA_HOME:-}"
if [ -z "$JDK" ] || ! "$JDK/bin/java" -version 2>&1 | grep -q '"2[5-9]'; then
  JDK=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)
fi
# a copy of the application's classes, so that a build during the run does not change them under the bench
cp -r target/classes "$W/app-classes"
CP="$W/app-classes:$(cat "$W/cp.txt")"
"$JDK/bin/javac" -nowarn -d "$W/classes" -cp "$CP" bench/traitement-quotidien/BenchTraitementQuotidien.java
"$JDK/bin/java" -Xmx4g -cp "$W/classes:$CP" fr.sne.demande.traitement.BenchTraitementQuotidien "${1:-3000000}"
