package fr.sne.demande.domaine;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.TypeActeur;

/**
 * One line of the access journal: who displayed a demande's personal data, for which guichet, when, and on which
 * screen.
 *
 * @param acteurType    the kind of actor (agent of a guichet, gestionnaire territorial, national administrator)
 * @param acteurId      his login
 * @param guichet       the guichet he acted for, null for a gestionnaire or the national administrator
 * @param numeroUnique  the demande displayed
 * @param territoire    its territory
 */
public record AccesDemande(Instant horodatage, TypeActeur acteurType, String acteurId, @Nullable String guichet,
        String numeroUnique, String territoire, EcranConsultation ecran) {
}
