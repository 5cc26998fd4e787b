#!/usr/bin/env bash
# A bulk export (issue 16 §2, ADR 0022) of a whole département of the dataset, for the suite (bench/README.md) or
# alone: the département closest to 200,000 demandes among those a demo API client holding `exports` may export
# (Nord 59 by demo-g5901, Pas-de-Calais 62 by demo-g6201, the Île-de-France départements by demo-g1101, an
# Île-de-France département's demandes being those of territory 111 wishing one of its communes; SNE_BENCH_DEPARTEMENT
# to choose), POST /v1.0/exports with every entity the registry holds (CERFA, EVT, DALO, PRIO, CONT, ATTRIB), active
# and radiated demandes, run by the application's own export thread; the figure is the job's time (commenceLe → termineLe, from
# the snapshot to the file in storage, as the API reports them), against, in the same run, COPY of the same rows
# (the demandes with their content, their movements, which carry the events and priorities, and the attribution
# chain's designations, candidatures and leases) TO STDOUT piped to gzip (level 6).
# While the export runs, the application's resident memory (VmRSS) and heap used (Prometheus, jvm_memory_used
# heap) are sampled: the heap must stay flat whatever the size (notes).
# At the end the export is expired (its file goes with the next hourly pass) and its hand-out records of the day
# are removed if the guichet had none before.
# Prints RESULTAT lines: the export's time against COPY | gzip ("temps"); notes: demandes, archive size, heap and
# RSS before and at peak. Target: <= 30 s for 200,000 demandes, within 3x COPY | gzip. A first, untimed export of
# the same kind warms the JIT up. The archive is compressed at gzip level 1 (the export's default), the baseline at
# level 6 (gzip's default): their sizes are in the details.
# Usage: bench/export/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/application.sh
J=$(mktemp -d)
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -tA)
# the demandes a département's export selects (not erased): its territory's, or in Île-de-France those wishing it
filtre() {
  case "$1" in
    75|77|78|91|92|93|94|95) echo "d.territoire = '111' and d.purgee_le is null and exists (select 1 from demande_commune dc
       where dc.demande_id = d.id and dc.code_commune like '$1%')" ;;
    *) echo "d.territoire = '0$1' and d.purgee_le is null" ;;
  esac
}
if [ -n "${SNE_BENCH_DEPARTEMENT:-}" ]; then
  DEP=$SNE_BENCH_DEPARTEMENT
else
  DEP=$(for d in 59 62 75 77 78 91 92 93 94 95; do
          echo "$d $("${PSQL[@]}" -c "select count(*) from demande d where $(filtre $d)")"
        done | awk '{e = $2 - 200000; if (e < 0) e = -e; print e, $1}' | sort -n | head -1 | cut -d' ' -f2)
fi
case "$DEP" in
  59) CLIENT=demo-g5901 ;;
  62) CLIENT=demo-g6201 ;;
  *) CLIENT=demo-g1101 ;;
esac
FILTRE=$(filtre "$DEP")
GUICHET=$(echo "${CLIENT#demo-}" | tr a-z A-Z)
JOUR_APP=$("${PSQL[@]}" -c "select current_date")
REMISES_AVANT=$("${PSQL[@]}" -c "select count(*) from remise_demande where canal = 'EXPORT' and lecteur = '$GUICHET'")
NUMEROS=""
nettoyer() {
  for n in $NUMEROS; do
    "${PSQL[@]}" -c "update export set expire_le = now() where numero = '$n'" >/dev/null || true
  done
  if [ "$REMISES_AVANT" = 0 ]; then
    "${PSQL[@]}" -c "delete from remise_demande where canal = 'EXPORT' and lecteur = '$GUICHET'" >/dev/null || true
  fi
  rm -rf "$J"
}
trap 'nettoyer; if [ -n "${_APPLICATION:-}" ]; then kill "$_APPLICATION" 2>/dev/null || true; fi' EXIT

