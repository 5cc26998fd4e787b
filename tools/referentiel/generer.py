#!/usr/bin/env python3
"""Regenerates the compact referential files of src/main/resources/referentiel/.

Inputs:
  - the unpacked npm package @etalab/decoupage-administratif 6.0.0 (its data/*.json);
  - shared/reference/pays/cog-countries_2025_sfaut.csv and pays2014_insee_utf8.tsv (INSEE COG);
  - shared/reference/sne/sne_nomenclatures_interfaceNuu_v5_libsne.csv (SNE code lists);
  - shared/reference/quartiles/quartiles_<year>_urh_hdf.csv (first-quartile thresholds per EPCI, by arrêté).

Usage (see PROVENANCE.md):
  cd /tmp && npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf etalab-decoupage-administratif-6.0.0.tgz
  python3 tools/referentiel/generer.py --etalab /tmp/package/data --reference /work/shared/reference

Output: semicolon-separated UTF-8 files with a header line; list values inside a field are separated by
spaces. Only the Python standard library is used.
"""
import argparse
import csv
import json
import pathlib
import re
import sys
import unicodedata

SORTIE_DEFAUT = pathlib.Path(__file__).resolve().parents[2] / "src/main/resources/referentiel"


def ecrire(chemin, entete, lignes):
    with open(chemin, "w", encoding="utf-8", newline="") as f:
        f.write(";".join(entete) + "\n")
        n = 0
        for ligne in lignes:
            valeurs = ["" if v is None else str(v) for v in ligne]
            for v in valeurs:
                if ";" in v or "\n" in v:
                    sys.exit(f"{chemin.name}: value contains a separator: {v!r}")
            f.write(";".join(valeurs) + "\n")
            n += 1
    print(f"{chemin.name}: {n} rows")


def charger_json(dossier, nom):
    with open(dossier / nom, encoding="utf-8") as f:
        return json.load(f)


def geographie(etalab, sortie):
    regions = {r["code"]: r["nom"] for r in charger_json(etalab, "regions.json")}
    departements = charger_json(etalab, "departements.json")
    ecrire(sortie / "departements.csv", ["code", "nom", "region", "regionNom", "zone"],
           ([d["code"], d["nom"], d["region"], regions.get(d["region"], ""), d["zone"]] for d in departements))

    epcis = charger_json(etalab, "epci.json")
    epci_de_commune = {}
    for e in epcis:
        for membre in e["membres"]:
            if membre["code"] in epci_de_commune:
                sys.exit(f"commune {membre['code']} in two EPCI")
            epci_de_commune[membre["code"]] = e["code"]
    ecrire(sortie / "epci.csv", ["siren", "nom", "type"], ([e["code"], e["nom"], e["type"]] for e in epcis))

    communes = charger_json(etalab, "communes.json")

    def parent(c):
        # arrondissements municipaux name their commune in "commune", delegated/associated ones in "chefLieu"
        return c.get("commune") or c.get("chefLieu") or ""

    def epci(c):
        return epci_de_commune.get(c["code"]) or epci_de_commune.get(parent(c), "")

    ecrire(sortie / "communes.csv",
           ["code", "nom", "type", "departement", "region", "codesPostaux", "parent", "epci"],
           ([c["code"], c["nom"], c["type"], c["departement"], c["region"], " ".join(c.get("codesPostaux", [])),
             parent(c), epci(c) if c["type"] in ("commune-actuelle", "arrondissement-municipal") else ""]
            for c in communes))

    actuelles = {c["code"] for c in communes if c["type"] in ("commune-actuelle", "arrondissement-municipal")}
    anciens = {}
    for c in communes:
        for ancien in c.get("anciensCodes", []):
            if ancien in actuelles or ancien in anciens:
                sys.exit(f"former code {ancien} is ambiguous")
            anciens[ancien] = c["code"]
    # a delegated/associated code that is not a current code resolves to its chef-lieu, which describes today's
    # attachment: it wins over an older merger listed in anciensCodes (2 such codes in 6.0.0, e.g. 55273)
    for c in communes:
        if c["type"] in ("commune-deleguee", "commune-associee") and c["code"] not in actuelles:
            if anciens.get(c["code"], parent(c)) != parent(c):
                print(f"note: {c['code']} listed as former code of {anciens[c['code']]}, attached to {parent(c)}")
            anciens[c["code"]] = parent(c)
    ecrire(sortie / "anciens-codes.csv", ["ancien", "actuel"], sorted(anciens.items()))


