#!/usr/bin/env bash
# The DRM's monthly refresh on a sample of the national dataset against the simulator (ADR 0030): fetches per second
# against the simulator's raw rate (the same calls without the registry), the storage step against a bare COPY of the
# same rows, extrapolated to 2.7 million; a RESULTAT line per figure. Standalone (its own application in the JVM,
# an embedded PostgreSQL thrown away). Usage: bench/drm-releve/run.sh [demandes]   (default 20,000)
set -euo pipefail
cd "$(dirname "$0")/../.."
W=target/bench-drm-releve
rm -rf "$W" && mkdir -p "$W/classes"
[ "${SNE_BENCH_SANS_COMPILATION:-}" = 1 ] || ./mvnw -B -ntp -o -q compile >/dev/null
cp "$(bench/classpath.sh runtime)" "$W/cp.txt"
JDK=$(bench/jdk.sh)
# a copy of the application's classes, so that a build during the run does not change them under the bench
cp -r target/classes "$W/app-classes"
CP="$W/app-classes:$(cat "$W/cp.txt")"
"$JDK/bin/javac" -nowarn -d "$W/classes" -cp "$CP" src/test/java/fr/sne/bench/LigneResultat.java bench/drm-releve/BenchReleveDrm.java
"$JDK/bin/java" -Xmx2g -cp "$W/classes:$CP" fr.sne.drm.BenchReleveDrm "${1:-20000}"
