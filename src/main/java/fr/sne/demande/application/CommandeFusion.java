package fr.sne.demande.application;

import fr.sne.demande.domaine.NumeroUnique;

/**
 * A merge asked by a gestionnaire territorial or the national administrator (motive f of R441-2-8 CCH), read once
 * at the edge by {@link ParseurFusion}: the kept demande's numéro, well formed, and whether the actor confirmed
 * that both demandes are one person's. Whether that demande is another one, exists for this actor, is active, and
 * is the same person's is {@link FusionnerDemandes}'s question.
 */
public record CommandeFusion(NumeroUnique numeroUniqueConserve, boolean confirmee) {
}
