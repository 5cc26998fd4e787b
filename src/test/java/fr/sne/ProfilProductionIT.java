package fr.sne;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.sne.ClientApi.Reponse;
import fr.sne.commun.stockage.Ecriture;
import fr.sne.commun.stockage.S3ProxyEssai;
import fr.sne.commun.stockage.S3Stockage;
import fr.sne.commun.stockage.Stockage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code prod} profile as an operator runs it: an external PostgreSQL given by the standard Spring
 * datasource settings (here a separate server started by the test), an external token issuer, no embedded
 * database, no demo data, no local token issuer. The external issuer is a real OpenID provider on its own port:
 * the embedded one of the default profile, started by the test as a second application; the production
 * application finds its keys through its discovery document, as it would ProConnect's. The produced files go to
 * an S3-compatible object store: S3Proxy, started by the test on a loopback port with its filesystem backend.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("prod")
class ProfilProductionIT {

    static final EmbeddedPostgres EXTERNE = demarrer();

    /** The identity provider, apart: the application in its default (test) profile on another random port. */
    static final ConfigurableApplicationContext EMETTEUR = new SpringApplicationBuilder(SneApplication.class)
            .profiles("test").properties("server.port=0").run();

    /** The object store, with the bucket the operator created. */
    static final S3ProxyEssai STOCKAGE = demarrerStockage();

