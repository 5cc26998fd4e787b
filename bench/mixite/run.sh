#!/usr/bin/env bash
# The mixité of L441-1 for every EPCI over a national year of leases (issue 15 §4), for the suite (bench/README.md)
# or alone: GET /v1.0/mixite?annee=Y (the national aggregate over attribution_fait, then the caller's EPCIs kept),
# one client, against the bare GROUP BY over the same rows by pgbench, same database, right after.
# Y is the year before the dataset's day. A dataset generated before the attribution part existed has no lease that
# year: the bench then writes a national year of anonymous facts itself (420,000, or the dataset's share of them:
# SNE_BENCH_BAUX), spread over the EPCIs of the year's thresholds, and deletes them at the end.
# Prints RESULTAT lines: the median and p95 of the API call against the same of the bare query ("temps").
# Usage: bench/mixite/run.sh [N]   (calls measured, default 20; 8 with SNE_BENCH_RAPIDE=1)
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/application.sh
if [ "${SNE_BENCH_RAPIDE:-}" = 1 ]; then N=${1:-8}; else N=${1:-20}; fi
J=$(mktemp -d)
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -tA)
ANNEE=$(( ${SNE_BENCH_JOUR:0:4} - 1 ))
BAUX=${SNE_BENCH_BAUX:-420000}
ECRITS=0
nettoyer() {
  if [ "$ECRITS" = 1 ]; then
    "${PSQL[@]}" -c "delete from attribution_fait where identifiant_rpls like 'BENCHMIX%'" >/dev/null || true
  fi
  rm -rf "$J"
}
trap 'nettoyer; if [ -n "${_APPLICATION:-}" ]; then kill "$_APPLICATION" 2>/dev/null || true; fi' EXIT

existants=$("${PSQL[@]}" -c "select count(*) from attribution_fait where annee = $ANNEE")
if [ "$existants" -lt $((BAUX * 9 / 10)) ]; then
  echo "== $existants leases in $ANNEE: writing $BAUX anonymous facts for the bench (deleted at the end)"
  awk -F';' -v a="$ANNEE" 'NR > 1 && $1 == a && $2 != "111" { print $2 "\t" $4 }' \
    src/main/resources/referentiel/quartiles.csv >"$J/epci.tsv"
  ECRITS=1
  "${PSQL[@]}" <<SQL
create temporary table bench_epci (siren char(9), q1 integer);
\copy bench_epci from '$J/epci.tsv'
create temporary table bench_epci_n as select row_number() over (order by siren) - 1 as n, siren, q1 from bench_epci;
insert into attribution_fait (territoire, date_bail, annee, guichet, identifiant_rpls, epci_siren, qpv, contingent,
                              accord_collectif, prioritaire_dalo, ressources_annuelles_uc, annee_quartile,
                              seuil_premier_quartile, premier_quartile, source, enregistre_le)
select '059', make_date($ANNEE, 1, 1) + (i % 365), $ANNEE, 'GJ059', 'BENCHMIX' || i, e.siren, random() < 0.3,
       'BAILLEUR', 'AUCUN', false, r.uc, $ANNEE, e.q1, r.uc <= e.q1, 'RADIATION', now()
  from generate_series(1, $BAUX) i
  join bench_epci_n e on e.n = i % (select count(*) from bench_epci_n)
  cross join lateral (select round((e.q1 * (0.5 + random()))::numeric, 2) as uc) r;
analyze attribution_fait;
SQL
fi
lignes=$("${PSQL[@]}" -c "select count(*) from attribution_fait where annee = $ANNEE")
echo "== $lignes leases in $ANNEE"

echo "/v1.0/mixite?annee=$ANNEE" >"$J/chemins"
echo "== application: 3 warm-up + $N measured calls, 1 client"
ligne=$(nice -n 10 "$JAVA" bench/ecriture/ChargeLectures.java --base "$SNE_BENCH_BASE" --chemins "$J/chemins" \
  --n "$N" --c 1 --echauffement 3)
echo "application: $ligne"
cat >"$J/nu.sql" <<SQL
select epci_siren, count(*) filter (where not qpv), count(*) filter (where not qpv and premier_quartile),
       count(*) filter (where qpv), count(*) filter (where qpv and not premier_quartile),
       count(*) filter (where premier_quartile is null)
  from attribution_fait where annee = $ANNEE and epci_siren is not null group by epci_siren order by epci_siren;
SQL
echo "== the bare GROUP BY by pgbench: 3 + $N transactions, 1 client"
mkdir -p "$J/log"
(cd "$J/log" && pgbench -n -c 1 -t 3 -f "$J/nu.sql" >/dev/null && rm -f pgbench_log.* \
  && pgbench -n -c 1 -t "$N" -l -f "$J/nu.sql" >/dev/null)
python3 - "$ligne" "$J/log" "$lignes" "$ANNEE" <<'PY'
import sys
sys.path.insert(0, "bench")
from resultat import centile, charge, pgbench, resultat
ligne, dossier, lignes, annee = sys.argv[1:5]
app = charge(ligne)
if app["statuts"] != "{200=" + app["requetes"] + "}":
    raise SystemExit(f"not every call answered 200: {app['statuts']}; no figure")
lat = pgbench(dossier)
details = (f"{lignes} leases of {annee}; {app['requetes']} calls, p50 {app['p50']} ms, p95 {app['p95']} ms; "
           f"bare GROUP BY {len(lat)} runs, p50 {centile(lat, 50):.1f} ms, p95 {centile(lat, 95):.1f} ms")
resultat(bench="mixite", mesure=f"mixité of every EPCI over a year of leases (GET /v1.0/mixite), median",
         valeur=float(app["p50"]), unite="ms", sens="temps",
         base="the bare GROUP BY over the same rows by pgbench, median", valeurBase=round(centile(lat, 50), 1),
         details=details)
resultat(bench="mixite", mesure=f"mixité of every EPCI over a year of leases (GET /v1.0/mixite), p95",
         valeur=float(app["p95"]), unite="ms", sens="temps",
         base="the bare GROUP BY over the same rows by pgbench, p95", valeurBase=round(centile(lat, 95), 1),
         details=details)
PY
