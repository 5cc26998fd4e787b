#!/usr/bin/env bash
# Render time per attestation: template renderer vs the former hand-made PDFBox layout (commit b90df4d),
# measured in the same JVM. Usage: bench/attestation/run.sh [iterations]   (after ./mvnw test-compile)
set -euo pipefail
cd "$(dirname "$0")/../.."
AVANT=b90df4d
W=target/bench-attestation
rm -rf "$W" && mkdir -p "$W/src/bench/ancien" "$W/classes"
for f in GenerateurAttestation MiseEnPage TexteWinAnsi; do
  git show "$AVANT:src/main/java/fr/sne/demande/attestation/$f.java" \
    | sed -e 's/^package fr.sne.demande.attestation;/package bench.ancien;\nimport fr.sne.demande.attestation.DonneesAttestation;/' \
          -e 's/^import org.springframework.stereotype.Component;//' -e 's/^@Component//' \
    > "$W/src/bench/ancien/$f.java"
done
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$W/cp.txt" -Dmdep.includeScope=runtime >/dev/null
# the project's JDK (25+): JAVA_HOME if it is one, else the first temurin-25 found
JDK="${JAVA_HOME:-}"
if [ -z "$JDK" ] || ! "$JDK/bin/java" -version 2>&1 | grep -q '"2[5-9]'; then
  JDK=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)
fi
CP="target/classes:target/test-classes:$(cat "$W/cp.txt")"
"$JDK/bin/javac" -nowarn -d "$W/classes" -cp "$CP" "$W"/src/bench/ancien/*.java bench/attestation/BenchAttestation.java
"$JDK/bin/java" -cp "$W/classes:$CP" fr.sne.demande.attestation.BenchAttestation "${1:-200}"
