package fr.sne.demande.domaine;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;

/**
 * A demande is radiated for one of the motives of R441-2-8 CCH (movement RAD); it stays readable one year.
 *
 * @param guichet   the guichet that radiated it; null for a merge (f), the act of a gestionnaire territorial or of
 *                  the national administrator, who act for no guichet
 * @param sousMotif motive d only: why the demande is irrecevable
 * @param donnees   motive a: the attribution data of R441-2-9 CCH; motive f: the kept demande; otherwise
 *                  {@link DonneesRadiation#AUCUNE}
 */
public record DemandeRadiee(NumeroUnique numeroUnique, String territoire, @Nullable String guichet, Acteur acteur,
        Instant horodatage, int versionAttendue, MotifRadiation motif, @Nullable SousMotifIrrecevabilite sousMotif,
        LocalDate dateRadiation, DonneesRadiation donnees) implements EvenementDemande {

    public DemandeRadiee {
        if (!donnees.convientA(motif)) {
            throw new IllegalArgumentException("données " + donnees + " pour une radiation " + motif.code());
        }
        if ((sousMotif != null) != (motif == MotifRadiation.IRRECEVABILITE)) {
            throw new IllegalArgumentException("sous-motif " + sousMotif + " pour une radiation " + motif.code());
        }
    }

    @Override
    public TypeMouvement type() {
        return TypeMouvement.RAD;
    }

    /** Motive a: its data of R441-2-9 CCH; otherwise null. */
    public @Nullable DonneesAttribution attribution() {
        return donnees instanceof DonneesAttribution a ? a : null;
    }
}
