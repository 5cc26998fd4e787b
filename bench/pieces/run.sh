#!/usr/bin/env bash
# Lodging pièces justificatives (issue 17 §2) on the national dataset, for the suite (bench/README.md) or alone:
# 16 clients (ChargeDepots.java, under nice) lodge distinct one-page PDFs of 1 MB by multipart
# POST /v1.0/demandes/{numero}/pieces (category RESSOURCES), one per active demande of territory 059 without pieces,
# as demo-g5901; against the same multipart requests to the same path sent to the baseline handler (header
# X-Sne-Bench: depot-brut, the application started with sne.bench.depot-brut=true), which only streams the part's
# bytes to the store (the store's own SHA-256 included): the content checks (Tika, PDFBox), the metadata, the
# duplicate and category checks and the PJD movement are the difference. Baseline first, then the lodging, each
# after W requests to warm up; the application's resident memory (VmRSS) sampled every 0.5 s during each.
# At the end, what the bench wrote is deleted: the pieces, their movements and objects, the baseline's objects.
# Prints RESULTAT lines: lodgings per second against the baseline's ("debit"; target within 3x), p95 against the
# baseline's, and a note on memory.
# Usage: bench/pieces/run.sh   (N=800 measured after W=160; 200 after 40 with SNE_BENCH_RAPIDE=1)
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/application.sh
if [ "${SNE_BENCH_RAPIDE:-}" = 1 ]; then N=200; W=40; else N=800; W=160; fi
C=16
J=$(mktemp -d)
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -tA)
DONNEES=$(tr '\0' '\n' <"/proc/$SNE_BENCH_JVM/environ" | sed -n 's/^SNE_DATA_DIR=//p')
STOCKAGE=${DONNEES:-.sne-data}/stockage
MIN_MOUVEMENT=$("${PSQL[@]}" -c "select coalesce(max(id), 0) from mouvement")
"${PSQL[@]}" -c "select d.numero_unique from demande d
  where d.territoire = '059' and d.statut = 'ACTIVE' and d.purgee_le is null
    and not exists (select 1 from piece p where p.numero_unique = d.numero_unique)
  order by d.numero_unique limit $((2 * (W + N)))" >"$J/numeros"
head -n $((W + N)) "$J/numeros" >"$J/brut"
tail -n +$((W + N + 1)) "$J/numeros" >"$J/reel"
nettoyer() {
  "${PSQL[@]}" -c "delete from piece where numero_unique in (select unnest(string_to_array('$(tr '\n' ',' <"$J/reel" | sed 's/,$//')', ',')))
    returning cle_stockage" 2>/dev/null | while read -r cle; do [ -n "$cle" ] && rm -f "$STOCKAGE/$cle"; done || true
  "${PSQL[@]}" -c "delete from mouvement where id > $MIN_MOUVEMENT and type = 'PJD'" >/dev/null || true
  rm -rf "$STOCKAGE/bench" "$J"
}
trap 'nettoyer; if [ -n "${_APPLICATION:-}" ]; then kill "$_APPLICATION" 2>/dev/null || true; fi' EXIT
if [ "$(wc -l <"$J/reel")" -lt $((W + N)) ]; then
  python3 -c "import sys; sys.path.insert(0, 'bench'); from resultat import resultat; resultat(bench='pieces', note='fewer than $((2 * (W + N))) active demandes of 059 without pieces: no figure')"
  exit 0
fi

mesurer() { # $1 list of numéros, $2 extra argument (--brut or nothing); prints the client's line and the RSS peak
  local pic=0 rss
  ( while true; do sed -n 's/^VmRSS:\s*\([0-9]*\).*/\1/p' "/proc/$SNE_BENCH_JVM/status"; sleep 0.5; done ) \
    >"$J/rss" 2>/dev/null &
  local echantillons=$!
  nice -n 10 "$JAVA" bench/pieces/ChargeDepots.java --base "$SNE_BENCH_BASE" --client demo-g5901 \
    --secret demo-g5901-secret --numeros "$1" --clients "$C" --w "$W" --n "$N" ${2:-}
  kill "$echantillons" 2>/dev/null || true
  pic=$(sort -n "$J/rss" | tail -1)
  echo "rss_pic_ko=${pic:-0}"
}
rss_debut=$(sed -n 's/^VmRSS:\s*\([0-9]*\).*/\1/p' "/proc/$SNE_BENCH_JVM/status")
brut=$(mesurer "$J/brut" --brut | tr '\n' ' ')
echo "baseline: $brut"
reel=$(mesurer "$J/reel" | tr '\n' ' ')
echo "lodging: $reel"
deposees=$("${PSQL[@]}" -c "select count(*) from piece where numero_unique in (select unnest(string_to_array('$(tr '\n' ',' <"$J/reel" | sed 's/,$//')', ',')))")
python3 - "$brut" "$reel" "$rss_debut" "$deposees" "$((W + N))" <<'PY'
import re, sys
sys.path.insert(0, "bench")
from resultat import resultat
brut, reel = (dict(re.findall(r"(\w+)=(\S+)", a)) for a in sys.argv[1:3])
rss_debut, deposees, attendues = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
if deposees != attendues:
    raise SystemExit(f"{deposees} pieces in the database for {attendues} lodgings: no figure")
f = lambda v: float(v.rstrip("s").rstrip("/"))
details = (f"{reel['requetes']} lodgings of 1 MB by 16 clients in {f(reel['duree']):.1f} s ({reel['mo_s']} MB/s), "
           f"p50 {reel['p50']} ms, p99 {reel['p99']} ms; baseline {brut['requetes']} in {f(brut['duree']):.1f} s "
           f"({brut['mo_s']} MB/s), p50 {brut['p50']} ms, p99 {brut['p99']} ms; ratio "
           f"{f(brut['debit']) / f(reel['debit']):.2f} (target within 3x); {deposees} pieces and their PJD movements "
           f"checked in the database")
resultat(bench="pieces", mesure="lodgings of a 1 MB PDF per second, 16 clients", valeur=round(f(reel["debit"]), 1),
         unite="/s", sens="debit", base="the same multipart requests to a handler that only streams the bytes to "
         "the store, per second", valeurBase=round(f(brut["debit"]), 1), details=details)
resultat(bench="pieces", mesure="p95 of a lodging of a 1 MB PDF, 16 clients", valeur=f(reel["p95"]), unite="ms",
         sens="temps", base="p95 of the same request to the streaming-only handler", valeurBase=f(brut["p95"]),
         details=details)
mo = lambda ko: f"{int(ko) / 1024:.0f} MB"
resultat(bench="pieces", note=f"application's resident memory (VmRSS): {mo(rss_debut)} before, peak {mo(brut['rss_pic_ko'])} "
         f"during the baseline, peak {mo(reel['rss_pic_ko'])} during the lodgings (sampled every 0.5 s; 16 requests of "
         f"1 MB in flight, parts above the multipart threshold wait on disk)")
PY
