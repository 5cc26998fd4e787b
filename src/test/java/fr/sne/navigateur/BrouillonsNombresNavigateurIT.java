package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import fr.sne.ClientApi;
import fr.sne.TestIntegration;
import fr.sne.commun.CodeMotif;
import fr.sne.demande.DemandeExemple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Numbers out of every bound typed in the Cerfa steps (issue 13, defect 1): a number of more than 1,000
 * characters, or one whose value the registry refuses ({@code 1e2000}, {@code 1e200000}), is an error of its
 * field with the code the API gives for the same value, and the draft stays readable; a draft row that can no
 * longer be read (written by an older version, or corrupted) is shown with its error and deleted, in the
 * registration as in the modification. No page answers 500. Every page visited passes {@link PagesPro#verifierPage}.
 */
@TestIntegration
class BrouillonsNombresNavigateurIT {

    private static final Pattern ETAPE_MODIFICATION = Pattern.compile(
            ".*/pro/demandes/\\d{13}G\\d{4}/modification/([0-9a-f-]{36})/etapes/([a-z-]+)$");
    private static final String MILLE_ET_UN_CHIFFRES = "1" + "0".repeat(1000);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /**
     * The code of the API's refusal of this value in a registration ({@code valeur} is the JSON text of the
     * number, put in place of the sample's {@code avant}), at a field whose path starts with {@code champ} (a
     * number too long to be read is reported at its object), nothing registered.
     */
    private String codeApi(String avant, String valeur, String champ) {
        DemandeExemple demande = DemandeExemple.nord();
        String corps = JSON.writeValueAsString(demande.json());
        assertThat(corps).contains(avant);
        ClientApi.Reponse r = new ClientApi(port).requete("POST", "G5901", "/v1.0/demandes", Map.of("Content-Type",
                "application/json", "Idempotency-Key", UUID.randomUUID().toString()), corps.replace(avant, valeur));
        assertThat(r.statut()).as(r.texte()).isIn(400, 422);
        JsonNode erreur = r.json().get("erreurs").get(0);
        assertThat(erreur.get("champ").asString()).as(r.texte()).startsWith(champ);
        assertThat(jdbc.sql("select count(*) from demande_personne where nom_naissance = ?").param(demande.nom())
                .query(Integer.class).single()).isZero();
        return erreur.get("code").asString();
    }

    /** What the step says at a field for the API's code: the catalogue's message, or the form's format hint. */
    private static String messageAttendu(String code, boolean montant) {
        if (CodeMotif.FORMAT_INVALIDE.name().equals(code)) {
            return montant ? "Montant attendu, en euros (par exemple 1520,50)." : "Nombre entier attendu.";
        }
        return CodeMotif.valueOf(code).message();
    }

    private static void suivant(Page page) {
        // the step's POST itself (its answer, before any redirect), whatever navigation follows
        Response reponse = page.waitForResponse(r -> "POST".equals(r.request().method()),
                () -> page.locator("#etape-suivante").click());
        assertThat(reponse.status()).as("réponse à l'étape " + page.url()).isLessThan(500);
        page.waitForLoadState();
    }

    @Test
    void un_nombre_hors_bornes_est_l_erreur_de_son_champ_et_le_brouillon_reste_lisible() {
        String nom = EnregistrementNavigateurIT.nomAuHasard();
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5901");
            String brouillon = EnregistrementNavigateurIT.commencer(page);
            EnregistrementNavigateurIT.remplirDemandeur(page, nom, "Claire", "12/04/1988");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/co-demandeur");

            // 1e2000 as the rent: the API's refusal of that value, at the field
            page.navigate(brouillon + "/etapes/logement-actuel");
            page.locator("#logementActuel-modele").selectOption("LP");
            page.locator("#logementActuel-nombreOccupants").fill("2");
            page.locator("#logementActuel-loyerMensuel").fill("1e2000");
            page.locator("label[for='motifs-09']").click();
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/logement-actuel");
            assertThat(page.locator("#logementActuel-loyerMensuel-erreur").textContent()).isEqualTo(messageAttendu(
                    codeApi("\"loyerMensuel\":640.5", "\"loyerMensuel\":1e2000", "logementActuel.loyerMensuel"), true));
            assertThat(page.locator("#logementActuel-loyerMensuel").inputValue()).isEqualTo("1e2000");
            PagesPro.verifierPage(session, "nombres-1e2000");

            // the draft is still listed and resumed, what was typed kept
            Response liste = page.navigate("/pro/enregistrement");
            assertThat(liste.status()).isEqualTo(200);
            assertThat(page.locator("#brouillons").textContent()).contains(nom);
            PagesPro.verifierPage(session, "nombres-brouillons");
            Response reprise = page.navigate(brouillon);
            assertThat(reprise.status()).isEqualTo(200);
            assertThat(page.url()).endsWith("/etapes/logement-actuel");
            assertThat(page.locator("#logementActuel-loyerMensuel").inputValue()).isEqualTo("1e2000");

            // 1,001 digits in an amount and in counts, 1e2000 as a surface
            page.locator("#logementActuel-loyerMensuel").fill(MILLE_ET_UN_CHIFFRES);
            page.locator("#logementActuel-nombreOccupants").fill(MILLE_ET_UN_CHIFFRES);
            page.locator("#logementActuel-surface").fill("1e2000");
            suivant(page);
            assertThat(page.locator("#logementActuel-loyerMensuel-erreur").textContent()).isEqualTo(messageAttendu(
                    codeApi("\"loyerMensuel\":640.5", "\"loyerMensuel\":" + MILLE_ET_UN_CHIFFRES, "logementActuel"),
                    true));
            assertThat(page.locator("#logementActuel-nombreOccupants-erreur").textContent()).isEqualTo(messageAttendu(
                    codeApi("\"nombreOccupants\":1", "\"nombreOccupants\":" + MILLE_ET_UN_CHIFFRES, "logementActuel"),
                    false));
            assertThat(page.locator("#logementActuel-surface-erreur").textContent()).isEqualTo(messageAttendu(
                    codeApi("\"nombreOccupants\":1", "\"nombreOccupants\":1,\"surface\":1e2000",
                            "logementActuel.surface"), false));
            assertThat(page.locator("#logementActuel-loyerMensuel").inputValue()).isEqualTo(MILLE_ET_UN_CHIFFRES);
            PagesPro.verifierPage(session, "nombres-mille-chiffres");

            // corrected, the agent goes on; 1e200000 as a monthly resource is refused at its field, not a 500
            page.locator("#logementActuel-loyerMensuel").fill("690");
            page.locator("#logementActuel-nombreOccupants").fill("2");
            page.locator("#logementActuel-surface").fill("45");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/ressources");
            page.locator("#demandeur-ressourcesMensuelles-0-type").selectOption("SAL");
            page.locator("#demandeur-ressourcesMensuelles-0-montant").fill("1e200000");
            page.locator("#demandeur-revenuFiscal-montantN1").fill("1e-2000");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/ressources");
            assertThat(page.locator("#demandeur-ressourcesMensuelles-0-montant-erreur").textContent())
                    .isEqualTo(messageAttendu(codeApi("\"montant\":1350.25", "\"montant\":1e200000",
                            "demandeur.ressourcesMensuelles"), true));
            assertThat(page.locator("#demandeur-revenuFiscal-montantN1-erreur").textContent())
                    .isEqualTo(messageAttendu(codeApi("\"montantN1\":14500", "\"montantN1\":1e-2000",
                            "demandeur.revenuFiscal"), true));
            PagesPro.verifierPage(session, "nombres-1e200000");
            assertThat(page.navigate("/pro/enregistrement").status()).isEqualTo(200);
            page.navigate(brouillon + "/etapes/ressources");
            page.locator("#demandeur-ressourcesMensuelles-0-montant").fill("1 520,50");
            page.locator("#demandeur-revenuFiscal-montantN1").fill("");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/logement-recherche");
        }
    }

    @Test
    void dans_une_modification_un_nombre_hors_bornes_ne_bloque_ni_la_demande_ni_l_agent() {
        ClientApi api = new ClientApi(port);
        DemandeExemple exemple = DemandeExemple.nord();
        ClientApi.Reponse creee = api.post("G5901", "/v1.0/demandes", exemple.json(), UUID.randomUUID().toString());
        assertThat(creee.statut()).as(creee.texte()).isEqualTo(201);
        String numero = creee.json().get("numeroUnique").asString();

        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5902");
            page.navigate("/pro/demandes/" + numero);
            page.locator("#modifier-demande").click();
            page.waitForURL(ETAPE_MODIFICATION);
            String brouillon = page.url().substring(0, page.url().indexOf("/etapes/"));

            page.navigate(brouillon + "/etapes/logement-actuel");
            page.locator("#logementActuel-loyerMensuel").fill("1e2000");
            page.locator("#logementActuel-allocationLogementMensuelle").fill(MILLE_ET_UN_CHIFFRES);
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/logement-actuel");
            assertThat(page.locator("#logementActuel-loyerMensuel-erreur").textContent())
                    .isEqualTo(CodeMotif.MONTANT_INVALIDE.message());
            assertThat(page.locator("#logementActuel-allocationLogementMensuelle-erreur").textContent())
                    .isEqualTo("Montant attendu, en euros (par exemple 1520,50).");
            PagesPro.verifierPage(session, "modification-nombres-1e2000");

            // "Modifier la demande" again resumes the same draft, as typed
            page.navigate("/pro/demandes/" + numero);
            // (an error page would stay at the button's address: reaching a step of the same draft is the proof)
            page.locator("#modifier-demande").click();
            page.waitForURL(ETAPE_MODIFICATION);
            assertThat(page.url()).startsWith(brouillon + "/etapes/");
            page.navigate(brouillon + "/etapes/logement-actuel");
            assertThat(page.locator("#logementActuel-loyerMensuel").inputValue()).isEqualTo("1e2000");

            page.locator("#logementActuel-loyerMensuel").fill("1e200000");
            suivant(page);
            assertThat(page.locator("#logementActuel-loyerMensuel-erreur").textContent())
                    .isEqualTo(CodeMotif.MONTANT_INVALIDE.message());
            page.locator("#logementActuel-loyerMensuel").fill("712,40");
            page.locator("#logementActuel-allocationLogementMensuelle").fill("");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/ressources");
            page.navigate(brouillon + "/etapes/recapitulatif");
            page.locator("#enregistrer-modifications").click();
            page.waitForURL(Pattern.compile(".*/pro/demandes/" + numero + "(\\?.*)?$"));
            PagesPro.verifierPage(session, "modification-nombres-enregistree");
        }
        assertThat(api.get("G5901", "/v1.0/demandes/" + numero).json().at("/demande/logementActuel/loyerMensuel")
                .decimalValue()).isEqualByComparingTo("712.40");
    }

    @Test
    void un_brouillon_illisible_est_montre_avec_son_erreur_et_se_supprime() {
        String agent = "agent-g5901";
        // a draft the defect left behind (1e2000 kept as 2,001 digits) and one an older version wrote
        UUID nombre = brouillonEcrit(agent, "G5901", "{\"logementActuel\": {\"loyerMensuel\": 1e2000}}", null);
        UUID ancien = brouillonEcrit(agent, "G5901", "{\"demandeur\": {\"dateNaissance\": \"12/04/1988\"}}", null);
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, agent);
            Response liste = page.navigate("/pro/enregistrement");
            assertThat(liste.status()).isEqualTo(200);
            assertThat(page.locator("#brouillons-illisibles").textContent()).contains("ne peut plus être relu");
            assertThat(page.locator("#brouillon-illisible-" + nombre).count()).isOne();
            assertThat(page.locator("#brouillon-illisible-" + ancien).count()).isOne();
            PagesPro.verifierPage(session, "brouillons-illisibles");

            // resuming it, or one of its steps, leads back to the list rather than to an error
            for (String adresse : List.of("/pro/enregistrement/brouillons/" + nombre,
                    "/pro/enregistrement/brouillons/" + nombre + "/etapes/logement-actuel")) {
                Response reprise = page.navigate(adresse);
                assertThat(reprise.status()).as(adresse).isEqualTo(200);
                assertThat(page.url()).as(adresse).endsWith("/pro/enregistrement");
            }
            page.locator("#brouillon-illisible-" + nombre + " button").click();
            page.waitForURL(Pattern.compile(".*/pro/enregistrement\\?supprime$"));
            assertThat(page.locator("#brouillon-illisible-" + nombre).count()).isZero();
            assertThat(compter(nombre)).isZero();
            PagesPro.verifierPage(session, "brouillon-illisible-supprime");
            page.locator("#brouillon-illisible-" + ancien + " button").click();
            page.waitForURL(Pattern.compile(".*/pro/enregistrement\\?supprime$"));
            assertThat(compter(ancien)).isZero();
        }
    }

    @Test
    void un_brouillon_de_modification_illisible_est_montre_avec_son_erreur_et_la_modification_recommence() {
        ClientApi api = new ClientApi(port);
        DemandeExemple exemple = DemandeExemple.nord();
        ClientApi.Reponse creee = api.post("G5901", "/v1.0/demandes", exemple.json(), UUID.randomUUID().toString());
        assertThat(creee.statut()).as(creee.texte()).isEqualTo(201);
        String numero = creee.json().get("numeroUnique").asString();
        UUID illisible = brouillonEcrit("agent-g5902", "G5902",
                "{\"logementActuel\": {\"loyerMensuel\": 1e2000}}", numero);

        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5902");
            page.navigate("/pro/demandes/" + numero);
            page.locator("#modifier-demande").click();
            page.waitForURL(Pattern.compile(".*/pro/demandes/" + numero + "/modification$"));
            page.waitForLoadState();
            assertThat(page.locator("h1").textContent()).isEqualTo("Modifier la demande " + numero);
            assertThat(page.locator("#brouillon-illisible").textContent()).contains("ne peut plus être relu");
            PagesPro.verifierPage(session, "modification-brouillon-illisible");
            // one of its steps leads there too
            Response etape = page.navigate("/pro/demandes/" + numero + "/modification/" + illisible
                    + "/etapes/demandeur");
            assertThat(etape.status()).isEqualTo(200);
            assertThat(page.locator("#brouillon-illisible").count()).isOne();

            page.locator("#supprimer-brouillon-illisible").click();
            page.waitForURL(ETAPE_MODIFICATION);
            assertThat(page.url()).endsWith("/etapes/demandeur");
            assertThat(page.locator("#demandeur-nomNaissance").inputValue()).isEqualTo(exemple.nom());
            assertThat(compter(illisible)).isZero();
            PagesPro.verifierPage(session, "modification-apres-brouillon-illisible");
        }
    }

    /** A draft row written directly, as an older version or a corruption would leave it. */
    private UUID brouillonEcrit(String agent, String guichet, String contenu, String demandeModifiee) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into brouillon_demande (id, agent, guichet, contenu, saisies_brutes, etape, cree_le, modifie_le,
                                               demande_modifiee, version_demande)
                values (?, ?, ?, ?::jsonb, '{}'::jsonb, 'logement-actuel', now(), now(), ?, ?)""")
                .params(id, agent, guichet, contenu, demandeModifiee, demandeModifiee == null ? null : 0)
                .update();
        return id;
    }

    private long compter(UUID id) {
        return jdbc.sql("select count(*) from brouillon_demande where id = ?").param(id).query(Long.class).single();
    }
}
