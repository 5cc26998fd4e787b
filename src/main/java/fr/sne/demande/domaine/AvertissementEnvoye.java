package fr.sne.demande.domaine;

import java.time.Instant;

import fr.sne.commun.acteur.Acteur;

/**
 * A guichet warned the applicant that his demande will be radiated for no answer (c) or irrecevabilité (d)
 * (L441-2-1 CCH). The SNE list of movements has no type for it: it is journaled as a MOD whose document names
 * the warning (the demande's date of last letter changes, and other guichets integrating the movements learn
 * that a radiation is coming).
 */
public record AvertissementEnvoye(NumeroUnique numeroUnique, String territoire, String guichet, Acteur acteur,
        Instant horodatage, int versionAttendue, Avertissement avertissement) implements EvenementDemande {

    @Override
    public TypeMouvement type() {
        return TypeMouvement.MOD;
    }
}
