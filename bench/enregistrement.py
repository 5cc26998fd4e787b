#!/usr/bin/env python3
"""Registration throughput and latency of a running SNE (default http://localhost:8080).

Posts N distinct demandes (fresh identities, fresh Idempotency-Key each) from C parallel clients, the way
several desks' software would, spread over the demo guichets of one territory (Nord, 059: demo-g5901 and
demo-g5902), and prints throughput and latency percentiles. Only answers 201 count as registrations; every
other status is reported apart, and answers 429 mean the per-guichet request limit cut in, so the figure is not
a registration throughput: start the application with a higher limit for benchmarking.

    ./mvnw spring-boot:run -Dspring-boot.run.arguments=--sne.api.limite-requetes=1000000 &
    python3 bench/enregistrement.py --n 2000 --c 16
"""
import argparse
import base64
import json
import random
import string
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

EXEMPLE = Path(__file__).resolve().parent.parent / "docs" / "exemples" / "demande-nord.json"


def jeton(base, client, secret):
    requete = urllib.request.Request(
        base + "/oauth2/token", data=b"grant_type=client_credentials", method="POST",
        headers={"Authorization": "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode(),
                 "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(requete) as reponse:
        return json.load(reponse)["access_token"]


def demande(modele):
    d = json.loads(json.dumps(modele))
    d["demandeur"]["nomNaissance"] = "Bench" + "".join(random.choices(string.ascii_lowercase, k=12))
    return json.dumps(d).encode()


def enregistrer(base, token, corps):
    """(status, seconds, RateLimit-Limit header or None)"""
    requete = urllib.request.Request(
        base + "/v1.0/demandes", data=corps, method="POST",
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json",
                 "Idempotency-Key": str(uuid.uuid4())})
    debut = time.perf_counter()
    try:
        with urllib.request.urlopen(requete) as reponse:
            reponse.read()
            statut, limite = reponse.status, reponse.headers.get("RateLimit-Limit")
    except urllib.error.HTTPError as erreur:
        statut, limite = erreur.code, erreur.headers.get("RateLimit-Limit")
    return statut, time.perf_counter() - debut, limite


def centile(valeurs, p):
    return valeurs[min(len(valeurs) - 1, int(round(p / 100 * (len(valeurs) - 1))))]


def main():
    arguments = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    arguments.add_argument("--base", default="http://localhost:8080")
    arguments.add_argument("--n", type=int, default=1000, help="demandes to register")
    arguments.add_argument("--c", type=int, default=16, help="parallel clients")
    arguments.add_argument("--clients", default="demo-g5901,demo-g5902",
                           help="API clients (guichets) the demandes are spread over, comma-separated; "
                                "default: the two demo guichets of the Nord territory")
    arguments.add_argument("--secret-suffix", default="-secret", help="each client's secret is its id + this")
    options = arguments.parse_args()

    modele = json.loads(EXEMPLE.read_text(encoding="utf-8"))
    clients = options.clients.split(",")
    jetons = [jeton(options.base, client, client + options.secret_suffix) for client in clients]
    corps = [(jetons[i % len(jetons)], demande(modele)) for i in range(options.n)]
    for i in range(20):
        enregistrer(options.base, jetons[i % len(jetons)], demande(modele))

    debut = time.perf_counter()
    with ThreadPoolExecutor(max_workers=options.c) as executeur:
        resultats = list(executeur.map(lambda tc: enregistrer(options.base, *tc), corps))
    duree = time.perf_counter() - debut

    statuts = {}
    for statut, _, _ in resultats:
        statuts[statut] = statuts.get(statut, 0) + 1
    limites = sorted({r[2] for r in resultats if r[2]})
    enregistrees = sorted(r[1] * 1000 for r in resultats if r[0] == 201)
    print(f"{options.base}: {options.n} POST /v1.0/demandes from {options.c} parallel clients in {duree:.1f} s, "
          f"spread over {len(clients)} guichet(s) ({', '.join(clients)}); "
          f"server limit per guichet and window: {', '.join(limites) or 'not announced'}")
    print(f"registrations (201): {statuts.get(201, 0)} = {statuts.get(201, 0) / duree:.0f} registrations/s")
    if enregistrees:
        print(f"latency of the 201s, ms: p50 {centile(enregistrees, 50):.1f}  p95 {centile(enregistrees, 95):.1f}  "
              f"p99 {centile(enregistrees, 99):.1f}  max {enregistrees[-1]:.1f}")
    autres = {statut: nombre for statut, nombre in sorted(statuts.items()) if statut != 201}
    print("other answers (not counted as registrations):", autres or "none")
    if 429 in statuts:
        print(f"WARNING: {statuts[429]} answers 429: the per-guichet request limit cut in, so the throughput above is "
              "capped by the limit, not by registration. Restart the application with a higher limit, e.g. "
              "--sne.api.limite-requetes=1000000, to measure registration.")


if __name__ == "__main__":
    main()
