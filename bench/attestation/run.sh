#!/usr/bin/env bash
# Render time per attestation: template renderer vs the former hand-made PDFBox layout (commit b90df4d),
# measured in the same JVM, then vs writing its bytes; a RESULTAT line per figure.
# Usage: bench/attestation/run.sh [iterations]   (after ./mvnw test-compile; in the suite, the project is compiled)
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
cp "$(bench/classpath.sh runtime)" "$W/cp.txt"
JDK=$(bench/jdk.sh)
TOURS=200; [ "${SNE_BENCH_RAPIDE:-}" = 1 ] && TOURS=30
CP="target/classes:target/test-classes:$(cat "$W/cp.txt")"
"$JDK/bin/javac" -nowarn -d "$W/classes" -cp "$CP" src/test/java/fr/sne/bench/LigneResultat.java "$W"/src/bench/ancien/*.java bench/attestation/BenchAttestation.java
"$JDK/bin/java" -cp "$W/classes:$CP" fr.sne.demande.attestation.BenchAttestation "${1:-$TOURS}"
