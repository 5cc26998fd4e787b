#!/bin/sh
# Cost of one rate-limit decision (former in-memory window, Bucket4j on PostgreSQL, final shared bucket with
# a local front), with bare SQL baselines. Argument: threads (default 4). Alone: an embedded PostgreSQL, compiles
# the tests first; in the suite (SNE_BENCH_SUITE=1): the suite's database (SNE_BENCH_JDBC, PGPASSFILE), the bench's
# rows of limite_debit deleted at the end.
set -e
cd "$(dirname "$0")/.."
# the suite compiled the project and its tests
[ "${SNE_BENCH_SUITE:-}" = 1 ] || ./mvnw -B -ntp -q test-compile
CP=$(cat "$(bench/classpath.sh test)")
# a Java 25 runtime: $JAVA if given, else the first JDK 25 found, else the java on the PATH
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)}
exec "${JAVA:-java}" -cp "target/test-classes:target/classes:$CP" \
    fr.sne.api.LimiteurDebitBench "$@"
