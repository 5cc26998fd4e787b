#!/usr/bin/env bash
# One measurement run against a running SNE and its PostgreSQL, in the same run:
#   1. warm-up registrations (JIT, pool), then ANALYZE (a fresh database has no statistics: the duplicate
#      check would scan instead of using its index until autovacuum analyses the tables);
#   2. N registrations over HTTP by C clients (ChargeEnregistrement.java);
#   3. the baseline: the same SQL statements replayed by pgbench, C clients, same database, same duration.
# Usage: bench/ecriture/mesurer.sh <pgbench script: avant.sql|apres.sql> [N] [C]
# Environment: BASE (default http://localhost:8097), PGPORT (default 55097), JAVA (a Java 25 binary), PGPASSFILE
# (the embedded PostgreSQL's password file: <SNE_DATA_DIR>/postgres/pgpass).
# JOUR: the application clock's day for apres.sql (default today, UTC).
set -euo pipefail
cd "$(dirname "$0")/../.."
SCRIPT=${1:?pgbench script}
N=${2:-10000}
C=${3:-16}
BASE=${BASE:-http://localhost:8097}
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-55097} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-postgres}
JAVA=${JAVA:-java}
"$JAVA" bench/ecriture/ChargeEnregistrement.java --base "$BASE" --n 2000 --c "$C" --echauffement 0 > /dev/null
psql -q -c 'analyze'
echo "application : $("$JAVA" bench/ecriture/ChargeEnregistrement.java --base "$BASE" --n "$N" --c "$C" --echauffement 500)"
JOURNAL=$(mktemp -d)
SOURCE="$PWD/bench/ecriture/$SCRIPT"
TPS=$(cd "$JOURNAL" && pgbench -n -M prepared -D jour="${JOUR:-$(date -u +%F)}" -c "$C" -j 2 -T 20 -l -f "$SOURCE" | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
# per-transaction log: 3rd column is the latency in microseconds
cat "$JOURNAL"/pgbench_log.* | awk '{print $3}' | sort -n | awk -v tps="$TPS" -v script="$SCRIPT" \
  '{l[NR]=$1} END {printf "pgbench (%s) : tps=%.0f p50=%.1fms p95=%.1fms p99=%.1fms\n", script, tps,
   l[int(NR*0.50)]/1000, l[int(NR*0.95)]/1000, l[int(NR*0.99)]/1000}'
rm -rf "$JOURNAL"
