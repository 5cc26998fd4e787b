#!/usr/bin/env python3
"""Registration throughput and latency of a running SNE (default http://localhost:8080).

Posts N distinct demandes (fresh identities, fresh Idempotency-Key each) from C parallel clients, the way
several desks' software would, and prints throughput and latency percentiles. Only talks to the given base URL.

    ./mvnw spring-boot:run &            # in another terminal
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
    requete = urllib.request.Request(
        base + "/v1.0/demandes", data=corps, method="POST",
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json",
                 "Idempotency-Key": str(uuid.uuid4())})
    debut = time.perf_counter()
    try:
        with urllib.request.urlopen(requete) as reponse:
            reponse.read()
            statut = reponse.status
    except urllib.error.HTTPError as erreur:
        statut = erreur.code
    return statut, time.perf_counter() - debut


def centile(valeurs, p):
    return valeurs[min(len(valeurs) - 1, int(round(p / 100 * (len(valeurs) - 1))))]


def main():
    arguments = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    arguments.add_argument("--base", default="http://localhost:8080")
    arguments.add_argument("--n", type=int, default=1000, help="demandes to register")
    arguments.add_argument("--c", type=int, default=16, help="parallel clients")
    arguments.add_argument("--client", default="demo-g5901")
    arguments.add_argument("--secret", default="demo-g5901-secret")
    options = arguments.parse_args()

    modele = json.loads(EXEMPLE.read_text(encoding="utf-8"))
    token = jeton(options.base, options.client, options.secret)
    corps = [demande(modele) for _ in range(options.n)]
    for echauffement in corps[:50]:
        enregistrer(options.base, token, demande(modele))

    debut = time.perf_counter()
    with ThreadPoolExecutor(max_workers=options.c) as clients:
        resultats = list(clients.map(lambda c: enregistrer(options.base, token, c), corps))
    duree = time.perf_counter() - debut

    latences = sorted(r[1] * 1000 for r in resultats)
    statuts = {}
    for statut, _ in resultats:
        statuts[statut] = statuts.get(statut, 0) + 1
    print(f"{options.n} demandes, {options.c} clients, {duree:.1f} s: {options.n / duree:.0f} enregistrements/s")
    print(f"latency ms: p50 {centile(latences, 50):.1f}  p95 {centile(latences, 95):.1f}  "
          f"p99 {centile(latences, 99):.1f}  max {latences[-1]:.1f}")
    print("statuses:", dict(sorted(statuts.items())))


if __name__ == "__main__":
    main()
