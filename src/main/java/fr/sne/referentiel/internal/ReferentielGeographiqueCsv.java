package fr.sne.referentiel.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import fr.sne.commun.NormalisationTexte;
import fr.sne.referentiel.Commune;
import fr.sne.referentiel.Departement;
import fr.sne.referentiel.Epci;
import fr.sne.referentiel.ReferentielGeographique;
import fr.sne.referentiel.Territoire;

/** {@link ReferentielGeographique} over departements.csv, communes.csv, anciens-codes.csv and epci.csv. */
@Component
public class ReferentielGeographiqueCsv implements ReferentielGeographique {

    private static final Logger LOG = LoggerFactory.getLogger(ReferentielGeographiqueCsv.class);
    private static final String REGION_ILE_DE_FRANCE = "11";

    private final Map<String, Departement> departements;
    /** Current communes and arrondissements municipaux by code. */
    private final Map<String, Commune> communes;
    /** Former code (or delegated/associated code that is not a current one) → current commune code. */
    private final Map<String, String> anciensCodes;
    private final Map<String, Epci> epcis;
    private final Map<String, List<Commune>> communesParEpci;
    private final Territoire ileDeFrance;
    /** Every commune with its name as {@link NormalisationTexte#ascii} gives it and its territory, in name order. */
    private final List<NomCommune> nomsAscii;

    /** A commune as the search reads it: its comparison name and its territory, computed once at load. */
    private record NomCommune(String ascii, Commune commune, String territoire) {
    }

    public ReferentielGeographiqueCsv() {
        long debut = System.nanoTime();

        Map<String, Departement> deps = new LinkedHashMap<>();
        String nomIleDeFrance = null;
        for (String[] l : FichierReferentiel.lire("departements.csv", "code", "nom", "region", "regionNom", "zone")) {
            deps.put(l[0], new Departement(l[0], l[1], l[2], l[3]));
            if (REGION_ILE_DE_FRANCE.equals(l[2])) {
                nomIleDeFrance = l[3];
            }
        }
        if (nomIleDeFrance == null) {
            throw new IllegalStateException("departements.csv : aucun département de la région Île-de-France");
        }
        departements = Map.copyOf(deps);
        ileDeFrance = new Territoire(Territoire.CODE_ILE_DE_FRANCE, nomIleDeFrance);

        Map<String, Epci> epciParSiren = new HashMap<>();
        for (String[] l : FichierReferentiel.lire("epci.csv", "siren", "nom", "type")) {
            epciParSiren.put(l[0], new Epci(l[0], l[1], l[2].intern()));
        }
        epcis = Map.copyOf(epciParSiren);

        Map<String, Commune> parCode = new HashMap<>(40_000);
        Map<String, List<Commune>> parEpci = new HashMap<>();
        for (String[] l : FichierReferentiel.lire("communes.csv",
                "code", "nom", "type", "departement", "region", "codesPostaux", "parent", "epci")) {
            String type = l[2];
            if (!Commune.TYPE_COMMUNE_ACTUELLE.equals(type) && !Commune.TYPE_ARRONDISSEMENT_MUNICIPAL.equals(type)) {
                continue; // delegated/associated communes resolve through anciens-codes.csv
            }
            List<String> codesPostaux = l[5].isEmpty() ? List.of() : Arrays.asList(l[5].split(" "));
            String siren = l[7].isEmpty() ? null : l[7];
            Commune commune = new Commune(l[0], l[1], type.intern(), l[3].intern(), l[4].intern(), codesPostaux, siren);
            if (parCode.put(commune.code(), commune) != null) {
                throw new IllegalStateException("communes.csv : code en double " + commune.code());
            }
            if (siren != null && Commune.TYPE_COMMUNE_ACTUELLE.equals(type)) {
                parEpci.computeIfAbsent(siren, s -> new ArrayList<>()).add(commune);
            }
        }
        communes = Map.copyOf(parCode);
        Map<String, List<Commune>> membres = new HashMap<>();
        parEpci.forEach((siren, liste) -> {
            liste.sort((a, b) -> a.code().compareTo(b.code()));
            membres.put(siren, List.copyOf(liste));
        });
        communesParEpci = Map.copyOf(membres);

        List<NomCommune> noms = new ArrayList<>(communes.size());
        for (Commune commune : communes.values()) {
            noms.add(new NomCommune(NormalisationTexte.ascii(commune.nom()), commune,
                    territoireDeCommune(commune).code()));
        }
        noms.sort(java.util.Comparator.comparing(NomCommune::ascii).thenComparing(n -> n.commune().code()));
        nomsAscii = List.copyOf(noms);

        Map<String, String> anciens = new HashMap<>();
        for (String[] l : FichierReferentiel.lire("anciens-codes.csv", "ancien", "actuel")) {
            if (!communes.containsKey(l[1])) {
                throw new IllegalStateException("anciens-codes.csv : " + l[0] + " renvoie au code inconnu " + l[1]);
            }
            if (!communes.containsKey(l[0])) {
                anciens.put(l[0], l[1]);
            }
        }
        anciensCodes = Map.copyOf(anciens);

        LOG.info("Référentiel géographique chargé en {} ms : {} départements, {} communes et arrondissements, "
                        + "{} anciens codes, {} EPCI", (System.nanoTime() - debut) / 1_000_000, departements.size(),
                communes.size(), anciensCodes.size(), epcis.size());
    }

