package fr.sne.pro;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.sne.guichet.Agent;
import fr.sne.guichet.Agents;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * On every request of a signed-in agent, reads his account again (one indexed query): a deactivated account or
 * guichet, or a changed role, guichet or territory, ends the session at once on every instance, as a revoked API
 * client is refused at once on the API. The agent is sent to the page that says why. Profiles granted or withdrawn
 * meanwhile (ADR 0026) do not end the session: the session's agent is brought up to date and saved, so that this
 * very request already acts with the profiles his account holds now.
 */
final class FiltreCompteActif extends OncePerRequestFilter {

    private final Agents agents;
    private final SecurityContextRepository contextes;

    FiltreCompteActif(Agents agents, SecurityContextRepository contextes) {
        this.agents = agents;
        this.contextes = contextes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
            throws ServletException, IOException {
        Authentication authentification = SecurityContextHolder.getContext().getAuthentication();
        if (authentification != null && authentification.getPrincipal() instanceof AgentConnecte connecte) {
            Optional<Agent> compte = agents.parIdentifiant(connecte.identifiant());
            if (compte.filter(c -> toujoursValable(c, connecte)).isPresent()) {
                if (!compte.get().profils().equals(connecte.profils())
                        && authentification instanceof OAuth2AuthenticationToken jeton) {
                    AgentConnecte aJour = connecte.avecProfils(compte.get().profils());
                    SecurityContext contexte = SecurityContextHolder.createEmptyContext();
                    contexte.setAuthentication(new OAuth2AuthenticationToken(aJour, aJour.getAuthorities(),
                            jeton.getAuthorizedClientRegistrationId()));
                    SecurityContextHolder.setContext(contexte);
                    contextes.saveContext(contexte, requete, reponse);
                }
                suite.doFilter(requete, reponse);
                return;
            }
            SecurityContextHolder.clearContext();
            HttpSession session = requete.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            reponse.sendRedirect(requete.getContextPath() + "/pro/connexion-refusee?motif=" + ServiceAgentsOidc.COMPTE_INACTIF);
            return;
        }
        suite.doFilter(requete, reponse);
    }

    private static boolean toujoursValable(Agent compte, AgentConnecte connecte) {
        return compte.peutAgir() && compte.role().equals(connecte.role())
                && java.util.Objects.equals(compte.territoire(), connecte.territoire())
                && java.util.Objects.equals(compte.guichet() == null ? null : compte.guichet().guichet().code(),
                        connecte.guichet());
    }
}
