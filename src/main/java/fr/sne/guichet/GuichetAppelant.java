package fr.sne.guichet;

/**
 * The guichet on whose behalf the current request is made, read from the bearer token of the request.
 * Inject it in web controllers; call {@link #guichet()} while handling a request.
 */
public interface GuichetAppelant {

    /**
     * @return the calling guichet (known and active, checked by the security filter chain)
     * @throws org.springframework.security.core.AuthenticationException if the request carries no authentication
     * @throws fr.sne.commun.AccesRefuseException if the authentication is not that of an active guichet
     */
    Guichet guichet();
}
