"""What the benches over HTTP share to report to the suite (bench/README.md, "The suite's contract"): RESULTAT lines,
pgbench's per-transaction log read into percentiles, and the key=value line the Java load generators print.
Python 3 standard library only; imported by the benches' scripts (sys.path gets bench/)."""
import glob
import json
import re


def resultat(**champs):
    """One RESULTAT line: a figure (bench, mesure, valeur, unite, sens, base, valeurBase, details) or a note."""
    print("RESULTAT " + json.dumps(champs, ensure_ascii=False), flush=True)


def centile(triees, p):
    """Nearest-rank percentile of sorted values."""
    return triees[min(len(triees) - 1, max(0, int(-(-p * len(triees) // 100)) - 1))]


def pgbench(dossier):
    """Latencies in ms of pgbench's per-transaction log(s) (-l) in a folder, sorted; the 3rd column is microseconds."""
    latences = sorted(int(ligne.split()[2]) / 1000 for fichier in glob.glob(dossier + "/pgbench_log.*")
                      for ligne in open(fichier))
    if not latences:
        raise SystemExit(f"no pgbench transaction logged in {dossier}")
    return latences


def tps(sortie):
    """Transactions per second from pgbench's summary."""
    m = re.search(r"^tps = ([0-9.]+)", sortie, re.M)
    if not m:
        raise SystemExit("no tps in pgbench's output:\n" + sortie)
    return float(m.group(1))


def charge(ligne):
    """The key=value line of ChargeEnregistrement / ChargeLectures, as a dict of strings (units stripped)."""
    valeurs = dict(re.findall(r"(\w+)=(\{[^}]*\}|\S+)", ligne))
    if "debit" not in valeurs:
        raise SystemExit("unreadable load generator output: " + ligne)
    return {cle: re.sub(r"(ms|/s|s|%)$", "", valeur) for cle, valeur in valeurs.items()}


def note_cpu(bench, charge_, quoi):
    """The load generator's own CPU over the measured phase, as a note."""
    resultat(bench=bench, note=f"load generator ({quoi}, niced) CPU over the measured phase: {charge_['cpu']} s of "
                               f"{float(charge_['duree']):.1f} s, {charge_['cpu_part']} % of the machine's "
                               f"{charge_['coeurs']} cores")


def cpu_serveur(bench, charge_, cpu_pgbench_ms, transactions, quoi):
    """The server's CPU per request (the JVM's and PostgreSQL's, bench/cpu.py) against PostgreSQL's per bare
    transaction by pgbench: the steadiest figure on a shared machine. Nothing when the load generator did not read
    the server's processes (SNE_BENCH_JVM, SNE_BENCH_POSTMASTER unknown)."""
    if "cpu_jvm_ms" not in charge_ or cpu_pgbench_ms <= 0 or transactions <= 0:
        return
    jvm, pg = float(charge_["cpu_jvm_ms"]), float(charge_["cpu_pg_ms"])
    base = cpu_pgbench_ms / transactions
    resultat(bench=bench, mesure=f"server CPU per {quoi} (JVM + PostgreSQL)", valeur=round(jvm + pg, 3), unite="ms",
             sens="temps", base="PostgreSQL CPU per bare transaction by pgbench", valeurBase=round(base, 3),
             details=f"JVM {jvm:.2f} ms + PostgreSQL {pg:.2f} ms per {quoi} (JVM/PostgreSQL {jvm / pg:.2f}); "
                     f"pgbench: PostgreSQL {base:.3f} ms per transaction")
