# Sourced by the benches that measure the running application over HTTP (bench/ecriture/run.sh, bench/api/run.sh).
#
# In the suite (SNE_BENCH_SUITE=1) the orchestrator's application and database are used as given: SNE_BENCH_BASE,
# PGHOST/PGPORT/PGUSER/PGDATABASE/PGPASSFILE, SNE_BENCH_JOUR, JAVA. Alone, this does what the suite would: builds
# the jar if there is none, generates a national dataset of SNE_BENCH_DEMANDES (default 20,000, seed
# SNE_BENCH_GRAINE, default 42) once in its own data folder (target/bench-application/data, PostgreSQL on port
# $BENCH_PG_PORT, default 55496), starts the application on it (port $BENCH_PORT, default 8196) with the suite's
# settings and stops it when the calling script exits; then exports the same variables.
# Either way, exports SNE_BENCH_BASE, PG*, SNE_BENCH_JOUR, JAVA and COEURS (the machine's cores), and the process
# ids of the application's JVM (SNE_BENCH_JVM, the process listening on its port) and of its PostgreSQL's
# postmaster (SNE_BENCH_POSTMASTER), so that a load generator can report the server's CPU per request.

JAVA=${JAVA:-$(command -v "${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" || echo java)}
export JAVA
COEURS=$(nproc)
export COEURS
if [ "${SNE_BENCH_SUITE:-}" != 1 ]; then
  _W=target/bench-application
  _PORT=${BENCH_PORT:-8196}
  _PG=${BENCH_PG_PORT:-55496}
  mkdir -p "$_W"
  if [ -z "${SNE_BENCH_JAR:-}" ]; then
    ls target/sne-*.jar 2>/dev/null | grep -qv original || ./mvnw -B -ntp -q package -DskipTests >/dev/null
    SNE_BENCH_JAR=$(ls target/sne-*.jar | grep -v original | head -1)
  fi
  if [ ! -s "$_W/jour" ]; then
    _JOUR=$(date -u +%F)
    echo "generating ${SNE_BENCH_DEMANDES:-20000} demandes (seed ${SNE_BENCH_GRAINE:-42}, day $_JOUR) in $_W/data..."
    rm -rf "$_W/data"
    SNE_DATA_DIR="$_W/data" SNE_PG_PORT=$_PG "$JAVA" -jar "$SNE_BENCH_JAR" generer \
      --demandes "${SNE_BENCH_DEMANDES:-20000}" --graine "${SNE_BENCH_GRAINE:-42}" \
      --sne.horloge.instant="${_JOUR}T08:00:00Z" >"$_W/generer.log" 2>&1
    echo "$_JOUR" >"$_W/jour"
  fi
  SNE_BENCH_JOUR=$(cat "$_W/jour")
  SNE_DATA_DIR="$_W/data" SNE_PG_PORT=$_PG "$JAVA" -jar "$SNE_BENCH_JAR" --server.port=$_PORT \
    --sne.api.limite-requetes=1000000 --sne.traitement-quotidien.cron=- --sne.bench.depot-brut=true \
    --sne.horloge.instant="${SNE_BENCH_JOUR}T08:00:00Z" >"$_W/application.log" 2>&1 &
  _APPLICATION=$!
  trap 'kill $_APPLICATION 2>/dev/null; wait $_APPLICATION 2>/dev/null || true' EXIT
  until curl -sf "http://localhost:$_PORT/actuator/health" >/dev/null; do
    kill -0 $_APPLICATION 2>/dev/null || { echo "the application stopped, see $_W/application.log" >&2; exit 1; }
    sleep 1
  done
  export SNE_BENCH_BASE=http://localhost:$_PORT SNE_BENCH_JOUR
  export PGHOST=localhost PGPORT=$_PG PGUSER=postgres PGDATABASE=postgres PGPASSFILE="$PWD/$_W/data/postgres/pgpass"
fi
: "${SNE_BENCH_BASE:?}" "${SNE_BENCH_JOUR:?}" "${PGPORT:?}"
if [ -z "${SNE_BENCH_JVM:-}" ]; then
  SNE_BENCH_JVM=$(ss -ltnpH "sport = :${SNE_BENCH_BASE##*:}" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
fi
if [ -z "${SNE_BENCH_POSTMASTER:-}" ]; then
  _PGDATA=$(psql -X -tAc "show data_directory" 2>/dev/null || true)
  SNE_BENCH_POSTMASTER=$( [ -n "$_PGDATA" ] && head -1 "$_PGDATA/postmaster.pid" 2>/dev/null || true)
fi
if [ -n "$SNE_BENCH_JVM" ]; then export SNE_BENCH_JVM; fi
if [ -n "$SNE_BENCH_POSTMASTER" ]; then export SNE_BENCH_POSTMASTER; fi