DEMANDES=$("${PSQL[@]}" -c "select count(*) from demande d where $FILTRE")
echo "== département $DEP: $DEMANDES demandes (not erased), exported by $CLIENT"
[ "$DEMANDES" -gt 0 ] || { echo "no demande in département $DEP" >&2; exit 1; }

echo "== baseline: COPY of the same rows TO STDOUT | gzip -6"
DEBUT=$(date +%s.%N)
"${PSQL[@]}" <<SQL | gzip -6 >"$J/copie.gz"
copy (select d.numero_unique, d.version, d.statut, d.territoire, d.date_depot, d.date_dernier_renouvellement,
             d.date_fin_validite, d.guichet_enregistreur, d.enregistree_le, d.modifiee_le, d.motif_radiation,
             d.sous_motif_radiation, d.date_radiation, d.contenu
        from demande d where $FILTRE order by d.id) to stdout;
copy (select m.* from demande d join mouvement m on m.numero_unique = d.numero_unique
       where $FILTRE) to stdout;
copy (select x.* from demande d join designation x on x.numero_unique = d.numero_unique
       where $FILTRE) to stdout;
copy (select x.* from demande d join candidature x on x.numero_unique = d.numero_unique
       where $FILTRE) to stdout;
copy (select x.* from demande d join bail x on x.numero_unique = d.numero_unique
       where $FILTRE) to stdout;
SQL
FIN=$(date +%s.%N)
COPIE=$(python3 -c "print(round($FIN - $DEBUT, 3))")
echo "COPY | gzip: $COPIE s, $(stat -c %s "$J/copie.gz") bytes"

python3 - "$SNE_BENCH_BASE" "$CLIENT" "$DEP" "$J" "${SNE_BENCH_JVM:-}" <<'PY' >"$J/export.out"
import base64, json, re, sys, time, urllib.request
base, client, dep, dossier, jvm = sys.argv[1:6]
auth = base64.b64encode(f"{client}:{client}-secret".encode()).decode()
r = urllib.request.urlopen(urllib.request.Request(base + "/oauth2/token", data=b"grant_type=client_credentials",
                                                  headers={"Authorization": "Basic " + auth}))
jeton = json.load(r)["access_token"]
def appel(chemin, corps=None):
    req = urllib.request.Request(base + chemin, data=None if corps is None else json.dumps(corps).encode(),
                                 method="GET" if corps is None else "POST",
                                 headers={"Authorization": "Bearer " + jeton, "Content-Type": "application/json"})
    return urllib.request.urlopen(req)
def rss():
    try:
        return int(re.search(r"VmRSS:\s+(\d+)", open(f"/proc/{jvm}/status").read()).group(1)) * 1024
    except Exception:
        return None
auth_ex = base64.b64encode(b"demo-exploitation:demo-exploitation-secret").decode()
try:
    jeton_ex = json.load(urllib.request.urlopen(urllib.request.Request(
        base + "/oauth2/token", data=b"grant_type=client_credentials&scope=exploitation",
        headers={"Authorization": "Basic " + auth_ex})))["access_token"]
except Exception:
    jeton_ex = None
def tas():
    try:
        texte = urllib.request.urlopen(urllib.request.Request(base + "/actuator/prometheus",
                                       headers={"Authorization": f"Bearer {jeton_ex}"}), timeout=2).read().decode()
        return int(sum(float(v) for v in re.findall(r'^jvm_memory_used_bytes\{[^}]*area="heap"[^}]*\} (\S+)',
                                                     texte, re.M)))
    except Exception:
        return None
def attendre(numero):
    pic_rss, pic_tas = 0, 0
    while True:
        etat = json.load(appel("/v1.0/exports/" + numero))
        pic_rss = max(pic_rss, rss() or 0)
        pic_tas = max(pic_tas, tas() or 0)
        if etat["statut"] not in ("EN_ATTENTE", "EN_COURS"):
            return etat, pic_rss, pic_tas
        time.sleep(0.5)
