package fr.sne.portail.web;

import org.springframework.core.env.Environment;

import fr.sne.commun.web.EnregistrementOidc;

/**
 * The portal's one OpenID Connect provider, as the registration {@value #ID} ({@link EnregistrementOidc}, built at the
 * first sign-in): FranceConnect in production ({@code sne.portail.oidc.emetteur}), otherwise the embedded provider
 * (public client with PKCE). Not a bean: the agents' application has its own repository, and each chain is given its
 * own.
 */
final class ClientFranceConnect {

    static final String ID = "franceconnect";

    /** Where the sign-in starts ({@code <base>/franceconnect}). */
    static final String BASE_AUTORISATION = "/portail/connexion";

    /** Where the provider sends the applicant back. */
    static final String RETOUR = "/portail/connexion/retour/";

    private ClientFranceConnect() {
    }

    static EnregistrementOidc creer(PortailProperties.Oidc reglages, Environment environnement) {
        return new EnregistrementOidc(enregistrement(reglages), environnement);
    }

    /** Whether the applicants sign in at the embedded provider (no {@code sne.portail.oidc.emetteur}). */
    static boolean fournisseurIntegre(PortailProperties.Oidc reglages) {
        return enregistrement(reglages).fournisseurIntegre();
    }

    private static EnregistrementOidc.Reglages enregistrement(PortailProperties.Oidc reglages) {
        return new EnregistrementOidc.Reglages(ID, reglages.emetteur(), reglages.clientId(), reglages.clientSecret(),
                reglages.scopes(), "{baseUrl}" + RETOUR + "{registrationId}", "SNE — portail du demandeur");
    }
}
