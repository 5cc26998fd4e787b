package fr.sne.guichet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.sne.TestIntegration;
import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.guichet.administration.ActionAdministration;
import fr.sne.guichet.administration.Administration.Evenement;
import fr.sne.guichet.administration.Administration.SaisieClientApi;
import fr.sne.guichet.administration.Administration.SaisieGuichet;
import fr.sne.guichet.administration.Administration.SaisieHabilitations;
import fr.sne.guichet.administration.Administration.SecretRevele;
import fr.sne.guichet.administration.ChangerHabilitationsClientApi;
import fr.sne.guichet.administration.ConsulterGuichets;
import fr.sne.guichet.administration.CreerClientApi;
import fr.sne.guichet.administration.CreerGuichet;
import fr.sne.guichet.administration.RevoquerClientApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Habilitations per capability (ADR 0017), on the real database and HTTP: each operation needs one, read on every
 * call from SNE's record of the client, so that a withdrawal holds from the very next call with a token issued
 * before; the token request grants only what the client holds; a gestionnaire grants to his territory's clients
 * only.
 */
@TestIntegration
class HabilitationsIT {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DEMANDES = "/v1.0/test/moi";
    private static final String EXPORTS = "/v1.0/exports/essai-habilitation";

    private final Acteur nord = Acteur.gestionnaireTerritorial("gestionnaire-059", "059");
    private final Acteur pasDeCalais = Acteur.gestionnaireTerritorial("gestionnaire-062", "062");
    private final Acteur national = Acteur.administrateurNational("admin-national");

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CreerGuichet creerGuichet;
    @Autowired
    CreerClientApi creerClientApi;
    @Autowired
    RevoquerClientApi revoquerClientApi;
    @Autowired
    ChangerHabilitationsClientApi habilitations;
    @Autowired
    ConsulterGuichets consulter;

    private final HttpClient http = HttpClient.newHttpClient();

    record Reponse(int statut, JsonNode corps, String authentification) {
    }

    @Test
    void un_client_de_demo_habilite_aux_deux_appelle_les_demandes_et_les_exports() throws Exception {
        String jeton = jeton("demo-g5902", "demo-g5902-secret", null);

        assertThat(get(DEMANDES, jeton).statut()).isEqualTo(200);
        Reponse exports = get(EXPORTS, jeton);
        assertThat(exports.statut()).isEqualTo(200);
        assertThat(exports.corps().get("guichet").asString()).isEqualTo("G5902");
    }

    @Test
    void un_client_habilite_aux_demandes_seulement_est_refuse_aux_exports_avec_le_code_qui_la_nomme()
            throws Exception {
        Reponse octroi = demanderJeton("demo-g5902-demandes", "demo-g5902-demandes-secret", null);
        assertThat(octroi.statut()).isEqualTo(200);
        assertThat(octroi.corps().get("scope").asString()).isEqualTo("demandes");
        String jeton = octroi.corps().get("access_token").asString();

        assertThat(get(DEMANDES, jeton).statut()).isEqualTo(200);
        Reponse refus = get(EXPORTS, jeton);
        assertThat(refus.statut()).isEqualTo(403);
        assertThat(refus.corps().get("code").asString()).isEqualTo("HABILITATION_MANQUANTE");
        assertThat(refus.corps().get("habilitation").asString()).isEqualTo("exports");
        assertThat(refus.corps().get("detail").asString()).contains("« exports »");
        assertThat(refus.authentification()).startsWith("Bearer").contains("error=\"insufficient_scope\"",
                "scope=\"exports\"");
    }

    @Test
    void la_demande_de_jeton_refuse_un_scope_que_le_client_ne_detient_pas_et_restreint_le_jeton_a_celui_demande()
            throws Exception {
        Reponse horsHabilitation = demanderJeton("demo-g5902-demandes", "demo-g5902-demandes-secret", "exports");
        assertThat(horsHabilitation.statut()).isEqualTo(400);
        assertThat(horsHabilitation.corps().get("error").asString()).isEqualTo("invalid_scope");
        assertThat(horsHabilitation.corps().has("access_token")).isFalse();

        // a client holding both asks a token for demandes only: that token does not export
        Reponse restreint = demanderJeton("demo-g5902", "demo-g5902-secret", "demandes");
        assertThat(restreint.corps().get("scope").asString()).isEqualTo("demandes");
        String jeton = restreint.corps().get("access_token").asString();
        assertThat(get(DEMANDES, jeton).statut()).isEqualTo(200);
        assertThat(get(EXPORTS, jeton).corps().get("habilitation").asString()).isEqualTo("exports");
    }

