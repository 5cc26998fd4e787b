package fr.sne.pro;

import java.util.Optional;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import fr.sne.guichet.Agent;
import fr.sne.guichet.Agents;

/**
 * After the provider has authenticated a person, SNE decides who he is here: his account in {@code compte_agent}
 * (by login or by e-mail address, {@link WebProperties.Correspondance}), active, and for an agent with an
 * active guichet. Anyone else is refused with the code {@value #COMPTE_INCONNU} or {@value #COMPTE_INACTIF}:
 * being known to ProConnect does not make one an agent of the registry.
 */
final class ServiceAgentsOidc implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String COMPTE_INCONNU = "compte_inconnu";
    static final String COMPTE_INACTIF = "compte_inactif";

    private final OidcUserService fournisseur = new OidcUserService();
    private final Agents agents;
    private final WebProperties.Correspondance correspondance;

    ServiceAgentsOidc(Agents agents, WebProperties.Correspondance correspondance) {
        this.agents = agents;
        this.correspondance = correspondance;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest requete) {
        OidcUser personne = fournisseur.loadUser(requete);
        Optional<Agent> compte = switch (correspondance) {
            case IDENTIFIANT -> agents.parIdentifiant(personne.getSubject());
            case COURRIEL -> Optional.ofNullable(personne.getEmail()).flatMap(agents::parCourriel);
        };
        Agent agent = compte.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(COMPTE_INCONNU,
                "Aucun compte d'agent du SNE ne correspond à cette identité.", null)));
        if (!agent.peutAgir()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(COMPTE_INACTIF,
                    "Ce compte, ou son guichet, est désactivé.", null));
        }
        return AgentConnecte.depuis(personne.getIdToken(), agent);
    }
}