# warm-up (not timed): a small export of the same kind, so that the figure is not the JIT's first compilation
chauffe = json.load(appel("/v1.0/exports", {"entites": ["CERFA", "EVT", "DALO", "PRIO", "CONT", "ATTRIB"],
                                            "etat": ["ACTIVE", "RADIEE"], "localisation": {"departements": [dep]}}))
print("NUMERO", chauffe["numero"], flush=True)
attendre(chauffe["numero"])
avant = {"rss": rss(), "tas": tas()}
debut = time.time()
export = json.load(appel("/v1.0/exports", {"entites": ["CERFA", "EVT", "DALO", "PRIO", "CONT", "ATTRIB"],
                                           "etat": ["ACTIVE", "RADIEE"], "localisation": {"departements": [dep]}}))
numero = export["numero"]
print("NUMERO", numero, flush=True)
etat, pic_rss, pic_tas = attendre(numero)
mur = time.time() - debut
if etat["statut"] != "PRET":
    raise SystemExit(f"export {numero} ended {etat['statut']}: {etat.get('motif')}")
import datetime
def instant(t):
    return datetime.datetime.fromisoformat(t.replace("Z", "+00:00")).timestamp()
tache = instant(etat["termineLe"]) - instant(etat["commenceLe"])
debut_tel = time.time()
taille = 0
with appel("/v1.0/exports/" + numero + "/fichier") as f:
    while True:
        bloc = f.read(1 << 20)
        if not bloc:
            break
        taille += len(bloc)
telechargement = time.time() - debut_tel
print(json.dumps({"numero": numero, "tache": round(tache, 3), "mur": round(mur, 3), "lignes": etat["lignes"],
                  "fichiers": etat["fichiers"], "taille": etat["taille"], "telecharge": taille,
                  "telechargement": round(telechargement, 3), "rss_avant": avant["rss"], "rss_pic": pic_rss,
                  "tas_avant": avant["tas"], "tas_pic": pic_tas}))
PY
cat "$J/export.out"
NUMEROS=$(grep '^NUMERO' "$J/export.out" | cut -d' ' -f2 | paste -sd' ')
python3 - "$(tail -1 "$J/export.out")" "$COPIE" "$DEMANDES" "$DEP" "$(stat -c %s "$J/copie.gz")" <<'PY'
import json, sys
sys.path.insert(0, "bench")
from resultat import resultat
e = json.loads(sys.argv[1])
copie, demandes, territoire, taille_copie = float(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
if e["lignes"] != demandes:
    raise SystemExit(f"the export wrote {e['lignes']} demandes, the baseline copied {demandes}")
if e["telecharge"] != e["taille"]:
    raise SystemExit(f"downloaded {e['telecharge']} bytes of {e['taille']}")
mo = lambda o: "?" if o is None else f"{o / 1048576:.0f} MB"
details = (f"{e['lignes']} demandes of département {territoire} in {e['fichiers']} XML files, archive {mo(e['taille'])} "
           f"(COPY | gzip: {mo(taille_copie)}); wall time from POST to PRET {e['mur']} s (the export thread polls "
           f"every 2 s); download {e['telechargement']} s; target <= 30 s for 200,000 demandes, within 3x COPY | gzip")
resultat(bench="export", mesure=f"bulk export of a département ({e['lignes']} demandes, every entity held): "
         f"snapshot to file in storage", valeur=e["tache"], unite="s", sens="temps",
         base="COPY of the same rows TO STDOUT | gzip -6, same database, same run", valeurBase=copie,
         details=details)
resultat(bench="export", note=f"application's memory during the measured export: heap used {mo(e['tas_avant'])} before, "
         f"{mo(e['tas_pic'])} at peak (sampled every 0.5 s); resident (VmRSS) {mo(e['rss_avant'])} before, "
         f"{mo(e['rss_pic'])} at peak")
PY
