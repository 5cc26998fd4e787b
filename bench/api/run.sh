#!/usr/bin/env bash
# The API's reads on the national dataset, for the suite (bench/README.md) or alone:
#   - a demande:   GET /v1.0/demandes/{numeroUnique}, demandes of territory 059 drawn from the database;
#   - duplicates:  GET /v1.0/doublons?nom=&prenom=&dateNaissance=, adults of active demandes of 059 drawn the same way
#                  (each search finds at least its own person);
# each by C clients (ChargeLectures.java, under nice, spread over demo-g5901 / demo-g5902) after a warm-up, then the
# bare SQL of the same requests by pgbench, C clients, same database, right after: one pgbench script per drawn
# demande or person (pgbench picks one at random for each transaction), holding the statements the application
# runs for that request, captured from its PostgreSQL log (log_min_duration_statement = 0, commit 48df313):
#   - both:        the security filter's read of the guichet and the API client (JdbcGuichets.enregistre);
#   - a demande:   select * from demande where numero_unique = ? (ConsulterDemande), then the hand-out noted
#                  (insert into remise_demande … on conflict do nothing: channel API, issue 16 §1);
#   - duplicates:  the duplicate query of the registration (DemandeRepository), on the birth name's key and date;
#                  the first name is compared in Java; then the hand-out of the demandes found, one insert.
# The hand-outs the bench noted (channel API, the dataset's day, G5901 and G5902) are deleted at the end when there
# were none before.
# Prints RESULTAT lines: p95 against pgbench's p95 ("temps"), requests/s against pgbench's tx/s ("debit"), and the
# load generator's own CPU (a note) for each.
# Usage: bench/api/run.sh [N]   (requests per measure, default 20,000; 5,000 with SNE_BENCH_RAPIDE=1;
#                               C: SNE_BENCH_CLIENTS, default 16)
# Alone (SNE_BENCH_SUITE unset) it generates a dataset and starts the application itself: see bench/application.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/application.sh
if [ "${SNE_BENCH_RAPIDE:-}" = 1 ]; then N=${1:-5000}; W=1000; T=10; else N=${1:-20000}; W=2000; T=20; fi
C=${SNE_BENCH_CLIENTS:-16}
K=100 # demandes / persons drawn (pgbench takes at most 128 scripts)
REMISES_AVANT=$(psql -q -X -tA -c "select count(*) from remise_demande where canal = 'API'
   and jour = '$SNE_BENCH_JOUR' and lecteur in ('G5901', 'G5902')")
J=$(mktemp -d)
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -tA)
GUICHET="select g.code, g.nom, g.type, g.territoire, g.adresse_ligne1, g.adresse_ligne2, g.code_postal, g.commune, g.telephone, g.actif, c.actif as client_actif, array(select h.habilitation from client_api_habilitation h where h.client_id = c.client_id) as habilitations from guichet g left join client_api c on c.client_id = 'demo-g5901' where g.code = 'G5901';"

