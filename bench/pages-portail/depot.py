#!/usr/bin/env python3
"""Filing on the portal by concurrent simulated applicants, from sign-in to the attestation, without an error.

Each applicant (a demo account demandeur-banc-<i> of the embedded provider, created by run.sh) signs in through the
portal's OIDC flow, starts a filing (POST /portail/deposer), answers every page of the Cerfa in plain language as a
browser without JavaScript would (one form per page, the CSRF token of the page), files it from the last page,
reads the confirmation page and downloads the attestation PDF. All start together (a barrier after sign-in).
Any answer other than the expected one is an error (counted and the first ones shown); exits 1 if there is one.
Prints the journeys' p50/p95/max, filings per second over the whole run, and each step's p95; with --sortie, writes
them as JSON. Python 3 standard library only.
Usage: depot.py --base http://localhost:8197 --demandeurs 200 --etiquette ABC [--sortie depot.json]
"""
import argparse
import http.cookiejar
import json
import re
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

sys.dont_write_bytecode = True
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/../pages-pro")
from mesurer import centile  # noqa: E402

CSRF = re.compile(r'name="_csrf"[^>]*value="([^"]+)"')


class PasDeRedirection(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def lettres(n):
    """A number written in letters (a, b, … z, ba, bb…), so that every applicant's name differs."""
    s = ""
    while True:
        s = "abcdefghijklmnopqrstuvwxyz"[n % 26] + s
        n //= 26
        if n == 0:
            return s


def pages(i, etiquette):
    nom = "Banc" + etiquette.lower() + lettres(i)
    naissance = f"{1950 + i % 50}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    return [
        ("vous", {"demandeur.prenoms": "Camille", "demandeur.nomNaissance": nom.capitalize(),
                  "demandeur.dateNaissance": naissance, "demandeur.sexe": "F", "demandeur.nationalite": "1",
                  "demandeur.paysNaissance": ""}),
        ("adresse", {"adresse.voie": f"{1 + i % 90} rue de Paris", "adresse.codePostal": "59000",
                     "adresse.commune": "Lille"}),
        ("contact", {"contact.email": f"banc-{etiquette.lower()}-{i}@exemple.fr", "contact.telephone": "06 12 34 56 78",
                     "contact.consentementEmail": "true", "contact.consentementSms": "false"}),
        ("foyer", {"demandeur.situationFamiliale": "C"}),
        ("revenus", {"demandeur.situationProfessionnelle.typeContrat": "CDI",
                     "demandeur.ressourcesMensuelles[0].type": "SAL",
                     "demandeur.ressourcesMensuelles[0].montant": "1350,25",
                     "demandeur.revenuFiscal.montantN1": "14500"}),
        ("logement", {"logementActuel.modele": "LP", "logementActuel.nombreOccupants": "1",
                      "logementActuel.loyerMensuel": "640", "motifs[0]": "09"}),
        ("souhait", {"logementRecherche.typesLogement": "T2", "logementRecherche.categorie": "A",
                     "logementRecherche.communesSouhaitees[0]": "Lille",
                     "logementRecherche.communesSouhaitees[1]": "Roubaix",
                     "logementRecherche.demandeElargie": "true"}),
    ]


