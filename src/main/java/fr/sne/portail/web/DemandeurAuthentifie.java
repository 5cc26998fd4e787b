package fr.sne.portail.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import fr.sne.portail.domaine.IdentiteDemandeur;

/**
 * The applicant signed in to the portal, kept in the session under {@code SNE_PORTAIL_SECURITE}: the provider's ID
 * token (for the sign-out), his account and the identity the provider vouched for. The demandes attached to his
 * account are not kept here: {@link DemandeurConnecte} reads them at each request.
 */
record DemandeurAuthentifie(OidcIdToken idToken, UUID compte, IdentiteDemandeur identite)
        implements OidcUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

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
        return List.of(new SimpleGrantedAuthority("ROLE_DEMANDEUR"));
    }

    @Override
    public String getName() {
        return compte.toString();
    }
}
