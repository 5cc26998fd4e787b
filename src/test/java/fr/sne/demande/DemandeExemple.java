package fr.sne.demande;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds the JSON of a valid demande, with a fresh random identity each time (tests share one database), that
 * tests then alter field by field. Kept as maps so that tests can also send wrong types.
 */
public final class DemandeExemple {

    /** The application's time zone: the income year expected is last year's there. */
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Map<String, Object> racine = new LinkedHashMap<>();

    private DemandeExemple() {
    }

    /** A single person in the Nord (territory 059), wishing Lille then Roubaix. */
    public static DemandeExemple nord() {
        DemandeExemple d = new DemandeExemple();
        d.racine.put("demandeur", personne(nomAuHasard(), "Claire", LocalDate.of(1988, 4, 12), "F", "2"));
        d.racine.put("adresse", map("voie", "12 rue de Paris", "codePostal", "59000", "commune", "59350"));
        d.racine.put("contact", map("telephone", "06 12 34 56 78", "email", "claire@example.org",
                "consentementEmail", true, "consentementSms", false));
        d.racine.put("logementActuel", map("modele", "LP", "nombreOccupants", 1, "loyerMensuel", 640.50));
        d.racine.put("motifs", new ArrayList<>(List.of("09")));
        d.racine.put("logementRecherche", map("typesLogement", new ArrayList<>(List.of("T2", "T3")),
                "categorie", "A", "communesSouhaitees", new ArrayList<>(List.of("59350", "59512")),
                "demandeElargie", true, "nombrePersonnes", 1));
        return d;
    }

    /** The same kind of demande in the Pas-de-Calais (territory 062), wishing Arras and Lens. */
    public static DemandeExemple pasDeCalais() {
        DemandeExemple d = nord();
        d.racine.put("adresse", map("voie", "3 place des Héros", "codePostal", "62000", "commune", "62041"));
        d.logementRecherche().put("communesSouhaitees", new ArrayList<>(List.of("62041", "62498")));
        return d;
    }

    public static Map<String, Object> personne(String nom, String prenoms, LocalDate naissance, String sexe,
            String civilite) {
        return map("civilite", civilite, "nomNaissance", nom, "prenoms", prenoms, "dateNaissance",
                naissance.toString(), "sexe", sexe, "nationalite", "1",
                "situationFamiliale", "C", "revenuFiscal", map("anneeN1", LocalDate.now(PARIS).getYear() - 1,
                        "montantN1", 14500),
                "ressourcesMensuelles", new ArrayList<>(List.of(map("type", "SAL", "montant", 1350.25))));
    }

    /** A birth name of random letters, so that no two tests collide on identity. */
    public static String nomAuHasard() {
        StringBuilder nom = new StringBuilder("Test");
        ThreadLocalRandom hasard = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            nom.append((char) ('a' + hasard.nextInt(26)));
        }
        return nom.toString();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> demandeur() {
        return (Map<String, Object>) racine.get("demandeur");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> logementRecherche() {
        return (Map<String, Object>) racine.get("logementRecherche");
    }

    public String nom() {
        return (String) demandeur().get("nomNaissance");
    }

    public DemandeExemple avec(String champ, Object valeur) {
        racine.put(champ, valeur);
        return this;
    }

    public DemandeExemple avecCoDemandeur(Map<String, Object> coDemandeur) {
        coDemandeur.put("lienDemandeur", "M");
        racine.put("coDemandeurs", new ArrayList<>(List.of(coDemandeur)));
        logementRecherche().put("nombrePersonnes", 2);
        return this;
    }

    public Map<String, Object> json() {
        return racine;
    }

    static Map<String, Object> map(Object... clesValeurs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < clesValeurs.length; i += 2) {
            m.put((String) clesValeurs[i], clesValeurs[i + 1]);
        }
        return m;
    }
}
