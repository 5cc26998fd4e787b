package fr.sne.demande.application;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.sne.demande.domaine.CanalAvertissement;
import fr.sne.demande.domaine.MotifRadiation;
import fr.sne.demande.domaine.SousMotifIrrecevabilite;

/**
 * A warning sent before a radiation for no answer (c) or irrecevabilité (d), read once at the edge by
 * {@link ParseurAvertissement}. Whether its date suits the demande (not before its deposit, not in the future) and
 * whether this guichet may warn for this motive are {@link AvertirDemandeur}'s and the demande's questions.
 *
 * @param sousMotif         motive d's, null for c
 * @param radiationDemandee motive c only: the nightly pass radiates once the month has passed
 */
public record CommandeAvertissement(MotifRadiation motif, @Nullable SousMotifIrrecevabilite sousMotif,
        LocalDate dateEnvoi, CanalAvertissement canal, boolean radiationDemandee) {

    public CommandeAvertissement {
        Objects.requireNonNull(dateEnvoi);
        Objects.requireNonNull(canal);
        if (motif != MotifRadiation.ABSENCE_REPONSE && motif != MotifRadiation.IRRECEVABILITE) {
            throw new IllegalArgumentException("un avertissement précède une radiation c ou d, pas " + motif.code());
        }
        if ((sousMotif != null) != (motif == MotifRadiation.IRRECEVABILITE)) {
            throw new IllegalArgumentException("sous-motif " + sousMotif + " pour un avertissement " + motif.code());
        }
        if (radiationDemandee && motif != MotifRadiation.ABSENCE_REPONSE) {
            throw new IllegalArgumentException("le traitement de nuit ne radie que pour absence de réponse");
        }
    }
}