class Demandeur:
    def __init__(self, base, i, etiquette):
        self.base, self.i, self.etiquette = base, i, etiquette
        self.jarre = http.cookiejar.CookieJar()
        self.suivant = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jarre))
        self.direct = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jarre), PasDeRedirection)
        for client in (self.suivant, self.direct):
            client.addheaders = [("Accept", "text/html,application/xhtml+xml")]
        self.jeton = None
        self.etapes = {}

    def _lire(self, reponse):
        corps = reponse.read()
        texte = corps.decode("utf-8", "replace") if b"%PDF" not in corps[:8] else ""
        m = CSRF.search(texte)
        if m:
            self.jeton = m.group(1)
        return reponse, corps, texte

    def get(self, chemin):
        return self._lire(self.suivant.open(self.base + chemin, timeout=300))

    def post(self, chemin, champs, etape):
        donnees = urllib.parse.urlencode({**champs, "_csrf": self.jeton}, doseq=True).encode()
        debut = time.perf_counter()
        try:
            reponse = self.direct.open(self.base + chemin, data=donnees, timeout=300)
            statut, lieu = reponse.status, None
            reponse.read()
        except urllib.error.HTTPError as e:  # a 302 without redirection handler comes here
            statut, lieu = e.code, e.headers.get("Location")
            e.read()
        self.etapes.setdefault(etape, []).append((time.perf_counter() - debut) * 1000)
        return statut, lieu

    def connecter(self):
        reponse, _, _ = self.get("/portail/deposer")
        if "/login" not in reponse.geturl():
            raise RuntimeError(f"no sign-in page: {reponse.geturl()}")
        donnees = urllib.parse.urlencode({"username": f"demandeur-banc-{self.i}",
                                          "password": "demandeur-1-mdp", "_csrf": self.jeton}).encode()
        reponse, _, _ = self._lire(self.suivant.open(self.base + "/login", data=donnees, timeout=300))
        if "/portail/deposer" not in reponse.geturl():
            raise RuntimeError(f"sign-in not completed: {reponse.geturl()}")

    def deposer(self):
        statut, lieu = self.post("/portail/deposer", {}, "commencer")
        if statut != 302 or not lieu or not lieu.endswith("/portail/deposer/vous"):
            raise RuntimeError(f"start: {statut} {lieu}")
        self.get("/portail/deposer/vous")
        for etape, champs in pages(self.i, self.etiquette):
            statut, lieu = self.post("/portail/deposer/" + etape, champs, etape)
            if statut != 302 or not lieu or "/portail/deposer/" not in lieu or lieu.endswith("/" + etape):
                raise RuntimeError(f"page {etape}: {statut} {lieu}")
            self.get(urllib.parse.urlparse(lieu).path)
        statut, lieu = self.post("/portail/deposer/verification", {"action": "deposer"}, "deposer")
        m = re.search(r"/portail/demandes/([0-9A-Z]{18})/deposee", lieu or "")
        if statut != 302 or not m:
            raise RuntimeError(f"filing: {statut} {lieu}")
        numero = m.group(1)
        debut = time.perf_counter()
        _, _, texte = self.get(urllib.parse.urlparse(lieu).path + "?" + urllib.parse.urlparse(lieu).query)
        if numero not in texte or f"/portail/demandes/{numero}/attestation" not in texte:
            raise RuntimeError(f"confirmation of {numero} without its numéro or its attestation")
        reponse, corps, _ = self.get(f"/portail/demandes/{numero}/attestation")
        if reponse.status != 200 or not corps.startswith(b"%PDF"):
            raise RuntimeError(f"attestation of {numero}: {reponse.status} {corps[:20]!r}")
        self.etapes.setdefault("confirmation et attestation", []).append((time.perf_counter() - debut) * 1000)
        return numero


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("--base", default="http://localhost:8197")
    arguments.add_argument("--demandeurs", type=int, default=200)
    arguments.add_argument("--etiquette", required=True, help="letters that make this run's names unique")
    arguments.add_argument("--sortie")
    options = arguments.parse_args()
    n = options.demandeurs
    demandeurs = [Demandeur(options.base, i, options.etiquette) for i in range(1, n + 1)]
    erreurs, numeros, journees = [], [], []
    verrou = threading.Lock()
    barriere = threading.Barrier(n + 1)

    def parcours(d):
        try:
            d.connecter()
        except Exception as e:  # noqa: BLE001 - every failure is counted
            with verrou:
                erreurs.append(f"demandeur-banc-{d.i}: sign-in: {e}")
            barriere.wait()
            return
        barriere.wait()
        debut = time.perf_counter()
        try:
            numero = d.deposer()
            with verrou:
                numeros.append(numero)
                journees.append((time.perf_counter() - debut) * 1000)
        except Exception as e:  # noqa: BLE001
            with verrou:
                erreurs.append(f"demandeur-banc-{d.i}: {e}")

    fils = [threading.Thread(target=parcours, args=(d,)) for d in demandeurs]
    for f in fils:
        f.start()
    barriere.wait()
    cpu0, debut = time.process_time(), time.perf_counter()
    for f in fils:
        f.join()
    duree, cpu = time.perf_counter() - debut, time.process_time() - cpu0
    figures = {"demandeurs": n, "deposees": len(numeros), "distinctes": len(set(numeros)), "erreurs": len(erreurs),
               "duree": duree, "cpu": cpu, "parSeconde": len(numeros) / duree if duree else 0}
    if journees:
        figures.update(p50=statistics.median(journees), p95=centile(journees, 95), max=max(journees))
    etapes = {}
    for d in demandeurs:
        for etape, durees in d.etapes.items():
            etapes.setdefault(etape, []).extend(durees)
    figures["etapes"] = {e: {"n": len(v), "p50": statistics.median(v), "p95": centile(v, 95)} for e, v in etapes.items()}
    print(f"{n} applicants: {len(numeros)} filed ({len(set(numeros))} distinct numéros), {len(erreurs)} errors, "
          f"{duree:.1f} s, {figures['parSeconde']:.1f} filings/s")
    if journees:
        print(f"journey (start of the filing to the attestation): p50 {figures['p50']:.0f} ms, "
              f"p95 {figures['p95']:.0f} ms, max {figures['max']:.0f} ms")
    for e, f in figures["etapes"].items():
        print(f"  {e:<28} n {f['n']:4d}  p50 {f['p50']:8.1f} ms  p95 {f['p95']:8.1f} ms")
    for e in erreurs[:10]:
        print("ERROR", e)
    if options.sortie:
        with open(options.sortie, "w") as sortie:
            json.dump(figures, sortie)
    sys.exit(1 if erreurs or len(set(numeros)) != n else 0)


if __name__ == "__main__":
    main()