    @Test
    void une_habilitation_retiree_est_refusee_des_l_appel_suivant_meme_avec_un_jeton_emis_avant() throws Exception {
        String code = guichet(nord);
        SecretRevele client = creerClientApi.executer(nord, code, new SaisieClientApi("habilite-" + code));
        assertThat(habilitations.executer(nord, code, client.identifiant(),
                new SaisieHabilitations(List.of("demandes", "exports")))).isTrue();
        String jeton = jeton(client.identifiant(), client.valeur(), null);
        assertThat(get(DEMANDES, jeton).statut()).isEqualTo(200);
        assertThat(get(EXPORTS, jeton).statut()).isEqualTo(200);

        assertThat(habilitations.executer(nord, code, client.identifiant(),
                new SaisieHabilitations(List.of("demandes")))).isTrue();

        Reponse refus = get(EXPORTS, jeton);
        assertThat(refus.statut()).isEqualTo(403);
        assertThat(refus.corps().get("code").asString()).isEqualTo("HABILITATION_MANQUANTE");
        assertThat(refus.corps().get("habilitation").asString()).isEqualTo("exports");
        assertThat(get(DEMANDES, jeton).statut()).isEqualTo(200);

        // every box unticked: not even demandes, with the same token; the record is the only authority
        assertThat(habilitations.executer(nord, code, client.identifiant(), new SaisieHabilitations(null))).isTrue();
        Reponse sansDemandes = get(DEMANDES, jeton);
        assertThat(sansDemandes.statut()).isEqualTo(403);
        assertThat(sansDemandes.corps().get("habilitation").asString()).isEqualTo("demandes");
        // the XML contract's schemas need no capability: whichever a client uses them with (ADR 0021)
        HttpResponse<String> schema = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/v1.0/xsd/demande-1.0.xsd")).header("Authorization", "Bearer " + jeton).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.body()).contains("targetNamespace=\"urn:sne:demande:1.0\"");
        // the same form again changes nothing
        assertThat(habilitations.executer(nord, code, client.identifiant(), new SaisieHabilitations(null))).isFalse();
        // a client holding none still gets a token, without scope, that reaches nothing
        Reponse sansScope = demanderJeton(client.identifiant(), client.valeur(), null);
        assertThat(sansScope.statut()).isEqualTo(200);
        assertThat(sansScope.corps().has("scope")).isFalse();
        assertThat(get(EXPORTS, sansScope.corps().get("access_token").asString()).statut()).isEqualTo(403);

