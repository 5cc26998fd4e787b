#!/usr/bin/env bash
# The movement feed (issue 16 §1, ADR 0020) on the national dataset, for the suite (bench/README.md) or alone:
# one vendor's client (ChargeFlux.java, under nice) pages GET /v1.0/mouvements with the cursor, limite 10,000, from
# the first movement, through N movements of a guichet's scope (demo-g5901: territory 059), then of the whole
# scope of a national-scope reader (the administration client demo-admin, if the API lets it read the feed);
# against COPY (the same rows: the feed's page query — the same columns, the same join to the demande's state, the
# same territory and order, the first N — ) TO STDOUT into a file, by psql, in the same run, right after.
# Two forms of the page for the guichet (ADR 0020): compacte (the documents without the demande's content they
# carry, each demande of the page once: what a vendor keeping a copy should ask) against COPY of the same movement
# rows then their demandes; complete (each movement with its demande) against COPY of the page query with its join.
# Each measure runs once to warm the JIT and the caches up (W movements), then N measured.
# Prints RESULTAT lines: movements per second against COPY's rows per second ("debit"; target >= 50,000/s and
# within 3x COPY), and the server's CPU per 1,000 movements (JVM + PostgreSQL, bench/cpu.py) against
# PostgreSQL's per 1,000 rows of the COPY.
# Usage: bench/flux/run.sh [N]   (default 1,000,000 after 100,000 to warm up; 100,000 after 20,000 with
#                                 SNE_BENCH_RAPIDE=1; fewer when the scope holds fewer)
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/application.sh
if [ "${SNE_BENCH_RAPIDE:-}" = 1 ]; then N=${1:-100000}; W=20000; else N=${1:-1000000}; W=100000; fi
L=10000
J=$(mktemp -d)
trap 'rm -rf "$J"; if [ -n "${_APPLICATION:-}" ]; then kill "$_APPLICATION" 2>/dev/null || true; fi' EXIT
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -tA)
# the feed notes what it hands out (remise_demande, channel FLUX, the application's day): deleted at the end when
# there was none before, so that the bench leaves the database as it found it
REMISES_AVANT=$("${PSQL[@]}" -c "select count(*) from remise_demande where canal = 'FLUX'
   and jour = '$SNE_BENCH_JOUR' and lecteur in ('G5901', 'ADMINISTRATEUR_NATIONAL:demo-admin')")

# the compact form's queries (FluxMouvementsJdbc.lireCompacte) for one reader from the first movement: its N first
# movements, then the state of their demandes, each once
requete_compacte() { # $1: the visibility predicate on m.territoire, $2: how many
  cat <<SQL
with p as (select m.id, cast(m.xid as text) as transaction, m.type, m.horodatage, m.guichet, m.numero_unique,
                  m.version_demande, cast(m.contenu as text) as document
             from mouvement m
            where (m.xid, m.id) > (cast('0' as xid8), 0)
              and m.xid < pg_snapshot_xmin(pg_current_snapshot())
              and ($1)
            order by m.xid, m.id
            limit $2)
select 'm', cast(p.id as text), p.transaction, p.type, cast(p.horodatage as text), p.guichet, p.numero_unique,
       cast(p.version_demande as text), p.document, null, null, null, null, null, null, null, null, null
  from p
 union all
select 'd', d.numero_unique, cast(d.version as text), d.statut, d.territoire, cast(d.date_depot as text),
       cast(d.date_dernier_renouvellement as text), cast(d.date_fin_validite as text), d.guichet_enregistreur,
       cast(d.enregistree_le as text), cast(d.modifiee_le as text), d.motif_radiation, d.sous_motif_radiation,
       cast(d.date_radiation as text), cast(d.purgee_le is not null as text),
       case when d.purgee_le is null then cast(d.contenu - 'version' as text) end, null, null
  from demande d
 where d.numero_unique in (select numero_unique from p)
SQL
}

# the complete form's page query (FluxMouvementsJdbc.lire) for one reader from the first movement, its N first rows
requete() { # $1: the visibility predicate on m.territoire, $2: how many
  cat <<SQL
select m.id, cast(m.xid as text) as transaction, m.type, m.horodatage, m.guichet, m.numero_unique,
       m.version_demande, cast(m.contenu as text) as document,
       d.id as demande_id, d.version, d.statut, d.territoire, d.date_depot,
       d.date_dernier_renouvellement, d.date_fin_validite, d.guichet_enregistreur, d.enregistree_le,
       d.modifiee_le, d.motif_radiation, d.sous_motif_radiation, d.date_radiation,
       d.purgee_le is not null as effacee,
       case when d.purgee_le is null then cast(d.contenu - 'version' as text) end as contenu
  from mouvement m
  left join demande d on d.numero_unique = m.numero_unique
 where (m.xid, m.id) > (cast('0' as xid8), 0)
   and m.xid < pg_snapshot_xmin(pg_current_snapshot())
   and ($1)
 order by m.xid, m.id
 limit $2
SQL
}

mesurer() { # $1 name, $2 client, $3 secret, $4 predicate, $5 what, $6 form (complete or compacte)
  local nom=$1 client=$2 secret=$3 predicat=$4 quoi=$5 forme=$6
  local dispo n w
  dispo=$("${PSQL[@]}" -c "select count(*) from mouvement m where $predicat")
  n=$(( dispo < N ? dispo : N )); w=$(( dispo < W ? dispo : W ))
  if [ "$n" -lt 10000 ]; then
    python3 -c "import sys; sys.path.insert(0, 'bench'); from resultat import resultat; resultat(bench='flux', note='$quoi: only $dispo movements in scope, no figure')"
    return
  fi
  echo "== $nom: $dispo movements in scope; $w to warm up, then $n measured, limite $L"
  nice -n 10 "$JAVA" bench/flux/ChargeFlux.java --base "$SNE_BENCH_BASE" --client "$client" --secret "$secret" \
    --limite "$L" --n "$w" --forme "$forme" >/dev/null
  local jvm0 pg0 jvm1 pg1 ligne
  jvm0=$(python3 bench/cpu.py "${SNE_BENCH_JVM:-0}"); pg0=$(python3 bench/cpu.py --enfants "${SNE_BENCH_POSTMASTER:-0}")
  ligne=$(nice -n 10 "$JAVA" bench/flux/ChargeFlux.java --base "$SNE_BENCH_BASE" --client "$client" \
    --secret "$secret" --limite "$L" --n "$n" --forme "$forme")
  jvm1=$(python3 bench/cpu.py "${SNE_BENCH_JVM:-0}"); pg1=$(python3 bench/cpu.py --enfants "${SNE_BENCH_POSTMASTER:-0}")
  echo "application: $ligne"
  # the same rows by COPY to a file, once to warm up as the feed was, then measured
  local lus
  lus=$(sed -n 's/.*mouvements=\([0-9]*\).*/\1/p' <<<"$ligne")
  if [ "$forme" = compacte ]; then
    requete_compacte "$predicat" "$lus" | tr '\n' ' ' >"$J/requete.sql"
  else
    requete "$predicat" "$lus" | tr '\n' ' ' >"$J/requete.sql"
  fi
  "${PSQL[@]}" -c "copy ($(cat "$J/requete.sql")) to stdout" >/dev/null
  local c0 c1 t0 t1 copie
  c0=$(python3 bench/cpu.py --enfants "${SNE_BENCH_POSTMASTER:-0}")
  t0=$(date +%s.%N)
  "${PSQL[@]}" -c "copy ($(cat "$J/requete.sql")) to stdout" >"$J/copie"
  t1=$(date +%s.%N)
  c1=$(python3 bench/cpu.py --enfants "${SNE_BENCH_POSTMASTER:-0}")
  copie=$(grep -vc '^d' "$J/copie" || true)
  echo "COPY: $copie rows, $(stat -c %s "$J/copie") bytes in $(python3 -c "print(round($t1 - $t0, 3))") s"
  python3 - "$ligne" "$copie" "$t0" "$t1" "$(stat -c %s "$J/copie")" "$quoi" \
    "$((jvm1 - jvm0))" "$((pg1 - pg0))" "$((c1 - c0))" "${SNE_BENCH_JVM:-}" "$forme" <<'PY'
import re, sys
sys.path.insert(0, "bench")
from resultat import resultat
ligne, copie, t0, t1, octets_copie, quoi, jvm, pg, pg_copie, pid, forme = sys.argv[1:12]
quoi = f"{quoi}, {forme} form"
v = dict(re.findall(r"(\w+)=(\S+)", ligne))
mouvements, duree = int(v["mouvements"]), float(v["duree"].rstrip("s"))
debit = mouvements / duree
copie, duree_copie = int(copie), float(t1) - float(t0)
if copie != mouvements:
    raise SystemExit(f"COPY gave {copie} rows for {mouvements} movements read: not the same rows, no figure")
debit_copie = copie / duree_copie
details = (f"{mouvements} movements in {v['pages']} pages of up to 10,000, {duree:.1f} s, "
           f"{int(v['octets']) / 1e6:.0f} MB of JSON ({v['mo_s']} MB/s); COPY {copie} rows, "
           f"{int(octets_copie) / 1e6:.0f} MB in {duree_copie:.1f} s; ratio {debit_copie / debit:.2f} "
           f"(target >= 50,000/s and within 3x COPY); client CPU {v['cpu']} ({v['cpu_part']} % of "
           f"{v['coeurs']} cores)")
resultat(bench="flux", mesure=f"movements per second, one client paging with the cursor, {quoi}",
         valeur=round(debit), unite="/s", sens="debit",
         base=("COPY of the same rows (the page query's columns and join) to a file, rows/s" if forme == "complete"
               else "COPY of the same rows (the movements' columns, then their demandes once) to a file, rows/s"),
         valeurBase=round(debit_copie), details=details)
if pid and int(jvm) > 0:
    resultat(bench="flux", mesure=f"server CPU per 1,000 movements (JVM + PostgreSQL), {quoi}",
             valeur=round((int(jvm) + int(pg)) * 1000 / mouvements, 2), unite="ms", sens="temps",
             base="PostgreSQL CPU per 1,000 rows of the COPY", valeurBase=round(int(pg_copie) * 1000 / copie, 2),
             details=f"JVM {int(jvm)} ms, PostgreSQL {int(pg)} ms for {mouvements} movements; "
                     f"COPY {int(pg_copie)} ms for {copie} rows")
PY
}

for forme in compacte complete; do
  mesurer guichet demo-g5901 demo-g5901-secret "m.territoire in ('059')" "a guichet's scope (G5901, territory 059)" \
    "$forme"
done
# a national-scope reader, if the API has one that may read the feed
statut=$(python3 - "$SNE_BENCH_BASE" <<'PY'
import base64, json, sys, urllib.request, urllib.error
base = sys.argv[1]
auth = base64.b64encode(b"demo-admin:demo-admin-secret").decode()
try:
    r = urllib.request.urlopen(urllib.request.Request(base + "/oauth2/token", data=b"grant_type=client_credentials",
                                                      headers={"Authorization": "Basic " + auth}))
    jeton = json.load(r)["access_token"]
    urllib.request.urlopen(urllib.request.Request(base + "/v1.0/mouvements?limite=1",
                                                  headers={"Authorization": "Bearer " + jeton}))
    print(200)
except urllib.error.HTTPError as e:
    print(e.code)
PY
)
if [ "$statut" = 200 ]; then
  mesurer national demo-admin demo-admin-secret "true" "a national-scope reader (demo-admin, every territory)" \
    compacte
else
  python3 -c "import sys; sys.path.insert(0, 'bench'); from resultat import resultat; resultat(bench='flux', note='no national-scope reader of the feed: demo-admin gets $statut on GET /v1.0/mouvements (the feed is for the guichets API clients); the whole scope is not measured')"
fi
if [ "$REMISES_AVANT" = 0 ]; then
  "${PSQL[@]}" -c "delete from remise_demande where canal = 'FLUX' and jour = '$SNE_BENCH_JOUR'
     and lecteur in ('G5901', 'ADMINISTRATEUR_NATIONAL:demo-admin')"
fi