    static S3ProxyEssai demarrerStockage() {
        try {
            S3ProxyEssai s3 = S3ProxyEssai.surDisque(java.nio.file.Files.createTempDirectory("sne-prod-s3-"));
            s3.creerBucket("sne-production");
            return s3;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String emetteur() {
        return "http://localhost:" + EMETTEUR.getEnvironment().getProperty("local.server.port");
    }

    static EmbeddedPostgres demarrer() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void environnement(DynamicPropertyRegistry proprietes) {
        proprietes.add("SPRING_DATASOURCE_URL", () -> EXTERNE.getJdbcUrl("postgres", "postgres"));
        proprietes.add("SPRING_DATASOURCE_USERNAME", () -> "postgres");
        proprietes.add("SPRING_DATASOURCE_PASSWORD", () -> "");
        proprietes.add("SNE_OAUTH2_ISSUER_URI", ProfilProductionIT::emetteur);
        // the audience the other instance puts in its tokens (its default sne.securite.audience)
        proprietes.add("SNE_OAUTH2_AUDIENCE", () -> "sne-api");
        // the agents' sign-in: the other instance plays ProConnect (its public client sne-web)
        proprietes.add("SNE_OIDC_EMETTEUR", ProfilProductionIT::emetteur);
        proprietes.add("SNE_OIDC_CLIENT_ID", () -> "sne-web");
        proprietes.add("SNE_OIDC_CLIENT_SECRET", () -> "");
        // the applicants' sign-in: the other instance plays FranceConnect (its public client sne-portail)
        proprietes.add("SNE_PORTAIL_OIDC_EMETTEUR", ProfilProductionIT::emetteur);
        proprietes.add("SNE_PORTAIL_OIDC_CLIENT_ID", () -> "sne-portail");
        proprietes.add("SNE_PORTAIL_OIDC_CLIENT_SECRET", () -> "");
        // the key of the demandes' personal codes, required in production (ADR 0027)
        proprietes.add("SNE_PORTAIL_CLE_CODES", () -> "cle-des-codes-personnels-de-l-essai-du-profil-production");
        // the key sealing the feed's cursors, required in production
        proprietes.add("SNE_CLE_CURSEUR", () -> "cle-du-curseur-de-l-essai-du-profil-production");
        // the key signing the QR codes of printed sheets, required in production (ADR 0024)
        proprietes.add("SNE_QR_CLE", () -> "cle-des-qr-codes-de-l-essai-du-profil-production");
        // the prod profile refuses to start without the DALO settings printed on attestations
        proprietes.add("sne.dalo.delai-mois-par-territoire.059", () -> "24");
        proprietes.add("sne.dalo.commission-par-territoire.059", () -> "Commission de médiation DALO du Nord");
        // the object store (path-style access is the profile's default)
        proprietes.add("SNE_STOCKAGE_S3_ENDPOINT", STOCKAGE::endpoint);
        proprietes.add("SNE_STOCKAGE_S3_REGION", () -> "eu-west-3");
        proprietes.add("SNE_STOCKAGE_S3_BUCKET", () -> "sne-production");
        proprietes.add("SNE_STOCKAGE_S3_CLE_ACCES", () -> S3ProxyEssai.CLE_ACCES);
        proprietes.add("SNE_STOCKAGE_S3_CLE_SECRETE", () -> S3ProxyEssai.CLE_SECRETE);
        // the real DRM API, required in production (ADR 0030); never called here
        proprietes.add("SNE_DRM_API_URL", () -> "https://drm.invalid");
        proprietes.add("SNE_DRM_API_CLIENT_ID", () -> "sne");
        proprietes.add("SNE_DRM_API_SECRET", () -> "secret");
    }

    @AfterAll
    static void arreter() throws Exception {
        EMETTEUR.close();
        EXTERNE.close();
        STOCKAGE.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext contexte;

    @Test
    void le_schema_est_migre_sur_la_base_externe_sans_donnees_de_demo() {
        assertThat(contexte.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        // no DRM simulator in production: the real API only
        assertThat(contexte.getBeanNamesForType(fr.sne.drm.simulateur.SimulateurDrm.class)).isEmpty();
        String base = jdbc.sql("select current_setting('port')").query(String.class).single();
        assertThat(Integer.parseInt(base)).isEqualTo(EXTERNE.getPort());
        assertThat(jdbc.sql("select count(*) from demande").query(Integer.class).single()).isZero();
        // the one guichet of production's schema: the portal's, on whose behalf the applicants act (ADR 0027)
        assertThat(jdbc.sql("select code from guichet").query(String.class).list()).containsExactly("GPORT");
        assertThat(jdbc.sql("select count(*) from client_api").query(Integer.class).single()).isZero();
    }

    @Test
    void les_fichiers_produits_vont_dans_le_bucket_du_magasin_d_objets() throws Exception {
        Stockage stockage = contexte.getBean(Stockage.class);
        String cle = "essai-production/lot.pdf";

        Ecriture ecriture = stockage.ecrire(cle, "lot de courriers".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(stockage).isInstanceOf(S3Stockage.class);
        assertThat(ecriture.taille()).isEqualTo("lot de courriers".length());
        assertThat(STOCKAGE.contient("sne-production", cle)).as("written to the store's bucket").isTrue();
        assertThat(stockage.lire(cle)).hasValueSatisfying(b -> assertThat(b).asString().isEqualTo("lot de courriers"));
        assertThat(stockage.supprimer(cle)).isTrue();
        assertThat(STOCKAGE.contient("sne-production", cle)).isFalse();
    }

    @Test
    void l_application_n_emet_pas_de_jetons_et_exige_ceux_de_l_emetteur_externe() {
        ClientApi api = new ClientApi(port);
        assertThat(api.get(null, "/oauth2/jwks").statut()).isIn(401, 404);
        assertThat(api.get(null, "/v1.0/demandes/0591126000001G5901").statut()).isEqualTo(401);
        assertThat(api.get(null, "/actuator/health").texte()).contains("UP");
    }

    @Test
    void les_jetons_de_l_emetteur_externe_sont_verifies_par_sa_decouverte_et_ses_cles() throws Exception {
        String jeton = new ClientApi(Integer.parseInt(EMETTEUR.getEnvironment().getProperty("local.server.port")))
                .jeton("G5901");
        jdbc.sql("""
                insert into guichet (code, nom, type, territoire) values ('G5901', 'Guichet de production', 'BAILLEUR', '059')
                """).update();
        // SNE's record of the external issuer's client holds what it may do (ADR 0017); its secret is of no use here
        jdbc.sql("insert into client_api (client_id, secret_hash, guichet_code) values ('demo-g5901', 'inutilise', 'G5901')")
                .update();
        jdbc.sql("""
                insert into client_api_habilitation (client_id, habilitation, accordee_par)
                values ('demo-g5901', 'demandes', 'essai')""").update();
        try {
            Reponse accepte = appeler("/v1.0/test/moi", jeton);
            Reponse forge = appeler("/v1.0/test/moi", jeton.substring(0, jeton.lastIndexOf('.') + 1) + "AAAA");

            assertThat(accepte.statut()).as(accepte.texte()).isEqualTo(200);
            assertThat(accepte.json().get("code").asString()).isEqualTo("G5901");
            assertThat(accepte.json().get("nom").asString()).isEqualTo("Guichet de production");
            assertThat(forge.statut()).isEqualTo(401);
        } finally {
            jdbc.sql("delete from client_api_habilitation where client_id = 'demo-g5901'").update();
            jdbc.sql("delete from client_api where client_id = 'demo-g5901'").update();
            jdbc.sql("delete from guichet where code = 'G5901'").update();
        }
    }

    /**
     * An export end to end in production: asked, run by the instance's own thread, written to the bucket, downloaded
     * whole and by a range, its files valid against export-1.0.xsd (issue 16 §2).
     */
    @Test
    void un_export_va_dans_le_bucket_et_se_telecharge_par_plages() throws Exception {
        String jeton = new ClientApi(Integer.parseInt(EMETTEUR.getEnvironment().getProperty("local.server.port")))
                .jeton("G5901");
        jdbc.sql("insert into guichet (code, nom, type, territoire) values ('G5901', 'Guichet de production', "
                + "'BAILLEUR', '059')").update();
        jdbc.sql("insert into client_api (client_id, secret_hash, guichet_code) values ('demo-g5901', 'inutilise', "
                + "'G5901')").update();
        jdbc.sql("""
                insert into client_api_habilitation (client_id, habilitation, accordee_par)
                values ('demo-g5901', 'demandes', 'essai'), ('demo-g5901', 'exports', 'essai')""").update();
        String numeroDemande = null;
        try {
            Reponse demande = envoyer("POST", "/v1.0/demandes", jeton,
                    JsonMapper.builder().build().writeValueAsString(fr.sne.demande.DemandeExemple.nord().json()),
                    Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
            assertThat(demande.statut()).as(demande.texte()).isEqualTo(201);
            numeroDemande = demande.json().get("numeroUnique").asString();
            Reponse demandee = envoyer("POST", "/v1.0/exports", jeton, """
                    {"entites": ["CERFA", "EVT"], "etat": ["ACTIVE"], "localisation": {"departements": ["59"]}}""",
                    Map.of());
            assertThat(demandee.statut()).as(demandee.texte()).isEqualTo(202);
            String numero = demandee.json().get("numero").asString();
            tools.jackson.databind.JsonNode etat = null;
            for (int i = 0; i < 300; i++) {
                etat = appeler("/v1.0/exports/" + numero, jeton).json();
                if (!List.of("EN_ATTENTE", "EN_COURS").contains(etat.get("statut").asString())) {
                    break;
                }
                Thread.sleep(200);
            }
            assertThat(etat.get("statut").asString()).as(etat.toString()).isEqualTo("PRET");
            assertThat(etat.get("lignes").asLong()).isEqualTo(1);
            assertThat(STOCKAGE.contient("sne-production", "exports/" + numero + ".tar.gz")).isTrue();

            Reponse fichier = appeler("/v1.0/exports/" + numero + "/fichier", jeton);
            assertThat(fichier.statut()).isEqualTo(200);
            assertThat((long) fichier.corps().length).isEqualTo(etat.get("taille").asLong());
            assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(fichier.corps()))).isEqualTo(etat.get("sha256").asString());
            Reponse plage = envoyer("GET", "/v1.0/exports/" + numero + "/fichier", jeton, null,
                    Map.of("Range", "bytes=5-"));
            assertThat(plage.statut()).isEqualTo(206);
            assertThat(plage.corps()).isEqualTo(java.util.Arrays.copyOfRange(fichier.corps(), 5,
                    fichier.corps().length));
            Map<String, org.w3c.dom.Element> demandes = fr.sne.echanges.ExportsApiIT.demandes(
                    fr.sne.echanges.ExportsApiIT.fichiers(fichier.corps()));
            assertThat(demandes).containsOnlyKeys(numeroDemande);
        } finally {
            if (numeroDemande != null) {
                for (String table : List.of("remise_demande", "mouvement", "demande")) {
                    jdbc.sql("delete from " + table + " where numero_unique = ?").param(numeroDemande).update();
                }
            }
            jdbc.sql("delete from export where lecteur = 'G5901'").update();
            jdbc.sql("delete from client_api_habilitation where client_id = 'demo-g5901'").update();
            jdbc.sql("delete from client_api where client_id = 'demo-g5901'").update();
            jdbc.sql("delete from guichet where code = 'G5901'").update();
        }
    }

    /**
     * Pieces end to end on the object store (issue 17, "done when"): lodged through the API, their bytes in the bucket
     * under a key that names no one, read back whole, one deleted (its object leaves the bucket once the deletion has
     * committed), then the nightly check of the store walks the bucket's listing beside the database's keys: all
     * matched, and an object lost behind the application's back is reported, not mended.
     */
    @Test
    void les_pieces_vont_dans_le_bucket_se_relisent_se_suppriment_et_le_controle_du_stock_les_apparie()
            throws Exception {
        String jeton = new ClientApi(Integer.parseInt(EMETTEUR.getEnvironment().getProperty("local.server.port")))
                .jeton("G5901");
        Map<String, String> porteur = Map.of("Authorization", "Bearer " + jeton);
        ClientApi api = new ClientApi(port);
        jdbc.sql("insert into guichet (code, nom, type, territoire) values ('G5901', 'Guichet de production', "
                + "'BAILLEUR', '059')").update();
        jdbc.sql("insert into client_api (client_id, secret_hash, guichet_code) values ('demo-g5901', 'inutilise', "
                + "'G5901')").update();
        jdbc.sql("""
                insert into client_api_habilitation (client_id, habilitation, accordee_par)
                values ('demo-g5901', 'demandes', 'essai')""").update();
        String numero = null;
        try {
            Reponse demande = envoyer("POST", "/v1.0/demandes", jeton,
                    JsonMapper.builder().build().writeValueAsString(fr.sne.demande.DemandeExemple.nord().json()),
                    Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
            assertThat(demande.statut()).as(demande.texte()).isEqualTo(201);
            numero = demande.json().get("numeroUnique").asString();
            String chemin = "/v1.0/demandes/" + numero + "/pieces";
            List<byte[]> fichiers = List.of(fr.sne.pieces.FichiersEssai.pdf(1), fr.sne.pieces.FichiersEssai.pdf(2));
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < fichiers.size(); i++) {
                Reponse deposee = api.multipart(null, chemin, List.of(
                        ClientApi.Partie.fichier("fichier", "piece-" + i + ".pdf", "application/pdf", fichiers.get(i)),
                        ClientApi.Partie.champ("categorie", "RESSOURCES")), porteur);
                assertThat(deposee.statut()).as(deposee.texte()).isEqualTo(201);
                ids.add(deposee.json().get("id").asString());
            }
            List<String> cles = ids.stream().map(id -> jdbc.sql("select cle_stockage from piece where id = "
                    + "cast(? as uuid)").param(id).query(String.class).single()).toList();
            String enregistre = numero;
            assertThat(cles).allSatisfy(cle -> {
                assertThat(cle).startsWith(fr.sne.pieces.application.ControlerStockPieces.PREFIXE)
                        .doesNotContain(enregistre);
                assertThat(STOCKAGE.contient("sne-production", cle)).as("in the bucket: " + cle).isTrue();
            });

            Reponse relue = appeler(chemin + "/" + ids.getLast(), jeton);
            assertThat(relue.statut()).isEqualTo(200);
            assertThat(relue.corps()).isEqualTo(fichiers.getLast());

            Reponse supprimee = api.envoyer("DELETE", null, chemin + "/" + ids.getFirst(),
                    Map.of("motif", "déposée par erreur"), porteur);
            assertThat(supprimee.statut()).as(supprimee.texte()).isEqualTo(204);
            assertThat(STOCKAGE.contient("sne-production", cles.getFirst())).as("removed after commit").isFalse();
            assertThat(appeler(chemin + "/" + ids.getFirst(), jeton).statut()).isEqualTo(404);
            assertThat(STOCKAGE.contient("sne-production", cles.getLast())).isTrue();

            var controle = contexte.getBean(fr.sne.pieces.application.ControlerStockPieces.class);
            var apparies = controle.executer();
            assertThat(apparies.objets()).isEqualTo(1);
            assertThat(apparies.pieces()).isEqualTo(1);
            assertThat(apparies.objetsSansPiece()).isZero();
            assertThat(apparies.piecesSansObjet()).isZero();

            contexte.getBean(Stockage.class).supprimer(cles.getLast());
            var perdu = controle.executer();
            assertThat(perdu.objets()).isZero();
            assertThat(perdu.piecesSansObjet()).isEqualTo(1);
            assertThat(perdu.exemplesPieces()).containsExactly(cles.getLast());
            assertThat(jdbc.sql("select count(*) from piece where numero_unique = ? and supprimee_le is null")
                    .param(numero).query(Long.class).single()).as("reported, not mended").isEqualTo(1);
        } finally {
            if (numero != null) {
                for (String table : List.of("piece", "journal_acces", "remise_demande", "mouvement", "demande")) {
                    jdbc.sql("delete from " + table + " where numero_unique = ?").param(numero).update();
                }
            }
            jdbc.sql("delete from controle_stock_pieces").update();
            jdbc.sql("delete from client_api_habilitation where client_id = 'demo-g5901'").update();
            jdbc.sql("delete from client_api where client_id = 'demo-g5901'").update();
            jdbc.sql("delete from guichet where code = 'G5901'").update();
        }
    }

    private Reponse envoyer(String methode, String chemin, String jeton, @org.jspecify.annotations.Nullable String corps,
            Map<String, String> entetes) throws Exception {
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin))
                .header("Authorization", "Bearer " + jeton)
                .method(methode, corps == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(corps));
        if (corps != null) {
            requete.header("Content-Type", "application/json");
        }
        entetes.forEach(requete::header);
        HttpResponse<byte[]> reponse = HttpClient.newHttpClient().send(requete.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Reponse(reponse.statusCode(), Map.of(), reponse.body(), JsonMapper.builder().build());
    }

    @Test
    void un_jeton_de_l_emetteur_externe_pour_un_guichet_inconnu_ici_est_refuse_403() throws Exception {
        String jeton = new ClientApi(Integer.parseInt(EMETTEUR.getEnvironment().getProperty("local.server.port")))
                .jeton("G6201");

        Reponse reponse = appeler("/v1.0/test/moi", jeton);

        assertThat(reponse.statut()).isEqualTo(403);
        assertThat(reponse.json().get("code").asString()).isEqualTo("GUICHET_INCONNU");
    }

    @Test
    void un_agent_est_envoye_se_connecter_chez_le_fournisseur_oidc_externe_avec_pkce() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> accueil = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/pro/")).GET().build(), HttpResponse.BodyHandlers.ofString());
        String connexion = accueil.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> versFournisseur = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port).resolve(connexion)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(accueil.statusCode()).isEqualTo(302);
        assertThat(connexion).endsWith("/oauth2/authorization/sne");
        assertThat(versFournisseur.statusCode()).isEqualTo(302);
        // read from the provider's discovery document at the first sign-in, not at start
        assertThat(versFournisseur.headers().firstValue("Location").orElseThrow())
                .startsWith(emetteur() + "/oauth2/authorize?")
                .contains("client_id=sne-web", "code_challenge_method=S256", "scope=openid",
                        "redirect_uri=http://localhost:" + port + "/login/oauth2/code/sne");
        assertThat(accueil.headers().firstValue("Set-Cookie").orElse("")).as("cookie de session")
                .contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    private Reponse appeler(String chemin, String jeton) throws Exception {
        HttpResponse<byte[]> reponse = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin))
                        .header("Authorization", "Bearer " + jeton).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Reponse(reponse.statusCode(), Map.of(), reponse.body(), JsonMapper.builder().build());
    }
}
