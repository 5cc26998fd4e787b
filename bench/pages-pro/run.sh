#!/usr/bin/env bash
# Pages of the professional application with 100,000 demandes (or $1) in the embedded default's database:
# latency percentiles of each page signed in as agent-g5901, against the bare SQL the page runs (pgbench, one
# client, same database, same run). Usage: bench/pages-pro/run.sh [demandes]
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-100000}"
W=target/bench-pages-pro
PORT=8199
PG=55499
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mkdir -p "$W"
./mvnw -B -ntp -q package -DskipTests >/dev/null
JAR=$(ls target/sne-*.jar | grep -v original | head -1)
SNE_DATA_DIR="$W/data" SNE_PG_PORT=$PG "$JAVA_HOME/bin/java" -Xmx1g -jar "$JAR" --server.port=$PORT \
  --sne.traitement-quotidien.cron=- >"$W/application.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do sleep 1; done
export PGPASSFILE="$W/data/postgres/pgpass" # the embedded PostgreSQL's generated password (issue 13)
PSQL=(psql -q -h localhost -p $PG -U postgres -d postgres -v ON_ERROR_STOP=1)
if [ "$("${PSQL[@]}" -tAc 'select count(*) from demande')" -lt "$N" ]; then
  echo "seeding $N demandes..."
  "${PSQL[@]}" -v n="$N" -v modele="$(cat docs/exemples/demande-nord.json)" -f bench/pages-pro/donnees.sql
fi
echo "demandes: $("${PSQL[@]}" -tAc 'select count(*) from demande'), in 059: $("${PSQL[@]}" -tAc "select count(*) from demande where territoire = '059'")"
# an active demande of the Nord whose applicant's name has no accent (the seed folds names with a simple translate)
NUMERO=$("${PSQL[@]}" -tAc "select d.numero_unique from demande d join demande_personne p on p.demande_id = d.id and p.role = 'DEMANDEUR' where d.territoire = '059' and d.statut = 'ACTIVE' and p.nom_naissance ~ '^[A-Za-z]+$' order by d.id desc limit 1")
IFS='|' read -r NOM PRENOM NAISSANCE NOMCLE PRENOMCLE < <("${PSQL[@]}" -tA -c "select p.nom_naissance, p.prenoms, p.date_naissance, p.nom_cle, p.prenoms_cle from demande_personne p join demande d on d.id = p.demande_id where d.numero_unique = '$NUMERO' and p.role = 'DEMANDEUR'")
PAGES=(--page "accueil=/pro/")
for f in bench/pages-pro/pages.d/*.sh; do [ -e "$f" ] && source "$f"; done
echo "== pages (application, agent-g5901, sequential requests)"
python3 bench/pages-pro/mesurer.py --port $PORT --n "${REQUETES:-300}" "${PAGES[@]}"
echo "== bare SQL of the same pages (pgbench, 1 client, $((${REQUETES:-300})) transactions, latency in ms)"
for page in bench/pages-pro/sql/*.sql; do
  nom=$(basename "$page" .sql)
  [ "$nom" = commun ] && continue
  sed -e "s/:numero/'$NUMERO'/g" -e "s/:nomcle/'$NOMCLE'/g" -e "s/:prenomcle/'$PRENOMCLE'/g" \
      -e "s/:naissance/'$NAISSANCE'/g" "$page" > "$W/$nom.sql"
  cat bench/pages-pro/sql/commun.sql "$W/$nom.sql" > "$W/$nom-avec-session.sql"
  rm -f "$W"/pgbench_log.*
  (cd "$W" && pgbench -n -h localhost -p $PG -U postgres -f "$nom-avec-session.sql" -t "${REQUETES:-300}" -c 1 -l postgres >/dev/null 2>&1)
  python3 - "$nom" "$W" <<'PY'
import glob, sys
nom, dossier = sys.argv[1], sys.argv[2]
lat = sorted(int(l.split()[2]) / 1000 for f in glob.glob(dossier + "/pgbench_log.*") for l in open(f))
c = lambda p: lat[min(len(lat) - 1, int(p / 100 * len(lat)))]
print(f"{nom:<28} p50 {c(50):6.2f}  p95 {c(95):6.2f}  p99 {c(99):6.2f}")
PY
done
