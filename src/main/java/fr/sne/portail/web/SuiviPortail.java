package fr.sne.portail.web;

import java.util.Set;

import org.springframework.stereotype.Component;

import fr.sne.portail.application.SuivreDemande;

/**
 * The follow-up of a demande for the fragment {@code portail/demande-suivi :: suivi} of the demande's page (issue 18
 * §3): read for the signed-in applicant, on a demande attached to his account (the page's guard has checked it; the
 * modules read through check it again). Called from the template as {@code @suiviPortail}.
 */
@Component("suiviPortail")
public class SuiviPortail {

    /** The guichet types the bundle names in plain words ({@code suivi.organisme.<type>}); others are "an organisation". */
    private static final Set<String> TYPES_NOMMES = Set.of(
            "BAILLEUR COMMUNE EPCI DEPARTEMENT ACTION_LOGEMENT ETAT RESERVATAIRE SIAO CENTRE_NATIONAL".split(" "));

    /** How many consultations the demande's page shows (the others on their own page). */
    static final int CONSULTATIONS_SUR_LA_PAGE = 5;

    private final SuivreDemande suivre;
    private final DemandeurConnecte demandeur;

    SuiviPortail(SuivreDemande suivre, DemandeurConnecte demandeur) {
        this.suivre = suivre;
        this.demandeur = demandeur;
    }

    public SuivreDemande.Suivi pour(String numero) {
        return suivre.executer(demandeur.numeroRattache(numero), demandeur.acteur());
    }

    /** The bundle's key naming who consulted ({@code suivi.organisme.*}), with the name as its argument. */
    public String cleOrganisme(SuivreDemande.Consultation c) {
        return switch (c.organisme()) {
            case GUICHET -> "suivi.organisme." + (c.typeGuichet() != null && TYPES_NOMMES.contains(c.typeGuichet())
                    ? c.typeGuichet() : "autre");
            case GESTIONNAIRE_TERRITORIAL -> "suivi.organisme.GESTIONNAIRE_TERRITORIAL";
            case ADMINISTRATION_NATIONALE -> "suivi.organisme.ADMINISTRATION_NATIONALE";
        };
    }

    /** The size of a file in plain words: whole megabytes. */
    public long megaoctets(long octets) {
        return octets / (1024 * 1024);
    }
}
