#!/usr/bin/env bash
# Pages of the public portal: latency percentiles of each page signed in as the demo applicant demandeur-1 (whose
# account is attached to one active demande of the Nord and two more), against the bare SQL the page runs (pgbench,
# one client, same database, same run); one RESULTAT line per page (p95 against the bare SQL's p95) and a note with
# the client's own CPU. The signed-out home page is measured too (a note: it runs no SQL).
# In the suite (SNE_BENCH_SUITE=1): the running application (SNE_BENCH_BASE) and its database (PG*) on the generated
# national dataset. Alone: starts the packaged application on its embedded default with 100,000 demandes (or $1)
# seeded by bench/pages-pro/donnees.sql.
# Then the filing from start to attestation by DEPOSANTS (default 200) concurrent simulated applicants (depot.py),
# without an error (the bench fails otherwise).
# Usage: bench/pages-portail/run.sh [demandes]   (REQUETES: requests per page, default 300; 100 with SNE_BENCH_RAPIDE=1)
set -euo pipefail
cd "$(dirname "$0")/../.."
W=target/bench-pages-portail
mkdir -p "$W"
REQUETES=${REQUETES:-$([ "${SNE_BENCH_RAPIDE:-}" = 1 ] && echo 100 || echo 300)}
DEMANDEUR=demandeur-1
if [ "${SNE_BENCH_SUITE:-}" = 1 ]; then
  BASE=$SNE_BENCH_BASE
  PSQL=(psql -q -X -v ON_ERROR_STOP=1)
  PGB=(pgbench)
else
  N="${1:-100000}"
  PORT=${BENCH_PORT:-8197}
  PG=${BENCH_PG_PORT:-55497}
  export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
  ./mvnw -B -ntp -q -o package -DskipTests >/dev/null
  JAR=$(ls target/sne-*.jar | grep -v original | head -1)
  SNE_DATA_DIR="$W/data" SNE_PG_PORT=$PG "$JAVA_HOME/bin/java" -Xmx1g -jar "$JAR" --server.port=$PORT \
    --sne.traitement-quotidien.cron=- >"$W/application.log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
  until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do sleep 1; done
  BASE=http://localhost:$PORT
  export PGPASSFILE="$PWD/$W/data/postgres/pgpass"
  PSQL=(psql -q -X -h localhost -p $PG -U postgres -d postgres -v ON_ERROR_STOP=1)
  PGB=(pgbench -h localhost -p $PG -U postgres)
  if [ "$("${PSQL[@]}" -tAc 'select count(*) from demande')" -lt "$N" ]; then
    echo "seeding $N demandes..."
    "${PSQL[@]}" -v n="$N" -v modele="$(cat docs/exemples/demande-nord.json)" -f bench/pages-pro/donnees.sql
  fi
fi
echo "demandes: $("${PSQL[@]}" -tAc 'select count(*) from demande'), portal accounts: $("${PSQL[@]}" -tAc 'select count(*) from compte_demandeur')"
# demandeur-1's account (the provider's subject is the demo login; the sign-in keeps the row and its id) and three
# active demandes of the Nord attached to it, drawn the same way on every run of a dataset
"${PSQL[@]}" -c "insert into compte_demandeur (id, sujet, prenoms, nom, date_naissance, courriel, cree_le, derniere_connexion)
  values (gen_random_uuid(), '$DEMANDEUR', 'Louise Marie', 'Martin', date '1988-04-12', 'louise.martin@exemple.fr', now(), now())
  on conflict (sujet) do nothing"
COMPTE=$("${PSQL[@]}" -tAc "select id from compte_demandeur where sujet = '$DEMANDEUR'")
"${PSQL[@]}" -c "delete from rattachement_demandeur where compte = '$COMPTE'"
"${PSQL[@]}" -tA -c "select setseed(0.27)" -c "insert into rattachement_demandeur (compte, numero_unique, depuis, mode)
  select '$COMPTE', numero_unique, now(), 'CODE' from (select numero_unique from demande where territoire = '059'
   and statut = 'ACTIVE' order by random() limit 3) d" >/dev/null
