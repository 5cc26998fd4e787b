#!/usr/bin/env python3
"""The benchmark suite: every bench of bench/suite.tsv on one generated national dataset, results in bench/RESULTS.md.

    python3 bench/suite.py                       # the full size: 2,700,000 demandes, seed 42
    python3 bench/suite.py --rapide              # a quick look: 50,000 demandes, fewer iterations
    python3 bench/suite.py --seulement enregistrement      # one bench (or several, comma-separated)

Steps: build the jar and the test classes once; generate the dataset with the application's own command
(`java -jar … generer`) into a data folder kept between runs (bench/.donnees/<size>-<seed>, reused when a
previous generation of the same size and seed completed); start the packaged application on it (its embedded
PostgreSQL, the request limit raised, no nightly pass, its clock on the dataset's day); run each bench with the
environment of the suite's contract (bench/README.md, "The suite"); read back the lines `RESULTAT {json}` each
bench prints; stop the application; merge the figures into bench/RESULTS.json (each bench keeps its previous run
for comparison) and write bench/RESULTS.md from it (a quick look writes target/bench-suite/RESULTS.md instead:
the project's record holds national-size figures). Logs: target/bench-suite/journaux/. Python 3 standard library
only.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
BENCH = RACINE / "bench"
LISTE = Path(os.environ.get("SNE_BENCH_LISTE", BENCH / "suite.tsv"))
TRAVAIL = RACINE / "target" / "bench-suite"
# the full size's results are the project's record; a quick look's stay in target/
RESULTATS = {False: (BENCH / "RESULTS.json", BENCH / "RESULTS.md"),
             True: (TRAVAIL / "RESULTS.json", TRAVAIL / "RESULTS.md")}

TAILLE_COMPLETE = 2_700_000
TAILLE_RAPIDE = 50_000


def afficher(message):
    print(f"[suite {datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


def benches():
    """(name, command, description) of each line of bench/suite.tsv, in order."""
    liste = []
    for ligne in LISTE.read_text(encoding="utf-8").splitlines():
        if not ligne.strip() or ligne.startswith("#"):
            continue
        nom, commande, description = ligne.split("\t")
        liste.append((nom, commande, description))
    return liste


def java():
    """A Java 25 (or later) binary: $JAVA, else $JAVA_HOME's, else the first JDK 25 installed, else java."""
    candidats = [os.environ.get("JAVA")]
    if os.environ.get("JAVA_HOME"):
        candidats.append(os.path.join(os.environ["JAVA_HOME"], "bin", "java"))
    candidats += sorted(str(p) for p in Path("/usr/lib/jvm").glob("*25*/bin/java"))
    for candidat in candidats:
        if candidat and os.access(candidat, os.X_OK):
            version = subprocess.run([candidat, "-version"], capture_output=True, text=True).stderr
            m = re.search(r'version "(\d+)', version)
            if m and int(m.group(1)) >= 25:
                return candidat
    return shutil.which("java") or "java"


def construire():
    afficher("build: ./mvnw package -DskipTests (the jar and the test classes)")
    subprocess.run(["./mvnw", "-B", "-ntp", "-q", "package", "-DskipTests"], cwd=RACINE, check=True)
    jar = next(p for p in sorted((RACINE / "target").glob("sne-*.jar")) if "original" not in p.name)
    copie = TRAVAIL / "sne.jar"
    copie.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(jar, copie)  # a build during the run does not change the jar under the application
    return copie


def commit():
    court = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=RACINE, capture_output=True,
                           text=True).stdout.strip()
    modifie = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=RACINE,
                             capture_output=True, text=True).stdout.strip()
    return court + (" (with uncommitted changes)" if modifie else "")