    @Override
    public Optional<Commune> commune(String codeInsee) {
        String code = codeCommune(codeInsee);
        Commune commune = communes.get(code);
        if (commune != null) {
            return Optional.of(commune);
        }
        String actuel = anciensCodes.get(code);
        return actuel == null ? Optional.empty() : Optional.ofNullable(communes.get(actuel));
    }

    @Override
    public boolean estCodeAncien(String codeInsee) {
        return anciensCodes.containsKey(codeCommune(codeInsee));
    }

    @Override
    public Optional<Departement> departement(String code) {
        return Optional.ofNullable(departements.get(codeDepartement(code)));
    }

    @Override
    public Optional<Epci> epci(String siren) {
        return Optional.ofNullable(epcis.get(siren.strip()));
    }

    @Override
    public List<Commune> communesDeEpci(String siren) {
        return communesParEpci.getOrDefault(siren.strip(), List.of());
    }

    @Override
    public Territoire territoireDeCommune(Commune commune) {
        Departement departement = departements.get(commune.codeDepartement());
        if (departement == null) {
            throw new IllegalArgumentException("Département inconnu pour la commune " + commune.code() + " : "
                    + commune.codeDepartement());
        }
        return territoireDe(departement);
    }

    @Override
    public List<Commune> communesDuTerritoire(String territoire) {
        return communes.values().stream()
                .filter(c -> !c.estArrondissementMunicipal() && territoireDeCommune(c).code().equals(territoire))
                .sorted(java.util.Comparator.comparing(Commune::code))
                .toList();
    }

    @Override
    public Optional<Territoire> territoire(String code) {
        String normalise = code.strip().toUpperCase(Locale.ROOT);
        if (Territoire.CODE_ILE_DE_FRANCE.equals(normalise)) {
            return Optional.of(ileDeFrance);
        }
        Departement departement = departements.get(codeDepartement(normalise));
        if (departement == null || REGION_ILE_DE_FRANCE.equals(departement.codeRegion())) {
            return Optional.empty();
        }
        return Optional.of(territoireDe(departement));
    }

    @Override
    public List<Commune> rechercherCommunes(String texte, @Nullable String territoire, int max) {
        String cherche = NormalisationTexte.ascii(texte).strip();
        if (cherche.isEmpty() || max <= 0) {
            return List.of();
        }
        boolean numero = cherche.chars().allMatch(c -> Character.isDigit(c) || c == 'A' || c == 'B')
                && Character.isDigit(cherche.charAt(0));
        List<NomCommune> debut = new ArrayList<>();
        List<NomCommune> mot = new ArrayList<>();
        String debutDeMot = " " + cherche;
        for (NomCommune nom : nomsAscii) {
            if (territoire != null && !nom.territoire().equals(territoire)) {
                continue;
            }
            Commune commune = nom.commune();
            if (numero) {
                if (commune.code().startsWith(cherche)
                        || commune.codesPostaux().stream().anyMatch(cp -> cp.startsWith(cherche))) {
                    debut.add(nom);
                }
            } else if (nom.ascii().startsWith(cherche)) {
                debut.add(nom);
            } else if (nom.ascii().contains(debutDeMot)) {
                mot.add(nom);
            }
        }
        // the exact name first, then the shortest; names already in order break the ties
        java.util.Comparator<NomCommune> ordre = java.util.Comparator
                .comparing((NomCommune n) -> !n.ascii().equals(cherche))
                .thenComparingInt(n -> n.ascii().length());
        debut.sort(ordre);
        mot.sort(ordre);
        List<Commune> resultat = new ArrayList<>(Math.min(max, debut.size() + mot.size()));
        for (List<NomCommune> liste : List.of(debut, mot)) {
            for (NomCommune nom : liste) {
                if (resultat.size() == max) {
                    return List.copyOf(resultat);
                }
                resultat.add(nom.commune());
            }
        }
        return List.copyOf(resultat);
    }

    /** All current communes and arrondissements municipaux (for checks and lists). */
    public Collection<Commune> toutesLesCommunes() {
        return communes.values();
    }

    /** The former codes and the current code each one resolves to. */
    public Map<String, String> anciensCodes() {
        return anciensCodes;
    }

    /** All départements and overseas collectivities. */
    public Collection<Departement> tousLesDepartements() {
        return departements.values();
    }

    private Territoire territoireDe(Departement departement) {
        if (REGION_ILE_DE_FRANCE.equals(departement.codeRegion())) {
            return ileDeFrance;
        }
        String code = departement.code().length() == 2 ? "0" + departement.code() : departement.code();
        return new Territoire(code, departement.nom());
    }

    private static String codeCommune(String codeInsee) {
        return codeInsee.strip().toUpperCase(Locale.ROOT);
    }

    /** "59", "059" → "59"; "2a", "02A" → "2A"; "971" stays. */
    private static String codeDepartement(String code) {
        String normalise = code.strip().toUpperCase(Locale.ROOT);
        return normalise.length() == 3 && normalise.charAt(0) == '0' ? normalise.substring(1) : normalise;
    }
}
