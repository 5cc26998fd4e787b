package fr.sne.portail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.sne.ApiIT;

/**
 * The portal signed in to FranceConnect v2 as it works in production (ADR 0027, 2026-12-07), against a stand-in in the
 * test's process ({@link FranceConnectFactice}): the authorization request asks the pivot identity's scopes at the
 * level eidas1 with a state and a nonce; the user info is a JWT signed with the provider's published key (ES256),
 * read only when its signature, issuer and audience hold; the sign-out goes through the provider's end-session
 * endpoint. A forged, unsigned, misaddressed or plain JSON answer signs nobody in.
 */
class PortailFranceConnectIT extends ApiIT {

    private static final FranceConnectFactice FRANCECONNECT = new FranceConnectFactice();

    private static final String SCOPES = "openid,given_name,family_name,birthdate,birthplace,birthcountry,gender,email";

    @DynamicPropertySource
    static void franceConnect(DynamicPropertyRegistry proprietes) {
        proprietes.add("sne.portail.oidc.emetteur", FRANCECONNECT::emetteur);
        proprietes.add("sne.portail.oidc.client-id", () -> FranceConnectFactice.CLIENT_ID);
        proprietes.add("sne.portail.oidc.client-secret", () -> FranceConnectFactice.SECRET);
        proprietes.add("sne.portail.oidc.scopes", () -> SCOPES);
        proprietes.add("sne.portail.oidc.acr-values", () -> "eidas1");
        proprietes.add("sne.portail.oidc.algorithme", () -> "ES256");
    }

    @AfterAll
    static void arreter() {
        FRANCECONNECT.close();
    }

    private FranceConnectFactice.Personne personne;

    @BeforeEach
    void unePersonne() {
        personne = new FranceConnectFactice.Personne("fc-" + UUID.randomUUID(), "Amina Claire", "Benali",
                "1990-02-14", "amina.benali@exemple.fr");
        FRANCECONNECT.personne = personne;
        FRANCECONNECT.reponse = FranceConnectFactice.Reponse.SIGNEE;
    }

    private int comptes(String sujet) {
        return jdbc.sql("select count(*) from compte_demandeur where sujet = ?").param(sujet).query(Integer.class)
                .single();
    }

    @Test
    void une_reponse_signee_par_la_cle_publiee_connecte_le_demandeur_avec_l_identite_pivot_et_la_deconnexion_passe_par_franceconnect() {
        int avant = FRANCECONNECT.autorisations.size();
        NavigateurHttp navigateur = new NavigateurHttp(port);
        HttpResponse<String> liste = navigateur.get("/portail/demandes");
        assertThat(liste.uri().getPath()).as(liste.body()).isEqualTo("/portail/demandes");
        assertThat(liste.statusCode()).isEqualTo(200);
        assertThat(liste.body()).contains("Mes demandes").contains("Amina Claire Benali");

        // the authorization request: the pivot identity's scopes, eidas1, a state and a nonce of its own
        assertThat(FRANCECONNECT.autorisations).hasSize(avant + 1);
        Map<String, String> autorisation = FRANCECONNECT.autorisations.get(avant);
        assertThat(autorisation).containsEntry("response_type", "code").containsEntry("acr_values", "eidas1")
                .containsEntry("client_id", FranceConnectFactice.CLIENT_ID);
        assertThat(Arrays.asList(autorisation.get("scope").split(" ")))
                .containsExactlyInAnyOrder(SCOPES.split(","));
        assertThat(autorisation.get("state")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(autorisation.get("nonce")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(autorisation.get("redirect_uri")).endsWith("/portail/connexion/retour/franceconnect");

        // the account is FranceConnect's subject, with the identity of the signed answer
        Map<String, Object> compte = jdbc.sql("""
                select prenoms, nom, date_naissance::text as naissance, courriel from compte_demandeur
                 where sujet = ?""").param(personne.sujet()).query().singleRow();
        assertThat(compte).containsEntry("prenoms", "Amina Claire").containsEntry("nom", "Benali")
                .containsEntry("naissance", "1990-02-14").containsEntry("courriel", "amina.benali@exemple.fr");

        // the sign-out: FranceConnect's end-session endpoint with the id token, a state and the way back
        HttpResponse<String> deconnexion = navigateur.post("/portail/deconnexion", Map.of());
        assertThat(deconnexion.statusCode()).isEqualTo(302);
        URI fin = URI.create(deconnexion.headers().firstValue("Location").orElseThrow());
        assertThat(fin.getPath()).isEqualTo("/session/end");
        assertThat(fin.getAuthority()).isEqualTo(URI.create(FRANCECONNECT.emetteur()).getAuthority());
        HttpResponse<String> auRevoir = navigateur.suivre(deconnexion);
        assertThat(auRevoir.uri().getPath()).isEqualTo("/portail/au-revoir");
        Map<String, String> finSession = FRANCECONNECT.finsDeSession.getLast();
        assertThat(finSession.get("id_token_hint")).isEqualTo(FRANCECONNECT.jetonsIdentite.getLast());
        assertThat(finSession.get("state")).isNotBlank();
        assertThat(URLDecoder.decode(finSession.get("post_logout_redirect_uri"), StandardCharsets.UTF_8))
                .isEqualTo("http://localhost:" + port + "/portail/au-revoir");
        assertThat(navigateur.getSansSuivre("/portail/demandes").statusCode()).isEqualTo(302);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "SIGNATURE_FORGEE, informations_invalides",
        "ALG_NONE, informations_invalides",
        "AUTRE_AUDIENCE, informations_invalides",
        "JSON, informations_non_signees",
        "JETON_IDENTITE_FORGE, invalid_id_token",
        "NIVEAU_FAIBLE, niveau_insuffisant"})
    void une_reponse_que_la_cle_publiee_ne_garantit_pas_ne_connecte_personne(FranceConnectFactice.Reponse reponse,
            String motif) {
        FRANCECONNECT.reponse = reponse;
        NavigateurHttp navigateur = new NavigateurHttp(port);
        HttpResponse<String> refus = navigateur.get("/portail/demandes");

        assertThat(refus.uri().getPath()).as(refus.body()).isEqualTo("/portail/connexion-refusee");
        assertThat(refus.uri().getQuery()).isEqualTo("motif=" + motif);
        assertThat(refus.statusCode()).isEqualTo(200);
        assertThat(refus.body()).contains("pas pu vérifier votre identité auprès de FranceConnect")
                .doesNotContain("Benali");
        // nobody signed in, no account, no sign-in recorded
        assertThat(comptes(personne.sujet())).isZero();
        HttpResponse<String> liste = navigateur.getSansSuivre("/portail/demandes");
        assertThat(liste.statusCode()).isEqualTo(302);
        assertThat(liste.headers().firstValue("Location").orElseThrow()).endsWith("/portail/connexion/franceconnect");
    }
}
