package fr.sne.gestion.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import fr.sne.gestion.application.ListerEvenements;
import fr.sne.gestion.domaine.ContingentEligible;
import fr.sne.gestion.domaine.EvenementGestion;
import fr.sne.gestion.domaine.NatureDecisionNegative;
import fr.sne.gestion.domaine.OrigineEvenement;
import fr.sne.gestion.domaine.PublicPrioritaire;

/**
 * A line of the tab "Événements": an event as the page shows it, its data in words.
 *
 * @param dateIso  the day, ISO (the table's machine-readable date)
 * @param guichet  the name of the guichet that recorded it, or "Le registre" for the nightly pass
 * @param origine  how it came: entered, derived from the lifecycle, created by a CAL decision
 * @param precisions its data in words ("Date de la décision : 12/03/2026")
 */
public record LigneEvenement(String code, String libelle, String date, String dateIso, String guichet,
        String origine, List<String> precisions, @Nullable String commentaire, boolean visibleDemandeur) {

    static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Map<String, String> NOMS = Map.of("dateDecision", "Date de la décision", "public",
            "Public prioritaire", "contingent", "Contingent", "nature", "Nature de la décision", "rang", "Rang",
            "dateLimite", "Date limite", "identifiantRpls", "Logement (identifiant RPLS)", "motif", "Motif",
            "motifRadiation", "Motif de radiation", "motifLeve", "Motif de la radiation levée");

    static LigneEvenement de(EvenementGestion e, ListerEvenements.Evenements liste) {
        String guichet = e.guichet() == null ? "Le registre" : liste.nomGuichet(e.guichet()) + " (" + e.guichet() + ")";
        List<String> precisions = new ArrayList<>();
        new TreeMap<>(e.donnees()).forEach((nom, valeur) -> precisions.add(NOMS.getOrDefault(nom, nom) + " : "
                + valeur(nom, String.valueOf(valeur))));
        return new LigneEvenement(e.code(), e.libelle(), e.date().format(FR), e.date().toString(), guichet,
                origine(e.origine()), precisions, e.commentaire(), e.visibleDemandeur());
    }

    private static String origine(OrigineEvenement origine) {
        return switch (origine) {
            case SAISIE -> "Saisi par un guichet";
            case CYCLE_DE_VIE -> "Cycle de vie de la demande";
            case DECISION_CAL -> "Décision de CAL";
        };
    }

    private static String valeur(String nom, String valeur) {
        try {
            return switch (nom) {
                case "public" -> PublicPrioritaire.valueOf(valeur).libelle();
                case "contingent" -> ContingentEligible.valueOf(valeur).libelle();
                case "nature" -> NatureDecisionNegative.valueOf(valeur).libelle();
                case "dateDecision", "dateLimite" -> java.time.LocalDate.parse(valeur).format(FR);
                default -> valeur;
            };
        } catch (RuntimeException e) {
            return valeur;
        }
    }
}