def generer(binaire, jar, dossier, options, port_pg):
    """Generates the dataset unless a completed generation of the same size and seed is there; returns its record."""
    marque = dossier / "jeu.json"
    if marque.exists() and not options.regenerer:
        jeu = json.loads(marque.read_text())
        if jeu["demandes"] == options.demandes and jeu["graine"] == options.graine:
            afficher(f"dataset reused: {dossier} (generated {jeu['genere_le']}, {jeu['duree_s']:.0f} s)")
            jeu["reutilise"] = True
            return jeu
    if dossier.exists():
        shutil.rmtree(dossier)
    dossier.mkdir(parents=True)
    jour = options.jour or datetime.date.today().isoformat()
    afficher(f"generating {options.demandes:,} demandes, seed {options.graine}, day {jour} into {dossier}")
    journal = TRAVAIL / "journaux" / "generation.log"
    journal.parent.mkdir(parents=True, exist_ok=True)
    debut = time.monotonic()
    with open(journal, "w") as sortie:
        processus = subprocess.Popen(
            [binaire, "-Xmx3g", "-jar", str(jar), "generer", "--demandes", str(options.demandes),
             "--graine", str(options.graine), f"--sne.horloge.instant={jour}T08:00:00Z"],
            cwd=RACINE, env=dict(os.environ, SNE_DATA_DIR=str(dossier), SNE_PG_PORT=str(port_pg)),
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        parties = []
        for ligne in processus.stdout:
            sortie.write(ligne)
            # the command's own lines: its heading, one line per part, "analyze : …", "Total : …"; its progress
            # lines start with two spaces
            if re.match(r"^(Jeu de données|[a-z][\w-]* : |Total|Génération)", ligne):
                print("   " + ligne.rstrip(), flush=True)
                if re.match(r"^[a-z][\w-]* : ", ligne):
                    parties.append(ligne.strip())
        if processus.wait() != 0:
            raise SystemExit(f"generation failed, see {journal}")
    duree = time.monotonic() - debut
    jeu = {"demandes": options.demandes, "graine": options.graine, "jour": jour, "duree_s": round(duree, 1),
           "genere_le": datetime.datetime.now().isoformat(timespec="seconds"), "commit": commit(),
           "parties": parties}
    marque.write_text(json.dumps(jeu, indent=2, ensure_ascii=False))
    jeu["reutilise"] = False
    return jeu


class Application:
    """The packaged application started on the dataset's data folder."""

    def __init__(self, binaire, jar, dossier, jour, port, port_pg):
        self.base = f"http://localhost:{port}"
        journal = open(TRAVAIL / "journaux" / "application.log", "w")
        self.processus = subprocess.Popen(
            [binaire, "-Xmx2g", "-jar", str(jar), f"--server.port={port}", "--sne.api.limite-requetes=1000000",
             "--sne.traitement-quotidien.cron=-", f"--sne.horloge.instant={jour}T08:00:00Z",
             # the baseline handler of the bench pieces (the same path, streaming only), never in production
             "--sne.bench.depot-brut=true"] + os.environ.get("SNE_BENCH_ARGUMENTS", "").split(),
            cwd=RACINE, env=dict(os.environ, SNE_DATA_DIR=str(dossier), SNE_PG_PORT=str(port_pg)),
            stdout=journal, stderr=subprocess.STDOUT, start_new_session=True)
        limite = time.monotonic() + 600
        while time.monotonic() < limite:
            if self.processus.poll() is not None:
                raise SystemExit("the application stopped at start, see target/bench-suite/journaux/application.log")
            try:
                with urllib.request.urlopen(self.base + "/actuator/health", timeout=2) as reponse:
                    if reponse.status == 200:
                        return
            except OSError:
                time.sleep(1)
        self.arreter()
        raise SystemExit("the application did not answer within 10 minutes")

    def arreter(self):
        if self.processus.poll() is None:
            os.killpg(self.processus.pid, signal.SIGTERM)
            try:
                self.processus.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(self.processus.pid, signal.SIGKILL)


def psql(env, requete):
    return subprocess.run(["psql", "-qtAX", "-c", requete], env=env, capture_output=True, text=True,
                          check=True).stdout.strip()


def machine(binaire, env):
    memoire = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    modele = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    version_java = subprocess.run([binaire, "-version"], capture_output=True, text=True).stderr.splitlines()
    return {"coeurs": os.cpu_count(), "processeur": modele, "memoire_go": round(memoire / 1024 / 1024, 1),
            "systeme": f"{platform.system()} {platform.release()}",
            "java": next((l for l in version_java if "Runtime" in l), version_java[0]).strip(),
            "postgresql": psql(env, "show server_version"), "python": platform.python_version()}


def charge():
    return float(open("/proc/loadavg").read().split()[0])


def executer(nom, commande, env, rapide):
    """Runs one bench; returns (figures, notes, seconds, status, load averages)."""
    journal = TRAVAIL / "journaux" / f"{nom}.log"
    afficher(f"bench {nom}: {commande}  (log {journal.relative_to(RACINE)})")
    chiffres, notes = [], []
    charge_avant = charge()
    debut = time.monotonic()
    with open(journal, "w") as sortie:
        processus = subprocess.Popen(["bash", "-c", commande], cwd=RACINE, env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True)
        for ligne in processus.stdout:
            sortie.write(ligne)
            if ligne.startswith("RESULTAT "):
                try:
                    resultat = json.loads(ligne[len("RESULTAT "):])
                except json.JSONDecodeError:
                    notes.append(f"unreadable result line: {ligne.strip()[:200]}")
                    continue
                if "note" in resultat:
                    notes.append(resultat["note"])
                elif valide(resultat):
                    resultat["ratio"] = ratio(resultat)
                    chiffres.append(resultat)
                    print(f"   {resultat['mesure']}: {resultat['valeur']:g} {resultat['unite']} "
                          f"(baseline {resultat['valeurBase']:g}, ratio {resultat['ratio']:.2f})", flush=True)
                else:
                    notes.append(f"result without its baseline, not kept: {ligne.strip()[:200]}")
        statut = processus.wait()
    duree = time.monotonic() - debut
    if statut != 0:
        afficher(f"bench {nom} FAILED (exit {statut}), see {journal}")
    elif not chiffres:
        afficher(f"bench {nom} printed no figure, see {journal}")
        statut = -1
    return chiffres, notes, duree, statut, (charge_avant, charge())


def valide(r):
    return all(k in r for k in ("mesure", "valeur", "unite", "sens", "base", "valeurBase")) \
        and r["sens"] in ("temps", "debit") and r["valeur"] > 0 and r["valeurBase"] > 0


def ratio(r):
    """How many times the baseline's cost the measured figure costs."""
    return r["valeur"] / r["valeurBase"] if r["sens"] == "temps" else r["valeurBase"] / r["valeur"]


def nombre(x):
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.3g}"


