package fr.sne.guichet.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import fr.sne.TestIntegration;
import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.guichet.administration.Administration.Evenement;
import fr.sne.guichet.administration.Administration.SaisieAgent;
import fr.sne.guichet.administration.Administration.SaisieClientApi;
import fr.sne.guichet.administration.Administration.SaisieGuichet;
import fr.sne.guichet.administration.Administration.SecretRevele;

/**
 * The administration use cases on the real database: a gestionnaire territorial changes the guichets of his
 * territory only (R441-2-5, R441-2-6 CCH), a tampered code changes nothing, secrets are kept as hashes only, and
 * every change is in the journal.
 */
@TestIntegration
class AdministrationGuichetsIT {

    private static final SecureRandom HASARD = new SecureRandom();
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Acteur nord = Acteur.gestionnaireTerritorial("gestionnaire-059", "059");
    private final Acteur pasDeCalais = Acteur.gestionnaireTerritorial("gestionnaire-062", "062");
    private final Acteur national = Acteur.administrateurNational("admin-national");

    @Autowired
    CreerGuichet creerGuichet;
    @Autowired
    ConsulterGuichets consulter;
    @Autowired
    ChangerActiviteGuichet changerActiviteGuichet;
    @Autowired
    CreerCompteAgent creerCompteAgent;
    @Autowired
    ChangerActiviteAgent changerActiviteAgent;
    @Autowired
    CreerClientApi creerClientApi;
    @Autowired
    RevoquerClientApi revoquerClientApi;
    @Autowired
    RenouvelerSecretClientApi renouvelerSecret;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    @Autowired
    PasswordEncoder encodeur;