mesurer() { # name, what (for the RESULTAT lines), folder of pgbench scripts, file of paths
  local nom=$1 quoi=$2 scripts=$3 chemins=$4 ligne sortie
  echo "== $nom: $W warm-up + $N measured GETs, $C clients"
  ligne=$(nice -n 10 "$JAVA" bench/ecriture/ChargeLectures.java --base "$SNE_BENCH_BASE" --chemins "$chemins" \
    --n "$N" --c "$C" --echauffement "$W")
  echo "application: $ligne"
  echo "== $nom: the same SQL by pgbench ($(ls "$scripts" | wc -l) scripts), $C clients, $T s"
  local f=() s
  for s in "$scripts"/*.sql; do f+=(-f "$s"); done
  mkdir -p "$J/log-$nom"
  sortie=$(cd "$J/log-$nom" && nice -n 10 pgbench -n -M prepared -c "$C" -j 2 -T "$T" -l "${f[@]}")
  echo "$sortie" | grep -E "^(tps|number of (transactions|failed))"
  python3 - "$nom" "$quoi" "$ligne" "$sortie" "$J/log-$nom" "$C" <<'PY'
import sys
sys.path.insert(0, "bench")
from resultat import centile, charge, note_cpu, pgbench, resultat, tps
nom, quoi, ligne, sortie, dossier, c = sys.argv[1:7]
app = charge(ligne)
if app["statuts"] != "{200=" + app["requetes"] + "}":
    raise SystemExit(f"not every request answered 200: {app['statuts']}; no figure")
lat = pgbench(dossier)
details = (f"{app['requetes']} requests, p50 {app['p50']} ms, p95 {app['p95']} ms, p99 {app['p99']} ms, "
           f"{app['debit']}/s; pgbench {len(lat)} transactions, p50 {centile(lat, 50):.2f} ms, "
           f"p95 {centile(lat, 95):.2f} ms, {tps(sortie):.0f}/s")
resultat(bench=nom, mesure=f"p95 latency of {quoi}, {c} clients", valeur=float(app["p95"]), unite="ms",
         sens="temps", base=f"p95 of the same SQL by pgbench, {c} clients", valeurBase=round(centile(lat, 95), 2),
         details=details)
resultat(bench=nom, mesure=f"{quoi} per second, {c} clients", valeur=float(app["debit"]), unite="/s",
         sens="debit", base=f"the same SQL by pgbench, {c} clients", valeurBase=round(tps(sortie), 1),
         details=details)
note_cpu(nom, app, "ChargeLectures")
PY
}

# a demande of the territory, any status (deterministic draw)
mkdir -p "$J/lecture"
"${PSQL[@]}" -c "select setseed(0.42)" -c "select numero_unique from demande where territoire = '059' order by random() limit $K" |
  grep -v '^$' >"$J/numeros"
[ "$(wc -l <"$J/numeros")" -eq $K ] || { echo "fewer than $K demandes in territory 059" >&2; exit 1; }
sed 's|^|/v1.0/demandes/|' "$J/numeros" >"$J/lecture.chemins"
i=0
while read -r numero; do
  i=$((i + 1))
  printf "%s\nselect * from demande where numero_unique = '%s';\n%s\n" "$GUICHET" "$numero" \
    "insert into remise_demande (numero_unique, jour, lecteur, canal) select distinct n, cast('$SNE_BENCH_JOUR' as date), 'G5901', 'API' from unnest(string_to_array(cast('$numero' as text), ',')) as n on conflict do nothing;" \
    >"$J/lecture/$i.sql"
done <"$J/numeros"
mesurer lecture "a demande read (GET /v1.0/demandes/{numeroUnique})" "$J/lecture" "$J/lecture.chemins"

# adults of active demandes of the territory (the duplicate search looks among them)
mkdir -p "$J/doublons"
"${PSQL[@]}" -F $'\t' -c "select setseed(0.42)" -c "select p.nom_naissance, split_part(p.prenoms, ' ', 1),
    p.date_naissance, p.nom_cle from demande_personne p join demande d on d.id = p.demande_id
   where d.territoire = '059' and d.statut = 'ACTIVE' and p.role in ('DEMANDEUR', 'CO_DEMANDEUR')
   order by random() limit $K" | grep -v '^$' >"$J/personnes"
[ "$(wc -l <"$J/personnes")" -eq $K ] || { echo "fewer than $K adults in active demandes of 059" >&2; exit 1; }
python3 - "$J/personnes" "$J/doublons.chemins" <<'PY'
import sys, urllib.parse
with open(sys.argv[1]) as personnes, open(sys.argv[2], "w") as chemins:
    for ligne in personnes:
        nom, prenom, naissance, _ = ligne.rstrip("\n").split("\t")
        chemins.write("/v1.0/doublons?" + urllib.parse.urlencode(
            {"nom": nom, "prenom": prenom, "dateNaissance": naissance}) + "\n")
PY
i=0
while IFS=$'\t' read -r _ _ naissance cle; do
  i=$((i + 1))
  printf "%s\nselect d.numero_unique, d.date_depot, p.role, p.nom_naissance, p.prenoms, p.date_naissance, p.nom_cle, p.prenoms_cle, p.nir from demande_personne p join demande d on d.id = p.demande_id where d.territoire = '059' and d.statut = 'ACTIVE' and p.role in ('DEMANDEUR', 'CO_DEMANDEUR') and ((p.nom_cle = '%s' and p.date_naissance = '%s') or p.nir = null) order by d.date_depot, d.numero_unique;\n" \
    "$GUICHET" "${cle//\'/\'\'}" "$naissance" >"$J/doublons/$i.sql"
  # the hand-out of the demandes this search finds (found now, as the application finds them, by name key and date)
  trouves=$("${PSQL[@]}" -c "select string_agg(distinct d.numero_unique, ',') from demande_personne p join demande d on d.id = p.demande_id where d.territoire = '059' and d.statut = 'ACTIVE' and p.role in ('DEMANDEUR', 'CO_DEMANDEUR') and p.nom_cle = '${cle//\'/\'\'}' and p.date_naissance = '$naissance'")
  printf "%s\n" "insert into remise_demande (numero_unique, jour, lecteur, canal) select distinct n, cast('$SNE_BENCH_JOUR' as date), 'G5901', 'API' from unnest(string_to_array(cast('$trouves' as text), ',')) as n on conflict do nothing;" >>"$J/doublons/$i.sql"
done <"$J/personnes"
# each search must find its person: a search that finds nobody would measure an empty answer
TOKEN=$(curl -sf -u demo-g5901:demo-g5901-secret -d grant_type=client_credentials "$SNE_BENCH_BASE/oauth2/token" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')
curl -sf -H "Authorization: Bearer $TOKEN" "$SNE_BENCH_BASE$(head -1 "$J/doublons.chemins")" | grep -q '"numeroUnique"' ||
  { echo "the duplicate search found nobody for $(head -1 "$J/doublons.chemins")" >&2; exit 1; }
mesurer doublons "a duplicate search (GET /v1.0/doublons)" "$J/doublons" "$J/doublons.chemins"
rm -rf "$J"

# the hand-outs noted by the reads and their baseline, when there were none before
if [ "$REMISES_AVANT" = 0 ]; then
  "${PSQL[@]}" -c "delete from remise_demande where canal = 'API' and jour = '$SNE_BENCH_JOUR'
     and lecteur in ('G5901', 'G5902')"
fi
