package fr.sne.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import fr.sne.guichet.ClientApiEnregistre;
import fr.sne.guichet.Guichet;
import fr.sne.guichet.GuichetEnregistre;

class ConvertisseurJetonGuichetTest {

    private static final Guichet LILLE = new Guichet("G5901", "Habitat du Nord", "BAILLEUR", "059",
            List.of("12 rue des Tisserands", "59000 Lille"), "03 53 01 59 01");
    private static final Guichet ARRAS = new Guichet("G6209", "Ancien guichet", "COMMUNE", "062", List.of(), null);

    /** An in-memory registry: G5901 active, G6209 inactive. */
    private final Map<String, GuichetEnregistre> registre = Map.of(
            "G5901", new GuichetEnregistre(LILLE, true),
            "G6209", new GuichetEnregistre(ARRAS, false));

    private final ConvertisseurJetonGuichet convertisseur = new ConvertisseurJetonGuichet(
            new LectureJeton("guichet", "territoire"), code -> Optional.ofNullable(registre.get(code)));

    private static Jwt.Builder jeton() {
        return Jwt.withTokenValue("jeton")
                .header("alg", "RS256")
                .subject("client-lille")
                .issuedAt(Instant.parse("2025-01-01T10:00:00Z"))
                .expiresAt(Instant.parse("2025-01-01T11:00:00Z"));
    }

