package fr.sne.identite;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The authorizations Spring Authorization Server needs to remember: those of the sign-in flow (authorization
 * code, then its tokens), in memory. Those of the client credentials grant are not kept: their JWTs are checked
 * by signature, and the client's state is read from the database on every call, so keeping one entry per token
 * would only grow the heap of a long-running instance.
 */
final class AutorisationsEnMemoire implements OAuth2AuthorizationService {

    private final InMemoryOAuth2AuthorizationService memoire = new InMemoryOAuth2AuthorizationService();

    @Override
    public void save(OAuth2Authorization autorisation) {
        if (!AuthorizationGrantType.CLIENT_CREDENTIALS.equals(autorisation.getAuthorizationGrantType())) {
            memoire.save(autorisation);
        }
    }

    @Override
    public void remove(OAuth2Authorization autorisation) {
        memoire.remove(autorisation);
    }

    @Override
    public @Nullable OAuth2Authorization findById(String id) {
        return memoire.findById(id);
    }

    @Override
    public @Nullable OAuth2Authorization findByToken(String jeton, @Nullable OAuth2TokenType type) {
        return memoire.findByToken(jeton, type);
    }
}