def titre(libelle):
    """'VIÊT NAM DU NORD' -> 'Viêt Nam du Nord' (only for the obsolete countries of 2014)."""
    petits = {"DE", "DU", "DES", "LA", "LE", "LES", "ET", "OU", "AUX", "AU", "EN", "DANS", "D", "L"}
    morceaux = re.split(r"([^\w]+)", libelle)
    resultat = []
    for i, m in enumerate(morceaux):
        if i % 2 == 1 or not m:
            resultat.append(m)
        elif i > 0 and m in petits:
            resultat.append(m.lower())
        else:
            resultat.append(m[:1] + m[1:].lower())
    return "".join(resultat)


def simplifier(nom):
    """Upper case, no accents, punctuation as spaces: only to compare two labels."""
    sans_accents = "".join(c for c in unicodedata.normalize("NFD", nom) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^0-9A-Z]+", " ", sans_accents.upper()).split())


def pays(reference, sortie):
    with open(reference / "pays/cog-countries_2025_sfaut.csv", encoding="utf-8") as f:
        cog2025 = list(csv.DictReader(f))
    with open(reference / "pays/pays2014_insee_utf8.tsv", encoding="utf-8") as f:
        cog2014 = list(csv.DictReader(f, delimiter="\t"))

    lignes = {}
    for p in cog2025:
        lignes[p["code"]] = [p["code"], p["iso2_code"], p["iso3_code"], p["name"], p["official_name"],
                             p["actual_id"], p["parent_code"]]
    # obsolete countries (ACTUAL 2) of 2014 whose code is not reused in 2025: kept so that old codes resolve
    for p in cog2014:
        if p["ACTUAL"] == "2" and p["COG"] not in lignes:
            lignes[p["COG"]] = [p["COG"], "", "", titre(p["LIBENR"]), titre(p["LIBENR"]), "2", p["CRPAY"]]
    ecrire(sortie / "pays.csv", ["code", "iso2", "iso3", "nom", "nomOfficiel", "actuel", "parent"],
           sorted(lignes.values()))

    # other names: the 2014 labels (capitals, with and without accents) and the former names (ANCNOM),
    # each pointing to the code that now stands for it. France and the DROM-COM (code XXXXX) are skipped.
    autres = []
    for p in cog2014:
        code = p["COG"]
        if not code.startswith("99"):
            continue
        if (p["ACTUAL"] == "2" and lignes[code][5] != "2" and p["CRPAY"]
                and simplifier(p["LIBCOG"]) != simplifier(lignes[code][3])):
            code = p["CRPAY"]  # obsolete name whose code now stands for another territory (ZANZIBAR, 99308)
        noms = [p["LIBCOG"], p["LIBENR"]]
        noms += [n.strip() for n in p["ANCNOM"].split(",") if n.strip()] if p["ANCNOM"] else []
        for nom in noms:
            if [code, nom] not in autres and nom not in (lignes[code][3], lignes[code][4]):
                autres.append([code, nom])
    ecrire(sortie / "pays-anciens-noms.csv", ["code", "ancienNom"], autres)


def nomenclatures(reference, sortie):
    with open(reference / "sne/sne_nomenclatures_interfaceNuu_v5_libsne.csv", encoding="utf-8") as f:
        lignes = [[r["liste"], r["code"], r["libelle"]] for r in csv.DictReader(f)]
    ecrire(sortie / "nomenclatures.csv", ["liste", "code", "libelle"], lignes)


