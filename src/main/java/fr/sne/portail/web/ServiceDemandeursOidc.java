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
 * (no family name: an agent's token, say) is refused with {@value #IDENTITE_ABSENTE}.
 */
final class ServiceDemandeursOidc implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String IDENTITE_ABSENTE = "identite_absente";

    private final OidcUserService fournisseur = new OidcUserService();
    private final ConnexionsDemandeurs connexions;

    ServiceDemandeursOidc(ConnexionsDemandeurs connexions) {
        this.connexions = connexions;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest requete) {
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