        assertThat(habilitations.executer(nord, code, client.identifiant(),
                new SaisieHabilitations(List.of("demandes")))).isTrue();
        assertThat(get(DEMANDES, jeton).statut()).isEqualTo(200);
        assertThat(consulter.fiche(nord, code).journal()).extracting(Evenement::action, Evenement::objet)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple(ActionAdministration.HABILITATION_ACCORDEE,
                                client.identifiant() + " : demandes"),
                        org.assertj.core.groups.Tuple.tuple(ActionAdministration.HABILITATION_RETIREE,
                                client.identifiant() + " : demandes"),
                        org.assertj.core.groups.Tuple.tuple(ActionAdministration.HABILITATION_RETIREE,
                                client.identifiant() + " : exports"),
                        org.assertj.core.groups.Tuple.tuple(ActionAdministration.HABILITATION_ACCORDEE,
                                client.identifiant() + " : exports"));
    }

    @Test
    void le_gestionnaire_du_062_ne_peut_rien_accorder_a_un_client_du_059_et_le_national_le_peut() {
        String code = guichet(nord);
        SecretRevele client = creerClientApi.executer(nord, code, new SaisieClientApi("nordiste-" + code));
        long journal = lignes("journal_administration");

        assertThatThrownBy(() -> habilitations.executer(pasDeCalais, code, client.identifiant(),
                new SaisieHabilitations(List.of("demandes", "exports"))))
                .isInstanceOf(RessourceIntrouvableException.class);
        assertThatThrownBy(() -> habilitations.fiche(pasDeCalais, code, client.identifiant()))
                .isInstanceOf(RessourceIntrouvableException.class);
        // nor by naming a guichet of his own
        String sien = guichet(pasDeCalais);
        long journalAvant = lignes("journal_administration");
        assertThatThrownBy(() -> habilitations.executer(pasDeCalais, sien, client.identifiant(),
                new SaisieHabilitations(List.of("demandes", "exports"))))
                .isInstanceOf(RessourceIntrouvableException.class);
        assertThat(detenues(client.identifiant())).containsExactly("demandes");
        assertThat(lignes("journal_administration")).isEqualTo(journalAvant).isEqualTo(journal + 1);

        assertThat(habilitations.executer(national, code, client.identifiant(),
                new SaisieHabilitations(List.of("demandes", "exports")))).isTrue();
        assertThat(detenues(client.identifiant())).containsExactly("demandes", "exports");
        assertThat(habilitations.fiche(nord, code, client.identifiant()).client().habilitations())
                .containsExactly(Habilitation.DEMANDES, Habilitation.EXPORTS);
    }

    @Test
    void une_habilitation_inconnue_ou_pas_encore_en_service_est_refusee_sans_rien_changer() {
        String code = guichet(nord);
        SecretRevele client = creerClientApi.executer(nord, code, new SaisieClientApi("inconnue-" + code));

        assertThatThrownBy(() -> habilitations.executer(nord, code, client.identifiant(),
                new SaisieHabilitations(List.of("exports", "rapports", "tout"))))
                .isInstanceOfSatisfying(DonneesInvalidesException.class, e -> assertThat(e.erreurs())
                        .singleElement().satisfies(erreur -> {
                            assertThat(erreur).extracting(ErreurChamp::champ, ErreurChamp::code)
                                    .containsExactly("habilitations", "HABILITATION_INCONNUE");
                            assertThat(erreur.message()).contains("rapports, tout");
                        }));
        assertThat(detenues(client.identifiant())).containsExactly("demandes");

        revoquerClientApi.executer(nord, code, client.identifiant());
        assertThatThrownBy(() -> habilitations.executer(nord, code, client.identifiant(),
                new SaisieHabilitations(List.of("exports"))))
                .isInstanceOfSatisfying(ConflitException.class, e -> assertThat(e.code()).isEqualTo("CLIENT_REVOQUE"));
        assertThat(detenues(client.identifiant())).containsExactly("demandes");
    }

    // ---------------------------------------------------------------- helpers

    private String guichet(Acteur acteur) {
        SecureRandom hasard = new SecureRandom();
        StringBuilder code = new StringBuilder("GH");
        for (int i = 0; i < 3; i++) {
            code.append(ALPHABET.charAt(hasard.nextInt(ALPHABET.length())));
        }
        return creerGuichet.executer(acteur, new SaisieGuichet(code.toString(), "Guichet habilité", "COMMUNE", null,
                null, null, null, null, null));
    }

    private List<String> detenues(String client) {
        return jdbc.sql("select habilitation from client_api_habilitation where client_id = :c order by habilitation")
                .param("c", client).query(String.class).list();
    }

    private long lignes(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private String jeton(String client, String secret, String scope) throws Exception {
        Reponse reponse = demanderJeton(client, secret, scope);
        assertThat(reponse.statut()).as(reponse.corps().toString()).isEqualTo(200);
        return reponse.corps().get("access_token").asString();
    }

    private Reponse demanderJeton(String client, String secret, String scope) throws Exception {
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(client, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        String corps = "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + scope);
        return envoyer(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(corps)).build());
    }

    private Reponse get(String chemin, String jeton) throws Exception {
        return envoyer(HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin))
                .header("Authorization", "Bearer " + jeton).GET().build());
    }

    private Reponse envoyer(HttpRequest requete) throws Exception {
        HttpResponse<String> reponse = http.send(requete, HttpResponse.BodyHandlers.ofString());
        return new Reponse(reponse.statusCode(),
                reponse.body().isBlank() ? json.createObjectNode() : json.readTree(reponse.body()),
                reponse.headers().firstValue("WWW-Authenticate").orElse(""));
    }
}