    @Test
    void un_jeton_de_guichet_actif_donne_le_guichet_du_registre_et_ses_autorites() {
        Jwt jwt = jeton().claim("guichet", "G5901").claim("territoire", "059").claim("scope", "demandes").build();

        AuthentificationGuichet authentification = (AuthentificationGuichet) convertisseur.convert(jwt);

        assertThat(authentification.guichet()).isEqualTo(LILLE);
        assertThat(authentification.refus()).isNull();
        assertThat(authentification.getName()).isEqualTo("client-lille");
        assertThat(authentification.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains(AuthentificationGuichet.GUICHET_ACTIF, "SCOPE_demandes");
    }

    @Test
    void le_territoire_est_facultatif_dans_le_jeton_et_vient_alors_du_registre() {
        Jwt jwt = jeton().claim("guichet", "G5901").build();

        AuthentificationGuichet authentification = (AuthentificationGuichet) convertisseur.convert(jwt);

        assertThat(authentification.guichet()).isNotNull();
        assertThat(authentification.guichet().territoire()).isEqualTo("059");
    }

    @Test
    void un_guichet_inactif_ou_inconnu_est_refuse_sans_autorite_guichet() {
        AuthentificationGuichet inactif = (AuthentificationGuichet) convertisseur
                .convert(jeton().claim("guichet", "G6209").build());
        AuthentificationGuichet inconnu = (AuthentificationGuichet) convertisseur
                .convert(jeton().claim("guichet", "G0000").build());

        assertThat(inactif.guichet()).isNull();
        assertThat(inactif.refus()).extracting(Refus::code).isEqualTo("GUICHET_INACTIF");
        assertThat(inconnu.refus()).extracting(Refus::code).isEqualTo("GUICHET_INCONNU");
        assertThat(inactif.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .doesNotContain(AuthentificationGuichet.GUICHET_ACTIF);
    }

    @Test
    void un_territoire_contredisant_le_registre_est_refuse() {
        AuthentificationGuichet authentification = (AuthentificationGuichet) convertisseur
                .convert(jeton().claim("guichet", "G5901").claim("territoire", "062").build());

        assertThat(authentification.refus()).extracting(Refus::code).isEqualTo("TERRITOIRE_INCOHERENT");
        assertThat(authentification.refus().message()).contains("062", "059");
    }

    @Test
    void un_claim_guichet_absent_ou_mal_forme_rend_le_jeton_invalide() {
        assertThatThrownBy(() -> convertisseur.convert(jeton().claim("territoire", "059").build()))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("guichet");
        assertThatThrownBy(() -> convertisseur.convert(jeton().claim("guichet", "59001").build()))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> convertisseur.convert(jeton().claim("guichet", List.of("G5901")).build()))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> convertisseur.convert(jeton().claim("guichet", "G5901").claim("territoire", "59")
                .build())).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void les_noms_de_claims_sont_configurables() {
        ConvertisseurJetonGuichet autreEmetteur = new ConvertisseurJetonGuichet(
                new LectureJeton("sne_guichet", "sne_territoire"), code -> Optional.ofNullable(registre.get(code)));

        AuthentificationGuichet authentification = (AuthentificationGuichet) autreEmetteur
                .convert(jeton().claim("sne_guichet", "G5901").claim("sne_territoire", "059").build());

        assertThat(authentification.guichet()).isEqualTo(LILLE);
        assertThatThrownBy(() -> autreEmetteur.convert(jeton().claim("guichet", "G5901").build()))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void les_territoires_corses_et_ultramarins_sont_acceptes() {
        LectureJeton lecture = new LectureJeton("guichet", "territoire");

        assertThat(lecture.lire(jeton().claim("guichet", "G2A01").claim("territoire", "02A").build()).territoire())
                .isEqualTo("02A");
        assertThat(lecture.lire(jeton().claim("guichet", "G9710").claim("territoire", "971").build()).territoire())
                .isEqualTo("971");
    }

    @Test
    void le_jeton_d_un_client_revoque_est_refuse_et_perd_ses_autorites() {
        ConvertisseurJetonGuichet avecClients = new ConvertisseurJetonGuichet(new LectureJeton("guichet", "territoire"),
                (code, client) -> Optional.of(new GuichetEnregistre(LILLE, true, !"client-revoque".equals(client))),
                client -> Optional.empty());

        AuthentificationGuichet revoque = (AuthentificationGuichet) avecClients.convert(jeton()
                .claim("client_id", "client-revoque").claim("guichet", "G5901").claim("scope", "demandes").build());
        AuthentificationGuichet actif = (AuthentificationGuichet) avecClients.convert(jeton()
                .claim("client_id", "client-lille").claim("guichet", "G5901").claim("scope", "demandes").build());

        assertThat(revoque.guichet()).isNull();
        assertThat(revoque.refus()).extracting(Refus::code).isEqualTo("CLIENT_REVOQUE");
        assertThat(revoque.getAuthorities()).isEmpty();
        assertThat(actif.guichet()).isEqualTo(LILLE);
    }

    @Test
    void un_jeton_d_exploitation_sans_guichet_garde_son_scope_sauf_client_revoque() {
        Map<String, Boolean> etats = Map.of("exploitation", true, "exploitation-revoque", false);
        ConvertisseurJetonGuichet avecClients = new ConvertisseurJetonGuichet(new LectureJeton("guichet", "territoire"),
                (code, client) -> Optional.empty(),
                client -> Optional.ofNullable(etats.get(client)).map(actif -> new ClientApiEnregistre(actif, null)));

        AuthentificationGuichet exploitation = (AuthentificationGuichet) avecClients
                .convert(jeton().subject("exploitation").claim("scope", "exploitation").build());
        AuthentificationGuichet revoque = (AuthentificationGuichet) avecClients
                .convert(jeton().subject("exploitation-revoque").claim("scope", "exploitation").build());

        assertThat(exploitation.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(ConvertisseurJetonGuichet.AUTORITE_EXPLOITATION);
        assertThat(exploitation.refus()).extracting(Refus::code).isEqualTo("CLIENT_SANS_GUICHET");
        assertThat(revoque.getAuthorities()).isEmpty();
        assertThat(revoque.refus()).extracting(Refus::code).isEqualTo("CLIENT_REVOQUE");
        assertThatThrownBy(() -> avecClients.convert(jeton().claim("scope", "demandes").build()))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void un_client_d_administration_porte_le_territoire_du_registre_aucun_pour_le_national() {
        Map<String, ClientApiEnregistre> clients = Map.of("gt-059", new ClientApiEnregistre(true, "059"),
                "admin", new ClientApiEnregistre(true, null), "gt-062-revoque", new ClientApiEnregistre(false, "062"));
        ConvertisseurJetonGuichet avecClients = new ConvertisseurJetonGuichet(new LectureJeton("guichet", "territoire"),
                (code, client) -> Optional.empty(), client -> Optional.ofNullable(clients.get(client)));

        AuthentificationGuichet territorial = (AuthentificationGuichet) avecClients
                .convert(jeton().subject("gt-059").claim("scope", "administration").build());
        AuthentificationGuichet national = (AuthentificationGuichet) avecClients
                .convert(jeton().subject("admin").claim("scope", "administration").build());
        AuthentificationGuichet revoque = (AuthentificationGuichet) avecClients
                .convert(jeton().subject("gt-062-revoque").claim("scope", "administration").build());
        AuthentificationGuichet exploitation = (AuthentificationGuichet) avecClients
                .convert(jeton().subject("admin").claim("scope", "exploitation").build());

        assertThat(territorial.administration()).isEqualTo(new AuthentificationGuichet.Administration("059"));
        assertThat(territorial.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(ConvertisseurJetonGuichet.AUTORITE_ADMINISTRATION);
        assertThat(national.administration()).isEqualTo(new AuthentificationGuichet.Administration(null));
        assertThat(revoque.administration()).isNull();
        assertThat(revoque.getAuthorities()).isEmpty();
        assertThat(exploitation.administration()).isNull();
    }

    @Test
    void un_territoire_d_administration_contredisant_le_registre_est_refuse_celui_du_jeton_vaut_hors_registre() {
        ConvertisseurJetonGuichet avecClients = new ConvertisseurJetonGuichet(new LectureJeton("guichet", "territoire"),
                (code, client) -> Optional.empty(),
                client -> "admin".equals(client) ? Optional.of(new ClientApiEnregistre(true, null)) : Optional.empty());

        AuthentificationGuichet contredit = (AuthentificationGuichet) avecClients.convert(jeton().subject("admin")
                .claim("scope", "administration").claim("territoire", "059").build());
        AuthentificationGuichet externe = (AuthentificationGuichet) avecClients.convert(jeton()
                .subject("gt-externe").claim("scope", "administration").claim("territoire", "062").build());

        assertThat(contredit.getAuthorities()).isEmpty();
        assertThat(contredit.administration()).isNull();
        assertThat(contredit.refus()).extracting(Refus::code).isEqualTo("TERRITOIRE_INCOHERENT");
        assertThat(externe.administration()).isEqualTo(new AuthentificationGuichet.Administration("062"));
        assertThatThrownBy(() -> avecClients.convert(jeton().subject("gt-externe").claim("scope", "administration")
                .claim("territoire", "59").build())).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void les_habilitations_viennent_du_registre_restreintes_aux_scopes_du_jeton_qui_en_nomment() {
        ConvertisseurJetonGuichet avecRegistre = new ConvertisseurJetonGuichet(new LectureJeton("guichet", "territoire"),
                (code, client) -> Optional.of(new GuichetEnregistre(LILLE, true, true,
                        java.util.Set.of(fr.sne.guichet.Habilitation.DEMANDES))),
                client -> Optional.empty());

        AuthentificationGuichet pretendu = (AuthentificationGuichet) avecRegistre.convert(jeton()
                .claim("guichet", "G5901").claim("scope", "demandes exports").build());
        AuthentificationGuichet restreint = (AuthentificationGuichet) avecRegistre.convert(jeton()
                .claim("guichet", "G5901").claim("scope", "exports").build());
        AuthentificationGuichet sansScope = (AuthentificationGuichet) avecRegistre.convert(jeton()
                .claim("guichet", "G5901").claim("scp", List.of("openid")).build());

        assertThat(pretendu.habilitations()).containsExactly(fr.sne.guichet.Habilitation.DEMANDES);
        assertThat(restreint.habilitations()).isEmpty();
        assertThat(sansScope.habilitations()).containsExactly(fr.sne.guichet.Habilitation.DEMANDES);
        // a refused token holds none, whatever the registry says
        assertThat(((AuthentificationGuichet) convertisseur.convert(jeton().claim("guichet", "G6209").build()))
                .habilitations()).isEmpty();
    }
}
