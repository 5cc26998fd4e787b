package fr.sne.pro;

import org.springframework.core.env.Environment;

import fr.sne.commun.web.EnregistrementOidc;

/**
 * The one OpenID Connect provider of the professional application, as the registration {@value #ID}
 * ({@link EnregistrementOidc}, built when first needed): the embedded provider of the default run (no
 * {@code sne.web.oidc.emetteur}, a public client with PKCE), or an external provider (ProConnect in production) read
 * from its discovery document at the first sign-in.
 */
final class ClientOidc {

    static final String ID = "sne";

    private ClientOidc() {
    }

    static EnregistrementOidc creer(WebProperties.Oidc reglages, Environment environnement) {
        return new EnregistrementOidc(enregistrement(reglages), environnement);
    }

    /** Whether the agents sign in at the embedded provider (no {@code sne.web.oidc.emetteur}). */
    static boolean fournisseurIntegre(WebProperties.Oidc reglages) {
        return enregistrement(reglages).fournisseurIntegre();
    }

    private static EnregistrementOidc.Reglages enregistrement(WebProperties.Oidc reglages) {
        return new EnregistrementOidc.Reglages(ID, reglages.emetteur(), reglages.clientId(), reglages.clientSecret(),
                reglages.scopes(), "{baseUrl}/login/oauth2/code/{registrationId}", "SNE");
    }
}
