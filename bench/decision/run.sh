#!/usr/bin/env bash
# Recording a CAL decision (issue 15 §2) on the national dataset, for the suite (bench/README.md) or alone:
# POST /v1.0/commissions/{id}/decisions by C clients (ChargeDecisions.java, under nice, as demo-g5901, the demo
# bailleur Habitat du Nord), each decision with its automatic event (DESCAL, one EVT movement through the door) in
# one transaction; then the bare SQL of a decision by pgbench, C clients, same database, right after: lock the
# candidate, read the demande's version (shared lock), update the candidate, insert the EVT movement, commit.
# Setup through the API (not timed): dwellings of the bailleur in Lille, sessions of ten dwellings with three active
# demandes of the Nord each (drawn with a fixed seed); every decision is ATTRIBUTION_RANG, ranks 1 to 3.
# At the end, what the bench wrote is deleted: the sessions, candidates, dwellings and the EVT movements of its
# decisions and of the baseline.
# Prints RESULTAT lines: p99 and p95 against pgbench's ("temps"), decisions per second against pgbench's tx/s, and
# the server's CPU per decision (the JVM's and PostgreSQL's, from /proc) against PostgreSQL's per bare transaction.
# Usage: bench/decision/run.sh [N]   (decisions measured, default 3,000 after 1,500 to warm the JIT up; 600 after
#                                     300 with SNE_BENCH_RAPIDE=1;
#                                     C: SNE_BENCH_CLIENTS, default 16)
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/application.sh
if [ "${SNE_BENCH_RAPIDE:-}" = 1 ]; then N=${1:-600}; W=300; T=10; else N=${1:-3000}; W=1500; T=20; fi
C=${SNE_BENCH_CLIENTS:-16}
J=$(mktemp -d)
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -tA)
# the application's clock is the dataset's day (not now): what the bench writes is found by id, not by time
MIN_MOUVEMENT=$("${PSQL[@]}" -c "select coalesce(max(id), 0) from mouvement")
MIN_LOGEMENT=$("${PSQL[@]}" -c "select coalesce(max(id), 0) from logement")
MIN_COMMISSION=$("${PSQL[@]}" -c "select coalesce(max(id), 0) from commission")
nettoyer() {
  "${PSQL[@]}" <<SQL >/dev/null || true
delete from mouvement where type = 'EVT' and id > $MIN_MOUVEMENT
   and (acteur_id = 'bench-decision' or (guichet = 'G5901' and contenu ->> 'code' in ('DESCAL', 'INSCRIPTION_CAL')));
delete from candidature where commission_id > $MIN_COMMISSION;
delete from commission_logement where commission_id > $MIN_COMMISSION;
delete from commission where id > $MIN_COMMISSION;
delete from logement where id > $MIN_LOGEMENT and guichet = 'G5901';
SQL
  rm -rf "$J"
}
trap 'nettoyer; if [ -n "${_APPLICATION:-}" ]; then kill "$_APPLICATION" 2>/dev/null || true; fi' EXIT

TOTAL=$((N + W))
LOGEMENTS=$(( (TOTAL + 2) / 3 ))
"${PSQL[@]}" -c "select setseed(0.17)" -c "select numero_unique from demande where territoire = '059'
   and statut = 'ACTIVE' order by random() limit $((LOGEMENTS * 3))" | grep -v '^$' >"$J/numeros"
[ "$(wc -l <"$J/numeros")" -eq $((LOGEMENTS * 3)) ] || { echo "too few active demandes in 059" >&2; exit 1; }
echo "== setup: $LOGEMENTS dwellings, $(( (LOGEMENTS + 9) / 10 )) sessions, $((LOGEMENTS * 3)) candidates"
python3 - "$SNE_BENCH_BASE" "$J/numeros" "$J/requetes.tsv" "$SNE_BENCH_JOUR" <<'PY'
import base64, json, sys, urllib.request
base, fichier, sortie, jour = sys.argv[1:5]
numeros = [l.strip() for l in open(fichier) if l.strip()]
auth = base64.b64encode(b"demo-g5901:demo-g5901-secret").decode()
r = urllib.request.urlopen(urllib.request.Request(base + "/oauth2/token", data=b"grant_type=client_credentials",
                                                  headers={"Authorization": "Basic " + auth}))
jeton = json.load(r)["access_token"]
def post(chemin, corps):
    req = urllib.request.Request(base + chemin, data=json.dumps(corps).encode(), method="POST",
                                 headers={"Authorization": "Bearer " + jeton, "Content-Type": "application/json"})
    try:
        return json.load(urllib.request.urlopen(req))
    except urllib.error.HTTPError as e:
        raise SystemExit(f"{chemin}: {e.code} {e.read().decode()[:500]}")
