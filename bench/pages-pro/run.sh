#!/usr/bin/env bash
# Pages of the professional application: latency percentiles of each page signed in as agent-g5901, against the
# bare SQL the page runs (pgbench, one client, same database, same run); one RESULTAT line per page (p95 against
# the bare SQL's p95) and a note with the client's own CPU.
# In the suite (SNE_BENCH_SUITE=1): the running application (SNE_BENCH_BASE) and its database (PG*) on the
# generated national dataset; the demande, names and dates come from that dataset's territory 059.
# Alone: starts the packaged application on its embedded default with 100,000 demandes (or $1) seeded by donnees.sql.
# Usage: bench/pages-pro/run.sh [demandes]   (REQUETES: requests per page, default 300; 100 with SNE_BENCH_RAPIDE=1)
set -euo pipefail
cd "$(dirname "$0")/../.."
W=target/bench-pages-pro
mkdir -p "$W"
REQUETES=${REQUETES:-$([ "${SNE_BENCH_RAPIDE:-}" = 1 ] && echo 100 || echo 300)}
if [ "${SNE_BENCH_SUITE:-}" = 1 ]; then
  BASE=$SNE_BENCH_BASE
  JOUR=$SNE_BENCH_JOUR
  PSQL=(psql -q -X -v ON_ERROR_STOP=1)
  PGB=(pgbench)
else
  N="${1:-100000}"
  PORT=8199
  PG=55499
  export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
  ./mvnw -B -ntp -q package -DskipTests >/dev/null
  JAR=$(ls target/sne-*.jar | grep -v original | head -1)
  SNE_DATA_DIR="$W/data" SNE_PG_PORT=$PG "$JAVA_HOME/bin/java" -Xmx1g -jar "$JAR" --server.port=$PORT \
    --sne.traitement-quotidien.cron=- >"$W/application.log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
  until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do sleep 1; done
  BASE=http://localhost:$PORT
  JOUR=$(date -u +%F)
  export PGPASSFILE="$PWD/$W/data/postgres/pgpass" # the embedded PostgreSQL's generated password (issue 13)
  PSQL=(psql -q -X -h localhost -p $PG -U postgres -d postgres -v ON_ERROR_STOP=1)
  PGB=(pgbench -h localhost -p $PG -U postgres)
  if [ "$("${PSQL[@]}" -tAc 'select count(*) from demande')" -lt "$N" ]; then
    echo "seeding $N demandes..."
    "${PSQL[@]}" -v n="$N" -v modele="$(cat docs/exemples/demande-nord.json)" -f bench/pages-pro/donnees.sql
  fi
