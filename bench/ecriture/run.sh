#!/usr/bin/env bash
# Registration on the national dataset, for the suite (bench/README.md) or alone:
#   1. warm-up registrations (JIT, pool), not counted;
#   2. N registrations (POST /v1.0/demandes) by C clients with ChargeEnregistrement.java, run under nice, spread
#      over demo-g5901 / demo-g5902 (territory 059);
#   3. the bare replay: the same statements (apres.sql, captured from the application) by pgbench, C clients, same
#      database, right after.
# Prints RESULTAT lines: registrations/s against pgbench's transactions/s ("debit"), p95 against pgbench's p95
# ("temps"), and the load generator's own CPU (a note).
# Usage: bench/ecriture/run.sh [N]    (default 5,000; 1,000 with SNE_BENCH_RAPIDE=1; C: SNE_BENCH_CLIENTS, 16)
# Alone (SNE_BENCH_SUITE unset) it generates a dataset and starts the application itself: see bench/application.sh.
# Every run adds its registrations and the replay's demandes (registered today in 059) to the database.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/application.sh
if [ "${SNE_BENCH_RAPIDE:-}" = 1 ]; then N=${1:-1000}; W=500; T=10; else N=${1:-5000}; W=2000; T=30; fi
C=${SNE_BENCH_CLIENTS:-16}
R=$PWD
J=$(mktemp -d)
echo "== registration: $W warm-up + $N measured, $C clients, $SNE_BENCH_BASE"
LIGNE=$(nice -n 10 "$JAVA" bench/ecriture/ChargeEnregistrement.java --base "$SNE_BENCH_BASE" --n "$N" --c "$C" \
  --echauffement "$W")
echo "application: $LIGNE"
echo "== the same statements by pgbench (bench/ecriture/apres.sql), $C clients, $T s"
PG0=$(python3 bench/cpu.py --enfants "${SNE_BENCH_POSTMASTER:-0}")
SORTIE=$(cd "$J" && nice -n 10 pgbench -n -M prepared -D jour="$SNE_BENCH_JOUR" -c "$C" -j 2 -T "$T" -l \
  -f "$R/bench/ecriture/apres.sql")
PG1=$(python3 bench/cpu.py --enfants "${SNE_BENCH_POSTMASTER:-0}")
echo "$SORTIE" | grep -E "^(tps|number of (transactions|failed)|latency)"
python3 - "$LIGNE" "$SORTIE" "$J" "$C" "$((PG1 - PG0))" <<'PY'
import sys
sys.path.insert(0, "bench")
from resultat import centile, charge, cpu_serveur, note_cpu, pgbench, resultat, tps
ligne, sortie, dossier, c, cpu_pgbench = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
app = charge(ligne)
if app["statuts"] != "{201=" + app["requetes"] + "}":
    raise SystemExit(f"not every registration answered 201: {app['statuts']}; no figure")
lat = pgbench(dossier)
base_tps = tps(sortie)
details = (f"{app['requetes']} registrations, p50 {app['p50']} ms, p95 {app['p95']} ms, p99 {app['p99']} ms; pgbench "
           f"{len(lat)} transactions, p50 {centile(lat, 50):.1f} ms, p95 {centile(lat, 95):.1f} ms")
resultat(bench="enregistrement", mesure=f"registrations per second, {c} clients, POST /v1.0/demandes",
         valeur=float(app["debit"]), unite="/s", sens="debit",
         base=f"the same statements replayed by pgbench, {c} clients", valeurBase=round(base_tps, 1), details=details)
resultat(bench="enregistrement", mesure=f"p95 latency of a registration, {c} clients, POST /v1.0/demandes",
         valeur=float(app["p95"]), unite="ms", sens="temps",
         base=f"p95 of the same statements replayed by pgbench, {c} clients", valeurBase=round(centile(lat, 95), 2),
         details=details)
cpu_serveur("enregistrement", app, int(cpu_pgbench), len(lat), "registration")
note_cpu("enregistrement", app, "ChargeEnregistrement")
PY
rm -rf "$J"