def ecrire_md(tout, fichier):
    l = ["# Benchmark results", "",
         "Written by `python3 bench/suite.py` (see bench/README.md, \"The suite\"); do not edit by hand. Each figure is",
         "measured beside its baseline, the bare SQL or I/O underneath, in the same run; the ratio is how many times",
         "the baseline's cost the figure costs (a time over its baseline's time, or the baseline's rate over the",
         "rate). Each bench names the run it comes from; \"before\" is that bench's previous run, for comparison.", ""]
    suite = tout.get("_suite")
    if suite:
        l += [f"Last run of the whole suite: {suite['date']} on commit {suite['commit']}, {suite['duree_min']:.1f} "
              f"minutes in all (build, {'generation' if not suite['reutilise'] else 'reused dataset'}, start, "
              f"benches); dataset {suite['jeu']}; machine: {suite['machine']}.", ""]
        if suite.get("parties"):
            l += ["Generation, per part: " + "; ".join(f"`{p}`" for p in suite["parties"]) + ".", ""]
    for nom, _, description in benches():
        if nom not in tout:
            l += [f"## {nom}", "", f"{description}", "", "Not run yet.", ""]
            continue
        b = tout[nom]
        e = b["execution"]
        meme = suite and suite["jeu"] == e["jeu"] and suite["machine"] == e["machine"]
        l += [f"## {nom}", "", description, "",
              f"Run {e['date']} on commit {e['commit']}, "
              + ("in the last run of the suite (same dataset and machine as above); " if meme else
                 f"dataset {e['jeu']}; {e['machine']}; ")
              + f"{e['duree_s']:.0f} s, load average {e['charge'][0]:.1f} at start, {e['charge'][1]:.1f} at end"
              + ("." if e["statut"] == 0 else f"; **failed** (exit {e['statut']}): figures may be missing."), ""]
        anciens = b.get("precedent", {}).get("chiffres", [])
        # a figure's previous value: the one of the same wording, else the one at the same place when the bench
        # printed as many figures (wordings may carry counts of the dataset)
        precedents = {c["mesure"]: c for c in anciens}
        if len(anciens) == len(b["chiffres"]):
            for ancien, nouveau in zip(anciens, b["chiffres"]):
                precedents.setdefault(nouveau["mesure"], ancien)
        avec_avant = bool(precedents)
        entete = "| what | figure | baseline, same run | baseline's figure | ratio |"
        l += [entete + (" before (figure, ratio) |" if avec_avant else ""),
              "|---|---|---|---|---|" + ("---|" if avec_avant else "")]
        for c in b["chiffres"]:
            ligne = (f"| {c['mesure']} | {nombre(c['valeur'])} {c['unite']} | {c['base']} | "
                     f"{nombre(c['valeurBase'])} {c.get('uniteBase', c['unite'])} | **{c['ratio']:.2f}** |")
            if avec_avant:
                p = precedents.get(c["mesure"])
                ligne += f" {nombre(p['valeur'])} {p['unite']}, {p['ratio']:.2f} |" if p else " – |"
            l.append(ligne)
        details = [f"- {c['mesure']}: {c['details']}" for c in b["chiffres"] if c.get("details")]
        notes = [f"- {n}" for n in b["notes"]]
        if details or notes:
            l += [""] + details + notes
        if avec_avant:
            p = b["precedent"]["execution"]
            l += ["", f"Before: run {p['date']} on commit {p['commit']}, dataset {p['jeu']}."]
        l.append("")
    fichier.write_text("\n".join(l), encoding="utf-8")