logements = []
for i in range(len(numeros) // 3):
    l = post("/v1.0/logements", {"identifiantRpls": f"BENCHDEC{i}", "adresse": f"{i} rue du Banc d'essai",
             "codeCommune": "59350", "typologie": "T3", "surface": 65, "loyer": 420, "financement": "PLUS",
             "qpv": i % 3 == 0, "adapteHandicap": False})
    logements.append(l["id"])
lignes = []
for s in range(0, len(logements), 10):
    lot = logements[s:s + 10]
    inscrits = [{"logement": l, "candidats": numeros[3 * (s + k):3 * (s + k) + 3]} for k, l in enumerate(lot)]
    c = post("/v1.0/commissions", {"dateCommission": jour, "logements": inscrits})
    for ins in inscrits:
        for rang, numero in enumerate(ins["candidats"], 1):
            lignes.append(f"/v1.0/commissions/{c['id']}/decisions\t" + json.dumps(
                {"logement": ins["logement"], "numeroUnique": numero, "decision": "ATTRIBUTION_RANG", "rang": rang}))
# interleave the sessions so that concurrent clients decide on different sessions and dwellings
lignes = [lignes[i] for k in range(3) for i in range(k, len(lignes), 3)]
open(sortie, "w").write("\n".join(lignes) + "\n")
PY
echo "== application: $W warm-up + $N measured decisions, $C clients"
ligne=$(nice -n 10 "$JAVA" bench/ecriture/ChargeDecisions.java --base "$SNE_BENCH_BASE" --requetes "$J/requetes.tsv" \
  --n "$N" --c "$C" --echauffement "$W" --client demo-g5901 --attendu 201)
echo "application: $ligne"
decides=$("${PSQL[@]}" -c "select count(*) from candidature where commission_id > $MIN_COMMISSION and decision is not null")
evenements=$("${PSQL[@]}" -c "select count(*) from mouvement where type = 'EVT' and id > $MIN_MOUVEMENT
   and guichet = 'G5901' and acteur_id <> 'bench-decision' and contenu ->> 'code' like 'DESCAL%'")
echo "decisions recorded: $decides, DESCAL events: $evenements"
[ "$decides" -eq "$evenements" ] || { echo "a decision without its event (or the reverse)" >&2; exit 1; }

MIN_C=$("${PSQL[@]}" -c "select min(id) from candidature where commission_id > $MIN_COMMISSION")
MAX_C=$("${PSQL[@]}" -c "select max(id) from candidature where commission_id > $MIN_COMMISSION")
cat >"$J/nu.sql" <<SQL
\set c random($MIN_C, $MAX_C)
begin;
select numero_unique from candidature where id = :c for update \gset
select territoire, version from demande where numero_unique = :numero_unique for share \gset
update candidature set decision = 'ATTRIBUTION_RANG', rang = 1, decidee_le = now(), decidee_par = 'G5901' where id = :c;
insert into mouvement (type, numero_unique, territoire, guichet, acteur_type, acteur_id, horodatage, version_demande,
                       contenu)
values ('EVT', :numero_unique, :territoire, 'G5901', 'CLIENT_API', 'bench-decision', now(), :version,
        jsonb_build_object('version', 1, 'type', 'EVT', 'code', 'DESCAL', 'numeroUnique', cast(:numero_unique as text)));
commit;
SQL
echo "== the bare SQL of a decision by pgbench, $C clients, $T s"
mkdir -p "$J/log"
PG0=$(python3 bench/cpu.py --enfants "${SNE_BENCH_POSTMASTER:-0}")
sortie=$(cd "$J/log" && nice -n 10 pgbench -n -M prepared -c "$C" -j 2 -T "$T" -l -f "$J/nu.sql")
PG1=$(python3 bench/cpu.py --enfants "${SNE_BENCH_POSTMASTER:-0}")
echo "$sortie" | grep -E "^(tps|number of (transactions|failed))"
python3 - "$ligne" "$sortie" "$J/log" "$C" "$((PG1 - PG0))" <<'PY'
import sys
sys.path.insert(0, "bench")
from resultat import centile, charge, cpu_serveur, note_cpu, pgbench, resultat, tps
ligne, sortie, dossier, c, cpu_pgbench = sys.argv[1:6]
app = charge(ligne)
if app["statuts"] != "{201=" + app["requetes"] + "}":
    raise SystemExit(f"not every decision answered 201: {app['statuts']}; no figure")
lat = pgbench(dossier)
details = (f"{app['requetes']} decisions, p50 {app['p50']} ms, p95 {app['p95']} ms, p99 {app['p99']} ms, "
           f"{app['debit']}/s; pgbench {len(lat)} transactions, p50 {centile(lat, 50):.2f} ms, "
           f"p95 {centile(lat, 95):.2f} ms, p99 {centile(lat, 99):.2f} ms, {tps(sortie):.0f}/s; target p99 <= 50 ms")
quoi = f"a CAL decision with its DESCAL event (POST /v1.0/commissions/{{id}}/decisions), {c} clients"
resultat(bench="decision", mesure=f"p99 latency of {quoi}", valeur=float(app["p99"]), unite="ms", sens="temps",
         base=f"p99 of the bare SQL of a decision by pgbench, {c} clients", valeurBase=round(centile(lat, 99), 2),
         details=details)
resultat(bench="decision", mesure=f"p95 latency of {quoi}", valeur=float(app["p95"]), unite="ms", sens="temps",
         base=f"p95 of the bare SQL by pgbench, {c} clients", valeurBase=round(centile(lat, 95), 2), details=details)
resultat(bench="decision", mesure=f"decisions per second, {c} clients", valeur=float(app["debit"]), unite="/s",
         sens="debit", base=f"the bare SQL by pgbench, {c} clients", valeurBase=round(tps(sortie), 1), details=details)
cpu_serveur("decision", app, int(cpu_pgbench), len(lat), "decision")
note_cpu("decision", app, "ChargeDecisions")
PY
