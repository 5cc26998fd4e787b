#!/usr/bin/env bash
# Prints the name of a file holding the project's dependency classpath for a scope (runtime or test), asked of
# Maven once (offline in the suite) and reused while pom.xml is unchanged: the JVM benches share it.
# Usage: CP=$(cat "$(bench/classpath.sh runtime)")
set -euo pipefail
cd "$(dirname "$0")/.."
F=target/bench-classpath-$1.txt
if [ ! -s "$F" ] || [ pom.xml -nt "$F" ]; then
  HORS_LIGNE=; [ "${SNE_BENCH_SUITE:-}" = 1 ] && HORS_LIGNE=-o
  mkdir -p target
  ./mvnw -B -ntp $HORS_LIGNE -q dependency:build-classpath -Dmdep.outputFile="$F.$$" -Dmdep.includeScope="$1" >/dev/null
  mv "$F.$$" "$F"
fi
echo "$PWD/$F"
