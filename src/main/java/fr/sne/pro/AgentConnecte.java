package fr.sne.pro;

import java.io.Serial;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.PorteurActeur;
import fr.sne.commun.acteur.Profil;
import fr.sne.guichet.Agent;

/**
 * The agent signed in to the professional web application, kept in his web session: the identity provider's
 * ID token (for the sign-out) and what SNE's own registry of accounts says of him (role, guichet, territory),
 * read at sign-in and checked again on every request ({@link FiltreCompteActif}).
 *
 * @param identifiant   his login in {@code compte_agent}
 * @param nom           display name
 * @param role          AGENT, GESTIONNAIRE_TERRITORIAL, ADMINISTRATEUR_NATIONAL
 * @param guichet       an agent's guichet code
 * @param nomGuichet    its name
 * @param typeGuichet   its type
 * @param territoire    an agent's (guichet's) or a gestionnaire's territory
 * @param profils       the per-agent profiles he holds (ADR 0026), as his account says now: read at sign-in and
 *                      brought up to date by {@link FiltreCompteActif} when an administrator changes them (a
 *                      session saved before profiles existed reads none)
 */
public record AgentConnecte(OidcIdToken idToken, String identifiant, String nom, String role,
        @Nullable String guichet, @Nullable String nomGuichet, @Nullable String typeGuichet,
        @Nullable String territoire, Set<Profil> profils) implements OidcUser, PorteurActeur, java.io.Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public AgentConnecte {
        // a HashSet or EnumSet, not Set.copyOf's, so that the session's serialised form stays plain
        profils = profils == null || profils.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(profils));
    }

    static AgentConnecte depuis(OidcIdToken jeton, Agent compte) {
        var guichet = compte.guichet();
        return new AgentConnecte(jeton, compte.identifiant(), compte.nom(), compte.role(),
                guichet == null ? null : guichet.guichet().code(), guichet == null ? null : guichet.guichet().nom(),
                guichet == null ? null : guichet.guichet().type(), compte.territoire(), compte.profils());
    }

    /** The same agent holding these profiles. */
    AgentConnecte avecProfils(Set<Profil> nouveaux) {
        return new AgentConnecte(idToken, identifiant, nom, role, guichet, nomGuichet, typeGuichet, territoire,
                nouveaux);
    }

    /** @return true when he holds this profile (for the pages: a button shown only to those who may use it) */
    public boolean detient(Profil profil) {
        return profils.contains(profil);
    }

    @Override
    public Acteur acteur() {
        return switch (role) {
            case Agent.AGENT -> Acteur.agent(identifiant, java.util.Objects.requireNonNull(guichet),
                    java.util.Objects.requireNonNull(typeGuichet), java.util.Objects.requireNonNull(territoire),
                    profils);
            case Agent.GESTIONNAIRE_TERRITORIAL ->
                Acteur.gestionnaireTerritorial(identifiant, java.util.Objects.requireNonNull(territoire));
            default -> Acteur.administrateurNational(identifiant);
        };
    }

    /** @return the labels of his profiles, for the pages */
    public String libelleProfils() {
        return String.join(", ", profils.stream().sorted().map(Profil::libelle).toList());
    }

    /** @return true for a gestionnaire territorial or the national administrator */
    public boolean administre() {
        return Agent.GESTIONNAIRE_TERRITORIAL.equals(role) || Agent.ADMINISTRATEUR_NATIONAL.equals(role);
    }

    /** @return true when he acts for a guichet (and may register a demande) */
    public boolean estAgentDeGuichet() {
        return Agent.AGENT.equals(role);
    }

    /** @return the role as the pages name it */
    public String libelleRole() {
        return switch (role) {
            case Agent.AGENT -> "Agent de guichet";
            case Agent.GESTIONNAIRE_TERRITORIAL -> "Gestionnaire territorial";
            default -> "Administration nationale";
        };
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public String getName() {
        return identifiant;
    }
}