def main():
    arguments = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    arguments.add_argument("--demandes", type=int, help=f"dataset size (default {TAILLE_COMPLETE:,}; "
                                                         f"--rapide: {TAILLE_RAPIDE:,})")
    arguments.add_argument("--graine", type=int, default=42)
    arguments.add_argument("--rapide", action="store_true", help="the small size and fewer iterations")
    arguments.add_argument("--seulement", help="benches to run, comma-separated (names of bench/suite.tsv)")
    arguments.add_argument("--jour", help="the dataset's day when it is generated (default: today)")
    arguments.add_argument("--regenerer", action="store_true",
                           help="generate again even if this size and seed were generated before (after a change "
                                "of the generator)")
    arguments.add_argument("--port", type=int, default=8179)
    arguments.add_argument("--port-pg", type=int, default=55479)
    arguments.add_argument("--sans-construire", action="store_true", help="reuse target/bench-suite/sne.jar")
    options = arguments.parse_args()
    options.demandes = options.demandes or (TAILLE_RAPIDE if options.rapide else TAILLE_COMPLETE)
    connus = [b[0] for b in benches()]
    choisis = options.seulement.split(",") if options.seulement else connus
    inconnus = [n for n in choisis if n not in connus]
    if inconnus:
        raise SystemExit(f"unknown bench(es) {inconnus}; known: {connus}")

    debut = time.monotonic()
    binaire = java()
    jar = TRAVAIL / "sne.jar" if options.sans_construire else construire()
    dossier = BENCH / ".donnees" / f"{options.demandes}-{options.graine}"
    jeu = generer(binaire, jar, dossier, options, options.port_pg)
    afficher(f"starting the application on {dossier} (port {options.port}, PostgreSQL {options.port_pg})")
    application = Application(binaire, jar, dossier, jeu["jour"], options.port, options.port_pg)
    resultats = {}
    try:
        env = dict(os.environ, SNE_BENCH_SUITE="1", SNE_BENCH_BASE=application.base, PGHOST="localhost",
                   PGPORT=str(options.port_pg), PGUSER="postgres", PGDATABASE="postgres",
                   PGPASSFILE=str(dossier / "postgres" / "pgpass"),
                   SNE_BENCH_JDBC=f"jdbc:postgresql://localhost:{options.port_pg}/postgres",
                   SNE_BENCH_JOUR=jeu["jour"], SNE_BENCH_DEMANDES=str(options.demandes),
                   SNE_BENCH_GRAINE=str(options.graine), JAVA=binaire, SNE_BENCH_JAR=str(jar))
        env.pop("SNE_BENCH_RAPIDE", None)
        if options.rapide:
            env["SNE_BENCH_RAPIDE"] = "1"
        materiel = machine(binaire, env)
        demandes = int(psql(env, "select count(*) from demande"))
        taille = psql(env, "select pg_size_pretty(pg_database_size(current_database()))")
        description_jeu = (f"{options.demandes:,} demandes generated with seed {options.graine} for "
                           f"{jeu['jour']} ({demandes:,} in the database at start, {taille}; generation "
                           f"{jeu['duree_s'] / 60:.1f} min on {jeu['genere_le'][:10]}"
                           + (", reused" if jeu["reutilise"] else "") + ")")
        description_machine = (f"{materiel['coeurs']} cores ({materiel['processeur']}), "
                               f"{materiel['memoire_go']} GB, {materiel['java']}, PostgreSQL "
                               f"{materiel['postgresql']}, {materiel['systeme']}")
        afficher(f"machine: {description_machine}")
        afficher(f"dataset: {description_jeu}")
        for nom, commande, _ in benches():
            if nom not in choisis:
                continue
            chiffres, notes, duree, statut, charges = executer(nom, commande, env, options.rapide)
            resultats[nom] = {"chiffres": chiffres, "notes": notes, "execution": {
                "date": datetime.datetime.now().isoformat(timespec="minutes"), "commit": commit(),
                "jeu": description_jeu, "machine": description_machine, "duree_s": round(duree, 1),
                "statut": statut, "charge": charges, "rapide": options.rapide}}
    finally:
        application.arreter()

    fichier_json, fichier_md = RESULTATS[options.rapide]
    tout = json.loads(fichier_json.read_text()) if fichier_json.exists() else {}
    for nom, nouveau in resultats.items():
        if nom in tout and tout[nom]["chiffres"]:
            nouveau["precedent"] = {k: v for k, v in tout[nom].items() if k != "precedent"}
        tout[nom] = nouveau
    if choisis == connus:
        tout["_suite"] = {"date": datetime.datetime.now().isoformat(timespec="minutes"), "commit": commit(),
                          "duree_min": round((time.monotonic() - debut) / 60, 1), "jeu": description_jeu,
                          "machine": description_machine, "reutilise": jeu["reutilise"],
                          "parties": jeu.get("parties", [])}
    fichier_json.write_text(json.dumps(tout, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    ecrire_md(tout, fichier_md)
    echecs = [n for n, r in resultats.items() if r["execution"]["statut"] != 0]
    afficher(f"done in {(time.monotonic() - debut) / 60:.1f} min; {fichier_md.relative_to(RACINE)} written"
             + (f"; FAILED: {', '.join(echecs)}" if echecs else ""))
    sys.exit(1 if echecs else 0)


if __name__ == "__main__":
    main()
