package fr.sne.portail.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import fr.sne.portail.application.ConnexionsDemandeurs;
import fr.sne.portail.domaine.IdentiteDemandeur;

/**
 * After the provider has authenticated a person: his account on the portal is the provider's subject, created at his
 * first sign-in, and each sign-in is recorded. A person the provider vouches for without FranceConnect's identity
 * (no family name: an agent's token, say) is refused with {@value #IDENTITE_ABSENTE}; with FranceConnect, an id token
 * whose level of assurance ({@code acr}) is not one asked for ({@code sne.portail.oidc.acr-values}) with
 * {@value #NIVEAU_INSUFFISANT}. The user info is always asked for (FranceConnect's scopes are the pivot identity's
 * claims, not {@code profile}), and read by {@link InformationsSignees}.
 */
final class ServiceDemandeursOidc implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String IDENTITE_ABSENTE = "identite_absente";

    static final String NIVEAU_INSUFFISANT = "niveau_insuffisant";

    private final OidcUserService fournisseur = new OidcUserService();
    private final ConnexionsDemandeurs connexions;
    private final PortailProperties.Oidc reglages;

    ServiceDemandeursOidc(ConnexionsDemandeurs connexions, PortailProperties.Oidc reglages) {
        this.connexions = connexions;
        this.reglages = reglages;
        fournisseur.setOauth2UserService(new InformationsSignees(reglages));
        fournisseur.setRetrieveUserInfo(requete -> {
            String adresse = requete.getClientRegistration().getProviderDetails().getUserInfoEndpoint().getUri();
            return adresse != null && !adresse.isBlank();
        });
    }

    @Override
    public OidcUser loadUser(OidcUserRequest requete) {
        if (!ClientFranceConnect.fournisseurIntegre(reglages) && !reglages.acrValues().isEmpty()
                && !reglages.acrValues().contains(requete.getIdToken().getClaimAsString("acr"))) {
            throw new OAuth2AuthenticationException(new OAuth2Error(NIVEAU_INSUFFISANT,
                    "Le fournisseur d'identité n'a pas authentifié la personne au niveau demandé.", null));
        }
        OidcUser personne = fournisseur.loadUser(requete);
        String nom = personne.getFamilyName();
        if (nom == null || nom.isBlank() || personne.getClaims().containsKey("role")) {
            throw new OAuth2AuthenticationException(new OAuth2Error(IDENTITE_ABSENTE,
                    "Le fournisseur d'identité n'a pas transmis l'identité d'un demandeur.", null));
        }
        IdentiteDemandeur identite = new IdentiteDemandeur(personne.getGivenName(), nom,
                date(personne.getBirthdate()), personne.getEmail());
        return new DemandeurAuthentifie(personne.getIdToken(), connexions.connecter(personne.getSubject(), identite),
                identite);
    }

    private static @Nullable LocalDate date(@Nullable String valeur) {
        if (valeur == null) {
            return null;
        }
        try {
            return LocalDate.parse(valeur);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
