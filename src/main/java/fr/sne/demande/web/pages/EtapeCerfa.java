package fr.sne.demande.web.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The steps of the registration form, in the order of the Cerfa 14069 (rubrics of R441-2-2 CCH), and which
 * fields of the demande (by JSON path, as the validation names them) each one holds.
 */
public enum EtapeCerfa {

    DEMANDEUR("demandeur", "Demandeur"),
    CO_DEMANDEUR("co-demandeur", "Co-demandeur"),
    MENAGE("menage", "Personnes à charge"),
    LOGEMENT_ACTUEL("logement-actuel", "Logement actuel et motifs"),
    RESSOURCES("ressources", "Situation professionnelle et ressources"),
    LOGEMENT_RECHERCHE("logement-recherche", "Logement recherché"),
    SITUATION("situation", "Situation particulière"),
    RECAPITULATIF("recapitulatif", "Vérification et enregistrement");

    /** The fields of an adult that the resources step holds rather than the identity one. */
    private static final Pattern RESSOURCES_ADULTE = Pattern.compile(
            "^(demandeur|coDemandeurs\\[\\d+])\\.(situationProfessionnelle|revenuFiscal|ressourcesMensuelles)([.\\[].*)?$");

    private final String chemin;
    private final String titre;

    EtapeCerfa(String chemin, String titre) {
        this.chemin = chemin;
        this.titre = titre;
    }

    /** @return its part of the URL: {@code /pro/enregistrement/brouillons/{id}/etapes/{chemin}} */
    public String chemin() {
        return chemin;
    }

    public String titre() {
        return titre;
    }

    /** @return 1 for the first step */
    public int numero() {
        return ordinal() + 1;
    }

    public static int nombre() {
        return values().length;
    }

    public Optional<EtapeCerfa> suivante() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<EtapeCerfa> precedente() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    static Optional<EtapeCerfa> parChemin(String chemin) {
        return Arrays.stream(values()).filter(e -> e.chemin.equals(chemin)).findFirst();
    }

    /** The steps where the agent types (all but the last). */
    static List<EtapeCerfa> saisies() {
        return Arrays.stream(values()).filter(e -> e != RECAPITULATIF).toList();
    }

    /** @return true when the field at this path ("demandeur.dateNaissance", "motifs[1]") is typed at this step */
    public boolean possede(String champ) {
        boolean ressources = RESSOURCES_ADULTE.matcher(champ).matches();
        return switch (this) {
            case DEMANDEUR -> !ressources && (sous(champ, "demandeur") || sous(champ, "adresse")
                    || sous(champ, "contact") || sous(champ, "dateDepot"));
            case CO_DEMANDEUR -> !ressources && sous(champ, "coDemandeurs");
            case MENAGE -> sous(champ, "personnesACharge") || sous(champ, "personnesANaitre");
            case LOGEMENT_ACTUEL -> sous(champ, "logementActuel") || sous(champ, "motifs");
            case RESSOURCES -> ressources;
            case LOGEMENT_RECHERCHE -> sous(champ, "logementRecherche");
            case SITUATION -> sous(champ, "handicap") || sous(champ, "precisions");
            case RECAPITULATIF -> false;
        };
    }

    /** The step holding a field; the last one for a field no step holds. */
    static EtapeCerfa de(String champ) {
        return saisies().stream().filter(e -> e.possede(champ)).findFirst().orElse(RECAPITULATIF);
    }

    private static boolean sous(String champ, String racine) {
        return champ.equals(racine) || champ.startsWith(racine + ".") || champ.startsWith(racine + "[");
    }
}
