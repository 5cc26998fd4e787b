#!/bin/sh
# Cost of one rate-limit decision (former in-memory window, Bucket4j on PostgreSQL, final shared bucket with
# a local front), with bare SQL baselines, on an embedded PostgreSQL. Argument: threads (default 4).
set -e
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
# a Java 25 runtime: $JAVA if given, else the first JDK 25 found, else the java on the PATH
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)}
exec "${JAVA:-java}" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    fr.sne.api.LimiteurDebitBench "$@"
