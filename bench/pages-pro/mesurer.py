#!/usr/bin/env python3
"""Latency of the professional application's pages, signed in as a demo agent, against the bare SQL underneath.

Signs in through the OpenID Connect flow (the embedded provider's form), then requests each page N times in a
row (after a warm-up) and prints p50 / p95 / p99 and the maximum; with --sortie, also writes them as JSON with this
client's own CPU time over the measured requests. Python 3 standard library only.
Usage: mesurer.py --base http://localhost:8199 --n 300 [--sortie pages.json] [--agent agent-g5901 --depart /pro/]
       --page NAME=PATH [--page ...]   (the portal's bench: --agent demandeur-1 --depart /portail/demandes)
"""
import argparse
import http.cookiejar
import json
import re
import statistics
import time
import urllib.parse
import urllib.request


def ouvrir(base, identifiant, depart="/pro/"):
    """Signs in at the embedded provider from a page that asks for it (the professional application's home, or a
    page of the portal: each has its own OIDC client) and comes back to it."""
    jarre = http.cookiejar.CookieJar()
    client = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jarre))
    client.addheaders = [("Accept", "text/html,application/xhtml+xml")]
    page = client.open(base + depart).read().decode()
    jeton = re.search(r'name="_csrf"[^>]*value="([^"]+)"', page).group(1)
    donnees = urllib.parse.urlencode({"username": identifiant, "password": identifiant + "-mdp",
                                      "_csrf": jeton}).encode()
    reponse = client.open(base + "/login", data=donnees)
    if depart.rstrip("/") not in reponse.geturl():
        raise SystemExit(f"connexion de {identifiant} inaboutie : {reponse.geturl()}")
    return client, base


def centile(valeurs, p):
    tri = sorted(valeurs)
    return tri[min(len(tri) - 1, int(round(p / 100 * len(tri) + 0.5)) - 1)]


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("--base", default="http://localhost:8199")
    arguments.add_argument("--sortie", help="JSON file for the figures")
    arguments.add_argument("--n", type=int, default=300)
    arguments.add_argument("--agent", default="agent-g5901", help="the demo account (password: <account>-mdp)")
    arguments.add_argument("--depart", default="/pro/", help="the page that asks for the sign-in and comes back")
    arguments.add_argument("--page", action="append", default=[], help="NOM=CHEMIN")
    options = arguments.parse_args()
    client, base = ouvrir(options.base, options.agent, options.depart)
    print(f"{'page':<28} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    figures, cpu, duree = {}, 0.0, 0.0
    for definition in options.page:
        nom, chemin = definition.split("=", 1)
        for _ in range(30):
            client.open(base + chemin).read()
        durees = []
        cpu0, debut0 = time.process_time(), time.perf_counter()
        for _ in range(options.n):
            debut = time.perf_counter()
            reponse = client.open(base + chemin)
            reponse.read()
            durees.append((time.perf_counter() - debut) * 1000)
            if reponse.status != 200 or "/login" in reponse.geturl():
                raise SystemExit(f"{chemin} : {reponse.status} {reponse.geturl()}")
        cpu += time.process_time() - cpu0
        duree += time.perf_counter() - debut0
        figures[nom] = {"chemin": chemin, "n": options.n, "p50": statistics.median(durees), "p95": centile(durees, 95),
                        "p99": centile(durees, 99), "max": max(durees)}
        print(f"{nom:<28} {statistics.median(durees):8.1f} {centile(durees, 95):8.1f} {centile(durees, 99):8.1f} "
              f"{max(durees):8.1f}")
    if options.sortie:
        with open(options.sortie, "w") as sortie:
            json.dump({"pages": figures, "cpu": cpu, "duree": duree}, sortie)


if __name__ == "__main__":
    main()
