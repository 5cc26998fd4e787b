package fr.sne.guichet;

import java.util.Optional;

/** Look-up of agents' accounts, for the sign-in of the professional web application and each of its requests. */
public interface Agents {

    /** @return the account with this login, active or not */
    Optional<Agent> parIdentifiant(String identifiant);

    /** @return the account with this e-mail address (case-insensitive), active or not */
    Optional<Agent> parCourriel(String courriel);
}
