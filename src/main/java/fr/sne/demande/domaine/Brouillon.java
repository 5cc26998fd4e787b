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
 * @param numeroUnique   the numéro of the demande registered from it, once registered
 */
public record Brouillon(UUID id, String agent, String guichet, ContenuDemande contenu,
        Map<String, String> saisiesBrutes, String etape, @Nullable String numeroUnique, Instant creeLe,
        Instant modifieLe) {

    public Brouillon {
        saisiesBrutes = Map.copyOf(saisiesBrutes);
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
