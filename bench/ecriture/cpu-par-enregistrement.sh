#!/usr/bin/env bash
# CPU cost of one registration, JVM versus PostgreSQL (the SQL underneath), measured in the same run: a figure
# that the other processes of a shared machine move much less than throughput. For each jar in turn: fresh data
# directory, start, 2,000 warm-up registrations, ANALYZE, then user+system CPU of the JVM and of the postmaster
# and its children (/proc/<pid>/stat) before and after N registrations by C clients.
# Usage: bench/ecriture/cpu-par-enregistrement.sh <jar before> <jar after> [N] [C]
# Environment: PORT (default 8097), PG_PORT (default 55097), JAVA (a Java 25 binary).
set -euo pipefail
cd "$(dirname "$0")/../.."
AVANT=${1:?jar before}; APRES=${2:?jar after}; N=${3:-6000}; C=${4:-16}
PORT=${PORT:-8097}; PG_PORT=${PG_PORT:-55097}; JAVA=${JAVA:-java}
export PGHOST=localhost PGPORT=$PG_PORT PGUSER=postgres PGDATABASE=postgres
ticks() { # user+system clock ticks of the given processes
  local t=0; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14+$15}' "/proc/$p/stat"))); done
  echo "$t"; }
pg_pids() { local pm; pm=$(pgrep -f -- "-p $PG_PORT" | head -1); echo "$pm $(pgrep -P "$pm" | tr '\n' ' ')"; }
for etape in "avant:$AVANT" "apres:$APRES"; do
  IFS=: read -r nom jar <<< "$etape"
  donnees=$(mktemp -d /tmp/sne-bench-XXXX)
  SNE_DATA_DIR=$donnees SNE_PG_PORT=$PG_PORT "$JAVA" -jar "$jar" --server.port="$PORT" \
      --sne.api.limite-requetes=1000000 > "$donnees/app.log" 2>&1 &
  pid=$!
  until grep -qs "Started SneApplication" "$donnees/app.log"; do sleep 1; done
  export PGPASSFILE="$donnees/postgres/pgpass" # the embedded PostgreSQL's generated password (issue 13)
  "$JAVA" bench/ecriture/ChargeEnregistrement.java --base "http://localhost:$PORT" --n 2000 --c "$C" \
      --echauffement 0 > /dev/null
  psql -q -c 'analyze'
  pgp=$(pg_pids)
  j0=$(ticks "$pid"); p0=$(ticks $pgp); l0=$(cut -d' ' -f1 /proc/loadavg)
  res=$("$JAVA" bench/ecriture/ChargeEnregistrement.java --base "http://localhost:$PORT" --n "$N" --c "$C" \
      --echauffement 0)
  j1=$(ticks "$pid"); p1=$(ticks $pgp); l1=$(cut -d' ' -f1 /proc/loadavg)
  echo "== $nom: $res"
  awk -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v n="$N" -v hz="$(getconf CLK_TCK)" -v l0="$l0" -v l1="$l1" 'BEGIN {
    printf "   CPU per registration: JVM %.2f ms, PostgreSQL %.2f ms, JVM/PostgreSQL %.2f; load %s -> %s\n",
      j * 1000 / hz / n, p * 1000 / hz / n, j / p, l0, l1 }'
  kill "$pid"; wait "$pid" || true
  rm -rf "$donnees"
done
