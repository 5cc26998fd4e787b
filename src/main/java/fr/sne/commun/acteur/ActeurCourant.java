package fr.sne.commun.acteur;

/**
 * The actor of the current request, as the edge that authenticated it knows it (a bearer token on the API, a
 * web session in the web applications). Inject it in adapters (controllers), never in use cases: a use case
 * receives its {@link Acteur} as an argument, so that nightly passes and tests can call it too.
 */
public interface ActeurCourant {

    /**
     * @return the authenticated actor
     * @throws fr.sne.commun.AccesRefuseException if the request's authentication may not act
     */
    Acteur acteur();
}
