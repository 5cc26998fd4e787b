package fr.sne.guichet;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Profil;

/**
 * An agent's account as the registry of desks keeps it ({@code compte_agent}): who may sign in to the
 * professional web application, in which role and for which guichet or territory.
 *
 * @param identifiant his login (the {@code sub} of the embedded identity provider)
 * @param nom         display name
 * @param courriel    his professional e-mail address (how an external provider such as ProConnect names him)
 * @param role        AGENT, GESTIONNAIRE_TERRITORIAL or ADMINISTRATEUR_NATIONAL
 * @param guichet     the guichet an agent works for (with its active flag)
 * @param territoire  an agent's guichet's territory, or a gestionnaire's territory; null for the administrator
 * @param actif       false once deactivated: he may no longer sign in, and his open sessions end
 * @param profils     the per-agent profiles he holds (ADR 0026); only an agent of a guichet holds any
 */
public record Agent(String identifiant, String nom, @Nullable String courriel, String role,
        @Nullable GuichetEnregistre guichet, @Nullable String territoire, boolean actif, Set<Profil> profils) {

    public Agent {
        profils = Set.copyOf(profils);
    }

    public static final String AGENT = "AGENT";
    public static final String GESTIONNAIRE_TERRITORIAL = "GESTIONNAIRE_TERRITORIAL";
    public static final String ADMINISTRATEUR_NATIONAL = "ADMINISTRATEUR_NATIONAL";

    /** @return whether he may act now: his account active and, for an agent, his guichet active */
    public boolean peutAgir() {
        return actif && (!AGENT.equals(role) || (guichet != null && guichet.actif()));
    }
}