fi
echo "demandes: $("${PSQL[@]}" -tAc 'select count(*) from demande'), in 059: $("${PSQL[@]}" -tAc "select count(*) from demande where territoire = '059'")"
# an active demande of the Nord whose applicant's name has no accent (the seed folds names with a simple translate;
# the generated names are plain letters), deposited before the day (not one a bench registered), drawn the same way
# on every run of a dataset
NUMERO=$("${PSQL[@]}" -tA -c "select setseed(0.42)" -c "select d.numero_unique from demande d join demande_personne p on p.demande_id = d.id and p.role = 'DEMANDEUR' where d.territoire = '059' and d.statut = 'ACTIVE' and p.nom_naissance ~ '^[A-Za-z]+$' and d.date_depot < '$JOUR' order by random() limit 1" | tail -1)
[ -n "$NUMERO" ] || { echo "no active demande in territory 059" >&2; exit 1; }
IFS='|' read -r NOM PRENOM NAISSANCE NOMCLE PRENOMCLE GUICHET MOUVEMENTS < <("${PSQL[@]}" -tA -c "select p.nom_naissance, p.prenoms, p.date_naissance, p.nom_cle, p.prenoms_cle, d.guichet_enregistreur, (select count(*) from mouvement m where m.numero_unique = d.numero_unique) from demande_personne p join demande d on d.id = p.demande_id where d.numero_unique = '$NUMERO' and p.role = 'DEMANDEUR'")
# the commonest birth name of the territory's applicants (Martin in donnees.sql; the generated households do not
# share names, so there it is a name a few persons bear)
IFS='|' read -r NOM_COURANT NOMCOURANTCLE NOMBRE_COURANT < <("${PSQL[@]}" -tA -c "select min(p.nom_naissance), p.nom_cle, count(distinct p.demande_id) from demande_personne p join demande d on d.id = p.demande_id where d.territoire = '059' and p.role in ('DEMANDEUR', 'CO_DEMANDEUR') group by p.nom_cle order by 3 desc, 2 limit 1")
echo "demande $NUMERO ($MOUVEMENTS movements, guichet $GUICHET), applicant $NOM $PRENOM $NAISSANCE; commonest name $NOM_COURANT ($NOMBRE_COURANT demandes in 059)"
PAGES=(--page "accueil=/pro/")
for f in bench/pages-pro/pages.d/*.sh; do [ -e "$f" ] && source "$f"; done
echo "== pages (application, agent-g5901, sequential requests)"
python3 bench/pages-pro/mesurer.py --base "$BASE" --n "$REQUETES" --sortie "$W/pages.json" "${PAGES[@]}"
# the signed-in session, for the session's statements every page runs
IFS='|' read -r PRIMARYID SESSIONID DERNIER EXPIRATION < <("${PSQL[@]}" -tA -c "select primary_id, session_id, last_access_time, expiry_time from spring_session where principal_name = 'agent-g5901' order by last_access_time desc limit 1")
# the day's and month's bounds of the home page's counts, as the application computes them on its clock
IFS='|' read -r DEBUTJOUR DEBUTMOIS FINMOIS < <("${PSQL[@]}" -tA -c "select (cast('$JOUR' as timestamp) at time zone 'Europe/Paris'), date_trunc('month', cast('$JOUR' as date))::date, (date_trunc('month', cast('$JOUR' as date)) + interval '1 month - 1 day')::date")
echo "== bare SQL of the same pages (pgbench, 1 client, $REQUETES transactions, latency in ms)"
: >"$W/sql.jsonl"
for page in bench/pages-pro/sql/*.sql; do
  nom=$(basename "$page" .sql)
  case "$nom" in commun | commun-fin | guichet) continue ;; esac
  guichets=1
  [ "$nom" = demande-historique ] && guichets=$((1 + MOUVEMENTS))
  for _ in $(seq "$guichets"); do cat bench/pages-pro/sql/guichet.sql; done >"$W/guichets.sql"
  cat bench/pages-pro/sql/commun.sql "$page" bench/pages-pro/sql/commun-fin.sql |
    sed -e "/^:guichets$/{r $W/guichets.sql" -e 'd}' |
    sed -e "s/:numero/'$NUMERO'/g" -e "s/:nomcourantcle/'${NOMCOURANTCLE//\'/\'\'}'/g" \
      -e "s/:nomcle/'${NOMCLE//\'/\'\'}'/g" -e "s/:prenomcle/'$PRENOMCLE'/g" -e "s/:naissance/'$NAISSANCE'/g" \
      -e "s/:guichet/'$GUICHET'/g" -e "s/:sessionid/'$SESSIONID'/g" -e "s/:primaryid/'$PRIMARYID'/g" \
      -e "s/:dernieracces/$DERNIER/g" -e "s/:expiration/$EXPIRATION/g" -e "s/:debutjour/'$DEBUTJOUR'/g" \
      -e "s/:debutmois/'$DEBUTMOIS'/g" -e "s/:finmois/'$FINMOIS'/g" >"$W/$nom-avec-session.sql"
  rm -f "$W"/pgbench_log.*
  (cd "$W" && "${PGB[@]}" -n -f "$nom-avec-session.sql" -t "$REQUETES" -c 1 -l postgres >/dev/null)
  python3 - "$nom" "$W" <<'PY'
import json, sys
sys.path.insert(0, "bench")
from resultat import centile, pgbench
nom, dossier = sys.argv[1], sys.argv[2]
lat = pgbench(dossier)
c = {p: centile(lat, p) for p in (50, 95, 99)}
print(f"{nom:<28} p50 {c[50]:6.2f}  p95 {c[95]:6.2f}  p99 {c[99]:6.2f}")
with open(dossier + "/sql.jsonl", "a") as sortie:
    sortie.write(json.dumps({"page": nom, "p50": c[50], "p95": c[95], "p99": c[99], "n": len(lat)}) + "\n")
PY
done
python3 - "$W" "$NOMBRE_COURANT" <<'PY'
import json, sys
sys.path.insert(0, "bench")
from resultat import resultat
dossier, courant = sys.argv[1], sys.argv[2]
quoi = {"accueil": "home (/pro/)", "recherche-numero": "search by numéro",
        "recherche-nom-courant": "search by the territory's commonest birth name",
        "recherche-nom-prenom-date": "search by name, first name and birth date",
        "demande-identite": "a demande's page, identity tab", "demande-historique": "a demande's page, history tab",
        "avertissement": "warning before radiation (form)", "separation": "separation of a co-demandeur (form)"}
app = json.load(open(dossier + "/pages.json"))
sql = {ligne["page"]: ligne for ligne in map(json.loads, open(dossier + "/sql.jsonl"))}
for nom, page in app["pages"].items():
    if nom not in sql:
        raise SystemExit(f"no bare SQL for the page {nom}")
    base = sql[nom]
    details = (f"{page['n']} sequential requests, p50 {page['p50']:.1f} ms, p99 {page['p99']:.1f} ms; bare SQL p50 "
               f"{base['p50']:.2f} ms, p99 {base['p99']:.2f} ms")
    if nom == "recherche-nom-courant":
        details += f"; the name is borne in {courant} demandes of the territory"
    resultat(bench="pages-pro", mesure=f"p95 of the page {nom}: {quoi.get(nom, page['chemin'])}, agent-g5901",
             valeur=round(page["p95"], 2), unite="ms", sens="temps",
             base="p95 of the SQL the page runs, with the session's and account's, by pgbench, 1 client",
             valeurBase=round(base["p95"], 2), details=details)
resultat(bench="pages-pro", note=f"page client (mesurer.py, Python) CPU over the measured requests: {app['cpu']:.1f} s "
                                 f"of {app['duree']:.1f} s, {100 * app['cpu'] / app['duree']:.0f} % of one core")
PY
