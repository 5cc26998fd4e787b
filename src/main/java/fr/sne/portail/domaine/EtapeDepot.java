package fr.sne.portail.domaine;

import java.util.Arrays;
import java.util.Optional;

/**
 * The pages of the filing on the portal (issue 18 §2, ADR 0028): the Cerfa 14069 asked in plain language, a few
 * questions per page, in the order a person tells his situation. Each page's path is its {@link #chemin}.
 */
public enum EtapeDepot {

    VOUS("vous"),
    ADRESSE("adresse"),
    CONTACT("contact"),
    FOYER("foyer"),
    /** the person who signs the lease with the applicant: asked only when the family page says there is one */
    CO_DEMANDEUR("co-demandeur"),
    /** the persons in care, the births expected, a handicap */
    PERSONNES("personnes"),
    REVENUS("revenus"),
    LOGEMENT("logement"),
    SOUHAIT("souhait"),
    VERIFICATION("verification");

    private final String chemin;

    EtapeDepot(String chemin) {
        this.chemin = chemin;
    }

    /** @return its part of the URL: {@code /portail/deposer/{chemin}} */
    public String chemin() {
        return chemin;
    }

    /** @return 1 for the first page */
    public int numero() {
        return ordinal() + 1;
    }

    public static int nombre() {
        return values().length;
    }

    public Optional<EtapeDepot> suivante() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<EtapeDepot> precedente() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    public static Optional<EtapeDepot> parChemin(String chemin) {
        return Arrays.stream(values()).filter(e -> e.chemin.equals(chemin)).findFirst();
    }
}
