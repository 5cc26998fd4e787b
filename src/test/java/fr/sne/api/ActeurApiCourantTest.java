package fr.sne.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;

/** The actor of an administration client's call carries what it administers. */
class ActeurApiCourantTest {

    @AfterEach
    void oublier() {
        SecurityContextHolder.clearContext();
    }

    private static Acteur acteur(String client, String territoire) {
        Jwt jwt = Jwt.withTokenValue("jeton").header("alg", "RS256").subject(client)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).claim("scope", "administration")
                .build();
        SecurityContextHolder.getContext().setAuthentication(new AuthentificationGuichet(jwt,
                List.of(new SimpleGrantedAuthority(ConvertisseurJetonGuichet.AUTORITE_ADMINISTRATION)), client, null,
                null, new AuthentificationGuichet.Administration(territoire)));
        return new ActeurApiCourant().acteur();
    }

    @Test
    void un_client_territorial_agit_sur_son_territoire_seulement_le_national_sur_tout_le_registre() {
        Acteur territorial = acteur("gt-059", "059");
        Acteur national = acteur("admin", null);

        assertThat(territorial.type()).isEqualTo(TypeActeur.GESTIONNAIRE_TERRITORIAL);
        assertThat(territorial.identifiant()).isEqualTo("gt-059");
        assertThat(territorial.territoires()).isEqualTo(Set.of("059"));
        assertThat(territorial.national()).isFalse();
        assertThat(territorial.couvre("062")).isFalse();
        assertThat(national.type()).isEqualTo(TypeActeur.ADMINISTRATEUR_NATIONAL);
        assertThat(national.national()).isTrue();
    }
}
