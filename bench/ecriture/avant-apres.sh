#!/usr/bin/env bash
# Before/after in one session: starts each jar in turn on a fresh data directory (port 8097, PostgreSQL on
# 55097), runs mesurer.sh with the matching pgbench script, stops it.
# Usage: bench/ecriture/avant-apres.sh <jar before> <jar after> [N] [C] [extra application arguments...]
set -euo pipefail
cd "$(dirname "$0")/../.."
AVANT=${1:?jar before}; APRES=${2:?jar after}; N=${3:-10000}; C=${4:-16}; shift 4 || true
JAVA=${JAVA:-java}
for etape in "avant:$AVANT:avant.sql" "apres:$APRES:apres.sql"; do
  IFS=: read -r nom jar script <<< "$etape"
  donnees=$(mktemp -d /tmp/sne-bench-XXXX)
  SNE_DATA_DIR=$donnees SNE_PG_PORT=55097 "$JAVA" -jar "$jar" --server.port=8097 \
      --sne.api.limite-requetes=1000000 "$@" > "$donnees/app.log" 2>&1 &
  pid=$!
  until grep -qs "Started SneApplication" "$donnees/app.log"; do sleep 1; done
  echo "== $nom ($jar)"
  # a jar of issue 13 or later: the embedded PostgreSQL's password is in the data folder (older jars: no file, trust)
  JAVA=$JAVA PGPASSFILE="$donnees/postgres/pgpass" bench/ecriture/mesurer.sh "$script" "$N" "$C"
  kill "$pid"; wait "$pid" || true
  rm -rf "$donnees"
done
