package fr.sne.identite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import fr.sne.commun.HorlogeReglable;

class AutorisationsEnMemoireTest {

    private static final RegisteredClient CLIENT = RegisteredClient.withId("sne-portail").clientId("sne-portail")
            .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("http://localhost/retour").build();

    private final HorlogeReglable horloge = HorlogeReglable.depuis(Clock.systemUTC(),
            Instant.parse("2026-12-07T20:00:00Z"));
    private final AutorisationsEnMemoire autorisations = new AutorisationsEnMemoire(horloge);

    private OAuth2Authorization enCours(int i) {
        Instant maintenant = horloge.instant();
        return OAuth2Authorization.withRegisteredClient(CLIENT).id("a" + i).principalName("demandeur-" + i)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .attribute(OAuth2ParameterNames.STATE, "etat-" + i)
                .token(new OAuth2AuthorizationCode("code-" + i, maintenant, maintenant.plus(Duration.ofMinutes(5))))
                .build();
    }

    @Test
    void deux_cents_cinquante_connexions_en_cours_a_la_fois_gardent_chacune_son_code() throws Exception {
        try (ExecutorService fils = Executors.newFixedThreadPool(8)) {
            List<Future<?>> faits = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                int n = i;
                faits.add(fils.submit(() -> autorisations.save(enCours(n))));
            }
            for (Future<?> f : faits) {
                f.get();
            }
        }
        for (int i = 0; i < 250; i++) {
            OAuth2Authorization trouvee = autorisations.findByToken("code-" + i,
                    new OAuth2TokenType(OAuth2ParameterNames.CODE));
            assertThat(trouvee).as("code-" + i).isNotNull();
            assertThat(trouvee.getPrincipalName()).isEqualTo("demandeur-" + i);
            assertThat(autorisations.findByToken("etat-" + i, new OAuth2TokenType(OAuth2ParameterNames.STATE)))
                    .isNotNull();
        }
        // a value is found only as what it is
        assertThat(autorisations.findByToken("code-1", OAuth2TokenType.ACCESS_TOKEN)).isNull();
        assertThat(autorisations.findByToken("etat-1", new OAuth2TokenType(OAuth2ParameterNames.CODE))).isNull();
        assertThat(autorisations.findByToken("inconnu", null)).isNull();
    }

    @Test
    void le_code_echange_l_autorisation_se_retrouve_par_son_jeton_et_plus_par_l_ancienne_valeur_remplacee() {
        OAuth2Authorization a = enCours(1);
        autorisations.save(a);
        Instant maintenant = horloge.instant();
        OAuth2Authorization echangee = OAuth2Authorization.from(a).attributes(attributs -> attributs.remove(
                OAuth2ParameterNames.STATE))
                .token(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "jeton-1", maintenant,
                        maintenant.plus(Duration.ofMinutes(30))))
                .build();
        autorisations.save(echangee);
        assertThat(autorisations.findByToken("jeton-1", OAuth2TokenType.ACCESS_TOKEN)).isNotNull();
        assertThat(autorisations.findByToken("etat-1", null)).isNull();
        assertThat(autorisations.findById("a1")).isNotNull();
        autorisations.remove(echangee);
        assertThat(autorisations.findById("a1")).isNull();
        assertThat(autorisations.findByToken("jeton-1", null)).isNull();
    }

    @Test
    void une_connexion_abandonnee_s_en_va_apres_l_expiration_de_ses_jetons_et_la_memoire_ne_grandit_pas() {
        for (int i = 0; i < 100; i++) {
            autorisations.save(enCours(i));
        }
        assertThat(autorisations.taille()).isEqualTo(100);
        horloge.avancer(AutorisationsEnMemoire.SANS_JETON.plusMinutes(1));
        assertThat(autorisations.findByToken("code-3", null)).isNull();
        assertThat(autorisations.findById("a3")).isNull();
        for (int i = 100; i < 200; i++) {
            autorisations.save(enCours(i));
        }
        // the first hundred, expired, were purged on the way; the second hundred stay
        assertThat(autorisations.taille()).isEqualTo(100);
        assertThat(autorisations.findByToken("code-150", null)).isNotNull();
    }

    @Test
    void les_jetons_du_client_api_ne_sont_pas_gardes() {
        OAuth2Authorization api = OAuth2Authorization.withRegisteredClient(CLIENT).id("api")
                .principalName("client").authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .token(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "jeton-api", horloge.instant(),
                        horloge.instant().plusSeconds(60)))
                .build();
        autorisations.save(api);
        assertThat(autorisations.taille()).isZero();
        assertThat(autorisations.findByToken("jeton-api", null)).isNull();
    }
}
