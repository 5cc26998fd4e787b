package fr.sne.demande;

import java.util.Collection;
import java.util.Set;

import fr.sne.commun.acteur.Acteur;

/**
 * The access journal as other modules write it (what the demande module offers at its top level): a screen of
 * theirs that shows the personal data of demandes records, in one statement, that this actor displayed them. The
 * journal's lines name the screen; the demande's pages read them ("Consultations" tab, journal of the territory).
 */
public interface JournalConsultations {

    /**
     * Records that this actor displayed these demandes as candidates for a dwelling (names, household, resources):
     * one line each, on the screen {@code CANDIDATS}; an unknown numéro is ignored.
     */
    void candidatsAffiches(Acteur acteur, Collection<String> numerosUniques);

    /**
     * Records that this actor displayed a piece justificative of this demande (its bytes): one line on the screen
     * {@code PIECE}, as the display of a tab; an unknown numéro is ignored.
     */
    void pieceAffichee(Acteur acteur, String numeroUnique);

    /**
     * Records that this actor displayed the list of a demande's pieces (the {@code PIECES} tab of the professional
     * application); an unknown numéro is ignored.
     */
    void piecesAffichees(Acteur acteur, String numeroUnique);

    /**
     * Records that this actor was shown the resources of the Dispositif des ressources mensuelles of these demandes
     * (issue 19, ADR 0031): one line each, on the screen {@code DRM}, in one statement.
     *
     * @return the numéros recorded: those of a demande the registry holds (an unknown numéro is ignored)
     */
    Set<String> ressourcesDrmAffichees(Acteur acteur, Collection<String> numerosUniques);
}