NUMERO=$("${PSQL[@]}" -tAc "select numero_unique from rattachement_demandeur where compte = '$COMPTE' order by numero_unique limit 1")
echo "account $COMPTE ($DEMANDEUR), demandes attached: $("${PSQL[@]}" -tAc "select string_agg(numero_unique, ' ') from rattachement_demandeur where compte = '$COMPTE'"); measured page of $NUMERO"
PAGES=(--page "accueil=/portail" --page "demandes=/portail/demandes" --page "demande=/portail/demandes/$NUMERO")
for f in bench/pages-portail/pages.d/*.sh; do [ -e "$f" ] && source "$f"; done
echo "== pages (application, $DEMANDEUR, sequential requests)"
python3 bench/pages-pro/mesurer.py --base "$BASE" --n "$REQUETES" --agent "$DEMANDEUR" --depart /portail/demandes \
  --sortie "$W/pages.json" "${PAGES[@]}"
# the signed-out home page, without a session: no SQL at all, so its figure is a note, not a ratio
python3 - "$BASE" "$REQUETES" "$W" <<'PY'
import json, statistics, sys, time, urllib.request
sys.dont_write_bytecode = True
sys.path.insert(0, "bench/pages-pro")
sys.path.insert(0, "bench")
from mesurer import centile
from resultat import resultat
base, n, dossier = sys.argv[1], int(sys.argv[2]), sys.argv[3]
for _ in range(30):
    urllib.request.urlopen(base + "/portail").read()
durees = []
for _ in range(n):
    debut = time.perf_counter()
    reponse = urllib.request.urlopen(base + "/portail")
    reponse.read()
    durees.append((time.perf_counter() - debut) * 1000)
resultat(bench="pages-portail", note=f"home (/portail) signed out, no session, no SQL: {n} sequential requests, "
                                     f"p50 {statistics.median(durees):.1f} ms, p95 {centile(durees, 95):.1f} ms, "
                                     f"p99 {centile(durees, 99):.1f} ms")
PY
IFS='|' read -r PRIMARYID SESSIONID DERNIER EXPIRATION PRINCIPAL < <("${PSQL[@]}" -tA -c "select s.primary_id, s.session_id, s.last_access_time, s.expiry_time, coalesce(quote_literal(s.principal_name), 'null') from spring_session s where exists (select 1 from spring_session_attributes a where a.session_primary_id = s.primary_id and a.attribute_name = 'SNE_PORTAIL_SECURITE') order by s.last_access_time desc limit 1")
[ -n "$SESSIONID" ] || { echo "no portal session found" >&2; exit 1; }
echo "== bare SQL of the same pages (pgbench, 1 client, $REQUETES transactions, latency in ms)"
: >"$W/sql.jsonl"
for page in bench/pages-portail/sql/*.sql; do
  nom=$(basename "$page" .sql)
  case "$nom" in commun | commun-fin) continue ;; esac
  cat bench/pages-portail/sql/commun.sql "$page" bench/pages-portail/sql/commun-fin.sql |
    sed -e "s/:numero/'$NUMERO'/g" -e "s/:compte/'$COMPTE'/g" -e "s/:sessionid/'$SESSIONID'/g" \
      -e "s/:primaryid/'$PRIMARYID'/g" -e "s/:principal/$PRINCIPAL/g" -e "s/:dernieracces/$DERNIER/g" -e "s/:expiration/$EXPIRATION/g" \
      >"$W/$nom-avec-session.sql"
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
python3 - "$W" <<'PY'
import json, sys
sys.path.insert(0, "bench")
from resultat import resultat
dossier = sys.argv[1]
quoi = {"accueil": "home (/portail), signed in",
        "demandes": "the applicant's demandes (three attached)", "demande": "one attached demande",
        "depot-avant": "the filing's first page (what to have at hand, the draft)"}
app = json.load(open(dossier + "/pages.json"))
sql = {ligne["page"]: ligne for ligne in map(json.loads, open(dossier + "/sql.jsonl"))}
for nom, page in app["pages"].items():
    if nom not in sql:
        raise SystemExit(f"no bare SQL for the page {nom}")
    base = sql[nom]
    details = (f"{page['n']} sequential requests, p50 {page['p50']:.1f} ms, p99 {page['p99']:.1f} ms; bare SQL p50 "
               f"{base['p50']:.2f} ms, p99 {base['p99']:.2f} ms; target p95 <= 200 ms")
    resultat(bench="pages-portail", mesure=f"p95 of the portal's page {nom}: {quoi.get(nom, page['chemin'])}",
             valeur=round(page["p95"], 2), unite="ms", sens="temps",
             base="p95 of the SQL the page runs, with the session's, by pgbench, 1 client",
             valeurBase=round(base["p95"], 2), details=details)
resultat(bench="pages-portail", note=f"page client (mesurer.py, Python) CPU over the measured requests: "
                                     f"{app['cpu']:.1f} s of {app['duree']:.1f} s, "
                                     f"{100 * app['cpu'] / app['duree']:.0f} % of one core")
PY
# filing from start to attestation by DEPOSANTS concurrent applicants (default 200), each a demo account of the
# embedded provider made here with demandeur-1's password; their names carry this run's tag, so no filing is
# another's duplicate. The filed demandes stay in the database (as the registration bench's do).
DEPOSANTS=${DEPOSANTS:-200}
"${PSQL[@]}" -c "insert into compte_demandeur_demo (identifiant, mot_de_passe_hash, prenoms, nom, date_naissance, courriel, actif)
  select 'demandeur-banc-' || i, (select mot_de_passe_hash from compte_demandeur_demo where identifiant = 'demandeur-1'),
         'Camille', 'Banc', date '1980-01-01', null, true from generate_series(1, $DEPOSANTS) i
  on conflict (identifiant) do nothing"
# a draft an earlier run left (a journey that failed half-way) would be resumed at its step: each run starts afresh
"${PSQL[@]}" -c "delete from brouillon_portail b using compte_demandeur c where c.id = b.compte and c.sujet like 'demandeur-banc-%'"
ETIQUETTE=$(python3 -c 'import random, string; print("".join(random.choice(string.ascii_lowercase) for _ in range(6)))')
echo "== filing by $DEPOSANTS concurrent applicants (tag $ETIQUETTE)"
python3 bench/pages-portail/depot.py --base "$BASE" --demandeurs "$DEPOSANTS" --etiquette "$ETIQUETTE" --sortie "$W/depot.json"
python3 - "$W" <<'PY'
import json, sys
sys.path.insert(0, "bench")
from resultat import resultat
f = json.load(open(sys.argv[1] + "/depot.json"))
etapes = "; ".join(f"{e} p95 {v['p95']:.0f} ms" for e, v in f["etapes"].items())
resultat(bench="pages-portail", note=f"filing on the portal by {f['demandeurs']} concurrent applicants, from the start "
         f"of the filing to the attestation PDF: {f['deposees']} filed, {f['erreurs']} errors, "
         f"{f['parSeconde']:.1f} filings/s over {f['duree']:.0f} s; journey p50 {f['p50']:.0f} ms, p95 {f['p95']:.0f} ms, "
         f"max {f['max']:.0f} ms; {etapes}; client CPU {f['cpu']:.0f} s")
PY
