package fr.sne.portail.application.port;

import java.util.Optional;
import java.util.UUID;

import fr.sne.portail.domaine.BrouillonDepot;

/** The filing drafts of the portal, one per account (table {@code brouillon_portail}). */
public interface BrouillonsDepot {

    Optional<BrouillonDepot> lire(UUID compte);

    /** Creates or replaces the account's draft. */
    void enregistrer(BrouillonDepot brouillon);

    /** @return false when the account had none */
    boolean supprimer(UUID compte);
}