# Names of the quartile source that differ from the COG's beyond the legal-form prefix (renamed EPCI), as facts
# checked by hand: the COG has one EPCI of that place.
ALIAS_QUARTILES = {
    "AURILLAC AGGLOMERATION": "241500230",  # CA du Bassin d'Aurillac
    "AGGLOMERATION DU GRAND LONGWY": "245400262",  # CA Grand Longwy Agglomération
    "LE GRAND OUEST TOULOUSAIN AGGLOMERATION": "243100781",  # CC Le Grand Ouest Toulousain (the source's 2024 name)
}
# Names of the source with no EPCI in the COG millésime used (a 2026 merger?): left out, and listed in PROVENANCE.md.
SANS_EPCI_QUARTILES = {"THIONVILLE FENSCH AGGLOMERATION"}


def sans_forme(nom):
    """A simplified EPCI name without its legal form (CA, CC, CU and a following du/de la/des) nor acronym."""
    return re.sub(r"^(CA|CC|CU)( (DU|DE LA|DE L|DES|DE|D))? ", "", simplifier(re.sub(r"\([^)]*\)", " ", nom)))


def quartiles(reference, sortie):
    """First-quartile thresholds (€ per UC and year) per EPCI and year; Île-de-France is one territory (111).

    The source names each EPCI and, for most, its SIREN (an exact-name join made when the file was saved); a row
    without SIREN is matched here by its name without legal form (a parenthesised acronym dropped) against
    epci.csv, or by ALIAS_QUARTILES; any other row unmatched stops the generation, so that no threshold is
    silently lost.
    """
    with open(sortie / "epci.csv", encoding="utf-8") as f:
        par_nom = {}
        for e in csv.DictReader(f, delimiter=";"):
            par_nom.setdefault(sans_forme(e["nom"]), []).append(e["siren"])
    lignes = {}
    for chemin in sorted((reference / "quartiles").glob("quartiles_*_urh_hdf.csv")):
        with open(chemin, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                annee = r["annee"]
                seuils = [r["q1_annuel_par_uc"], r["q2"], r["q3"]]
                if r["region"] == "Île-de-France":
                    cle = (annee, "111")
                    if cle in lignes and lignes[cle][3:] != seuils:
                        sys.exit(f"{chemin.name}: two Île-de-France thresholds for {annee}")
                    lignes[cle] = [annee, "111", "Île-de-France"] + seuils
                    continue
                siren = r["epci_siren_matched"]
                if not siren:
                    nom = simplifier(re.sub(r"\([^)]*\)", " ", r["epci_nom"]))  # for the two sets above
                    if nom in SANS_EPCI_QUARTILES:
                        print(f"{chemin.name}: left out (no EPCI in the COG): {r['epci_nom']}")
                        continue
                    candidats = [ALIAS_QUARTILES[nom]] if nom in ALIAS_QUARTILES else par_nom.get(sans_forme(nom), [])
                    if len(candidats) != 1:
                        sys.exit(f"{chemin.name}: EPCI not found by name: {r['epci_nom']!r} ({r['departement']})")
                    siren = candidats[0]
                lignes[(annee, siren)] = [annee, siren, r["epci_nom"]] + seuils
    ecrire(sortie / "quartiles.csv", ["annee", "perimetre", "nom", "q1", "q2", "q3"], sorted(lignes.values()))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--etalab", required=True, type=pathlib.Path,
                        help="data/ folder of the unpacked @etalab/decoupage-administratif package")
    parser.add_argument("--reference", required=True, type=pathlib.Path, help="shared/reference folder")
    parser.add_argument("--sortie", type=pathlib.Path, default=SORTIE_DEFAUT)
    args = parser.parse_args()
    args.sortie.mkdir(parents=True, exist_ok=True)
    geographie(args.etalab, args.sortie)
    pays(args.reference, args.sortie)
    nomenclatures(args.reference, args.sortie)
    quartiles(args.reference, args.sortie)


if __name__ == "__main__":
    main()
