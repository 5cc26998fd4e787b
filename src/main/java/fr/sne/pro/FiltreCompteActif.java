package fr.sne.pro;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
 * client is refused at once on the API. The agent is sent to the page that says why.
 */
final class FiltreCompteActif extends OncePerRequestFilter {

    private final Agents agents;

    FiltreCompteActif(Agents agents) {
        this.agents = agents;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
            throws ServletException, IOException {
        Authentication authentification = SecurityContextHolder.getContext().getAuthentication();
        if (authentification != null && authentification.getPrincipal() instanceof AgentConnecte connecte
                && !toujoursValable(connecte)) {
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

    private boolean toujoursValable(AgentConnecte connecte) {
        return agents.parIdentifiant(connecte.identifiant())
                .filter(Agent::peutAgir)
                .map(compte -> compte.role().equals(connecte.role())
                        && java.util.Objects.equals(compte.territoire(), connecte.territoire())
                        && java.util.Objects.equals(compte.guichet() == null ? null : compte.guichet().guichet().code(),
                                connecte.guichet()))
                .orElse(false);
    }
}
