package fr.sne.demande.domaine;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A registration in progress at a guichet's desk: what the agent has typed so far, valid or not, and the step of
 * the Cerfa 14069 he was at. It belongs to one agent of one guichet; nobody else sees it.
 *
 * @param saisiesBrutes  typed values that are not of their field's type (a date, a number), by field path
 *                       ("demandeur.dateNaissance"), kept so that nothing typed is lost
 * @param numeroUnique   the numéro of the demande registered from it, once registered (for a modification
 *                       draft: the modified demande's, once the modification is written)
 * @param demandeModifiee for a modification draft, the numéro of the demande it modifies; null for a registration
 * @param versionDemande  for a modification draft, the version of the demande its content was read at
 */
public record Brouillon(UUID id, String agent, String guichet, ContenuDemande contenu,
        Map<String, String> saisiesBrutes, String etape, @Nullable String numeroUnique, Instant creeLe,
        Instant modifieLe, @Nullable String demandeModifiee, @Nullable Integer versionDemande) {

    public Brouillon {
        saisiesBrutes = Map.copyOf(saisiesBrutes);
        if ((demandeModifiee == null) != (versionDemande == null)) {
            throw new IllegalArgumentException("a modification draft names the demande and its version");
        }
    }

    /** A registration draft. */
    public Brouillon(UUID id, String agent, String guichet, ContenuDemande contenu,
            Map<String, String> saisiesBrutes, String etape, @Nullable String numeroUnique, Instant creeLe,
            Instant modifieLe) {
        this(id, agent, guichet, contenu, saisiesBrutes, etape, numeroUnique, creeLe, modifieLe, null, null);
    }

    /** @return true for the modification of an existing demande, false for a registration */
    public boolean estModification() {
        return demandeModifiee != null;
    }

    /** @return true once the demande has been registered from it (it can no longer change) */
    public boolean estEnregistre() {
        return numeroUnique != null;
    }

    /** A new, empty draft. */
    public static ContenuDemande contenuVide() {
        return new ContenuDemande(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