    /** A guichet code no other test uses (G + 4 random characters, the last three of them letters or digits). */
    static String codeAuHasard() {
        StringBuilder code = new StringBuilder("GZ");
        for (int i = 0; i < 3; i++) {
            code.append(ALPHABET.charAt(HASARD.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private String guichet(Acteur acteur, String territoire) {
        return creerGuichet.executer(acteur, new SaisieGuichet(codeAuHasard(), "Guichet d'essai", "COMMUNE",
                territoire, null, null, null, null, null));
    }

    @Test
    void un_gestionnaire_cree_un_guichet_sur_son_territoire_meme_si_le_formulaire_en_nomme_un_autre() {
        String code = guichet(nord, "062");

        assertThat(jdbc.sql("select territoire from guichet where code = :c").param("c", code).query(String.class)
                .single()).isEqualTo("059");
        assertThat(consulter.lister(nord)).anySatisfy(g -> assertThat(g.code()).isEqualTo(code));
        assertThat(consulter.lister(pasDeCalais)).noneSatisfy(g -> assertThat(g.code()).isEqualTo(code));
        List<Evenement> journal = consulter.fiche(nord, code).journal();
        assertThat(journal).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(ActionAdministration.GUICHET_CREE);
            assertThat(e.acteurType()).isEqualTo("GESTIONNAIRE_TERRITORIAL");
            assertThat(e.acteurId()).isEqualTo("gestionnaire-059");
        });
    }

    /**
     * The national entry centre's row names Île-de-France as its seat: the gestionnaire of 111 neither sees it in his
     * list nor reaches it by its code, while he still administers his own guichets; the national administrator does.
     */
    @Test
    void un_guichet_national_n_est_administre_que_par_l_administration_nationale() {
        Acteur ileDeFrance = Acteur.gestionnaireTerritorial("gestionnaire-111", "111");
        String sien = guichet(ileDeFrance, null);
        long journal = lignes("journal_administration");

        assertThat(consulter.lister(ileDeFrance)).extracting(Administration.LigneGuichet::code).contains(sien)
                .doesNotContain("GCNAT");
        for (Runnable tentative : List.<Runnable>of(
                () -> consulter.fiche(ileDeFrance, "GCNAT"),
                () -> consulter.guichet(ileDeFrance, "GCNAT"),
                () -> changerActiviteGuichet.executer(ileDeFrance, "GCNAT", false),
                () -> creerClientApi.executer(ileDeFrance, "GCNAT", new SaisieClientApi("intrus-gcnat")))) {
            assertThatThrownBy(tentative::run).isInstanceOf(RessourceIntrouvableException.class);
        }
        assertThat(lignes("journal_administration")).isEqualTo(journal);
        assertThat(consulter.lister(national)).extracting(Administration.LigneGuichet::code).contains("GCNAT", sien);
        assertThat(consulter.fiche(national, "GCNAT").guichet().type()).isEqualTo("CENTRE_NATIONAL");
    }

    @Test
    void un_code_deja_pris_est_refuse_sur_son_champ_sans_rien_ecrire() {
        String code = guichet(nord, null);
        long avant = lignes("guichet");

        assertThatThrownBy(() -> creerGuichet.executer(national, new SaisieGuichet(code.toLowerCase(), "Autre",
                "BAILLEUR", "062", null, null, null, null, null)))
                .isInstanceOfSatisfying(DonneesInvalidesException.class, e -> assertThat(e.erreurs())
                        .extracting(ErreurChamp::champ, ErreurChamp::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("code", "GUICHET_EXISTANT")));
        assertThat(lignes("guichet")).isEqualTo(avant);
    }

    @Test
    void un_guichet_d_un_autre_territoire_est_introuvable_et_rien_ne_change() {
        String autre = guichet(pasDeCalais, null);
        SecretRevele client = creerClientApi.executer(pasDeCalais, autre, new SaisieClientApi("essai-" + autre));
        creerCompteAgent.executer(pasDeCalais, autre, new SaisieAgent("agent-" + autre.toLowerCase(), "Agent",
                autre.toLowerCase() + "@exemple.fr"));
        long agents = lignes("compte_agent");
        long clients = lignes("client_api");
        long journal = lignes("journal_administration");

        List<Runnable> tentatives = List.of(
                () -> consulter.fiche(nord, autre),
                () -> consulter.guichet(nord, autre),
                () -> changerActiviteGuichet.executer(nord, autre, false),
                () -> creerCompteAgent.executer(nord, autre, new SaisieAgent("intrus-" + autre.toLowerCase(), "Intrus",
                        "intrus-" + autre.toLowerCase() + "@exemple.fr")),
                () -> changerActiviteAgent.executer(nord, autre, "agent-" + autre.toLowerCase(), false),
                () -> creerClientApi.executer(nord, autre, new SaisieClientApi("intrus-" + autre)),
                () -> revoquerClientApi.executer(nord, autre, client.identifiant()),
                () -> renouvelerSecret.executer(nord, autre, client.identifiant()),
                () -> consulter.fiche(nord, "GXXXX"));
        for (Runnable tentative : tentatives) {
            assertThatThrownBy(tentative::run).isInstanceOf(RessourceIntrouvableException.class);
        }

        assertThat(lignes("compte_agent")).isEqualTo(agents);
        assertThat(lignes("client_api")).isEqualTo(clients);
        assertThat(lignes("journal_administration")).isEqualTo(journal);
        assertThat(jdbc.sql("select actif from guichet where code = :c").param("c", autre).query(Boolean.class)
                .single()).isTrue();
        assertThat(jdbc.sql("select actif from client_api where client_id = :c").param("c", client.identifiant())
                .query(Boolean.class).single()).isTrue();
        assertThat(consulter.fiche(national, autre).agents()).singleElement()
                .satisfies(a -> assertThat(a.actif()).isTrue());
    }

    @Test
    void un_agent_ou_un_client_d_un_autre_guichet_est_introuvable_par_le_guichet_nomme() {
        String mien = guichet(nord, null);
        String autre = guichet(pasDeCalais, null);
        String identifiant = "agent-" + autre.toLowerCase();
        creerCompteAgent.executer(pasDeCalais, autre, new SaisieAgent(identifiant, "Agent",
                identifiant + "@exemple.fr"));
        SecretRevele client = creerClientApi.executer(pasDeCalais, autre, new SaisieClientApi("essai-" + autre));

        assertThatThrownBy(() -> changerActiviteAgent.executer(nord, mien, identifiant, false))
                .isInstanceOf(RessourceIntrouvableException.class);
        assertThatThrownBy(() -> revoquerClientApi.executer(nord, mien, client.identifiant()))
                .isInstanceOf(RessourceIntrouvableException.class);
        assertThat(jdbc.sql("select actif from compte_agent where identifiant = :i").param("i", identifiant)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select actif from client_api where client_id = :c").param("c", client.identifiant())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void le_mot_de_passe_et_le_secret_ne_sont_gardes_qu_en_empreinte() {
        String code = guichet(nord, null);
        String identifiant = "agent-" + code.toLowerCase();
        SecretRevele motDePasse = creerCompteAgent.executer(nord, code, new SaisieAgent(identifiant, "Claire Martin",
                identifiant + "@EXEMPLE.fr"));
        SecretRevele secret = creerClientApi.executer(nord, code, new SaisieClientApi("logiciel-" + code));

        String hashMotDePasse = jdbc.sql("select mot_de_passe_hash from compte_agent where identifiant = :i")
                .param("i", identifiant).query(String.class).single();
        assertThat(hashMotDePasse).isNotEqualTo(motDePasse.valeur()).startsWith("$2");
        assertThat(encodeur.matches(motDePasse.valeur(), hashMotDePasse)).isTrue();
        String hashSecret = jdbc.sql("select secret_hash from client_api where client_id = :c")
                .param("c", secret.identifiant()).query(String.class).single();
        assertThat(encodeur.matches(secret.valeur(), hashSecret)).isTrue();
        assertThat(jdbc.sql("select count(*) from journal_administration where objet in (:m, :s)")
                .param("m", motDePasse.valeur()).param("s", secret.valeur()).query(Long.class).single()).isZero();

        // the same e-mail address, whatever its case, is refused for another account
        assertThatThrownBy(() -> creerCompteAgent.executer(nord, code, new SaisieAgent("autre-" + identifiant,
                "Autre", identifiant + "@exemple.FR")))
                .isInstanceOfSatisfying(DonneesInvalidesException.class, e -> assertThat(e.erreurs())
                        .extracting(ErreurChamp::code).containsExactly("COURRIEL_EXISTANT"));
    }

    @Test
    void un_renouvellement_garde_l_ancien_secret_le_temps_du_chevauchement_et_une_revocation_est_definitive() {
        String code = guichet(nord, null);
        SecretRevele premier = creerClientApi.executer(nord, code, new SaisieClientApi("rotation-" + code));
        Instant avant = Instant.now();

        SecretRevele second = renouvelerSecret.executer(nord, code, premier.identifiant());

        assertThat(second.valeur()).isNotEqualTo(premier.valeur());
        String courant = jdbc.sql("select secret_hash from client_api where client_id = :c")
                .param("c", premier.identifiant()).query(String.class).single();
        assertThat(encodeur.matches(second.valeur(), courant)).isTrue();
        var ancien = jdbc.sql("select secret_hash, expire_le from client_api_secret where client_id = :c")
                .param("c", premier.identifiant())
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getTimestamp(2).toInstant()}).single();
        assertThat(encodeur.matches(premier.valeur(), (String) ancien[0])).isTrue();
        assertThat((Instant) ancien[1]).isBetween(avant.plus(renouvelerSecret.chevauchement()).minusSeconds(60),
                Instant.now().plus(renouvelerSecret.chevauchement()).plusSeconds(60));
        assertThat(renouvelerSecret.chevauchement()).isEqualTo(Duration.ofDays(1));

        assertThat(revoquerClientApi.executer(nord, code, premier.identifiant())).isTrue();
        assertThat(revoquerClientApi.executer(nord, code, premier.identifiant())).isFalse();
        assertThatThrownBy(() -> renouvelerSecret.executer(nord, code, premier.identifiant()))
                .isInstanceOfSatisfying(ConflitException.class, e -> assertThat(e.code()).isEqualTo("CLIENT_REVOQUE"));
        assertThat(consulter.fiche(nord, code).journal()).extracting(Evenement::action).containsExactly(
                ActionAdministration.CLIENT_REVOQUE, ActionAdministration.SECRET_RENOUVELE,
                ActionAdministration.CLIENT_CREE, ActionAdministration.GUICHET_CREE);
    }

    @Test
    void un_guichet_desactive_ne_recoit_ni_agent_ni_client_avant_d_etre_reactive() {
        String code = guichet(nord, null);
        assertThat(changerActiviteGuichet.executer(nord, code, false)).isTrue();
        assertThat(changerActiviteGuichet.executer(nord, code, false)).isFalse();

        assertThatThrownBy(() -> creerClientApi.executer(nord, code, new SaisieClientApi("inactif-" + code)))
                .isInstanceOfSatisfying(ConflitException.class, e -> assertThat(e.code()).isEqualTo("GUICHET_INACTIF"));
        assertThat(changerActiviteGuichet.executer(national, code, true)).isTrue();
        assertThat(creerClientApi.executer(nord, code, new SaisieClientApi("inactif-" + code)).valeur()).isNotBlank();
        assertThat(consulter.fiche(nord, code).journal()).extracting(Evenement::acteurId)
                .contains("admin-national", "gestionnaire-059");
    }

    @Test
    void les_clients_d_un_guichet_desactive_sont_refuses_a_leur_appel_suivant_puis_reviennent_avec_lui()
            throws Exception {
        String code = guichet(nord, null);
        SecretRevele client = creerClientApi.executer(nord, code, new SaisieClientApi("appel-" + code));
        String jeton = jeton(client);
        assertThat(appel(jeton).statusCode()).isEqualTo(404); // authenticated: that demande just does not exist

        changerActiviteGuichet.executer(nord, code, false);
        HttpResponse<String> refus = appel(jeton);
        assertThat(refus.statusCode()).isEqualTo(403);
        assertThat(refus.body()).contains("GUICHET_INACTIF");

        changerActiviteGuichet.executer(nord, code, true);
        assertThat(appel(jeton).statusCode()).isEqualTo(404);
    }

    private String jeton(SecretRevele client) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client.identifiant() + ":" + client.valeur())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> reponse = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reponse.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(reponse.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> appel(String jeton) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/v1.0/demandes/0591126999998G5901"))
                .header("Authorization", "Bearer " + jeton).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private long lignes(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
