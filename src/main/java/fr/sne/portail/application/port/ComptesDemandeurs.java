package fr.sne.portail.application.port;

import java.time.Instant;
import java.util.UUID;

import fr.sne.portail.domaine.IdentiteDemandeur;

/** The applicants' accounts ({@code compte_demandeur}) and their sign-ins ({@code connexion_demandeur}). */
public interface ComptesDemandeurs {

    /**
     * Records a sign-in: creates the account of this provider's subject at its first one, otherwise brings its
     * identity up to date; sets its last sign-in and adds the sign-in to the journal.
     *
     * @return the account's identifier
     */
    UUID connexion(String sujet, IdentiteDemandeur identite, Instant le);
}
