package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import fr.sne.ClientApi;
import fr.sne.TestIntegration;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeExemple;
import fr.sne.demande.JournalConsultations;
import fr.sne.portail.FichiersEssai;
import fr.sne.portail.application.Rattachements;

/**
 * Following a demande on the portal in a real browser (issue 18 §3): the applicant sees an event of the gestion
 * partagée and who consulted his demande, adds a photo of his identity document on a phone-sized screen (390 px),
 * and a forged file is refused with one sentence; then, on the professional application, the gestionnaire
 * territorial sees that an applicant signed in during the renewal period of a demande radiated for non-renewal, and
 * reactivates it. Every page checked by axe-core, captured at desktop and mobile width.
 */
@TestIntegration
class PortailSuiviNavigateurIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rattachements rattachements;

    @Autowired
    JournalConsultations consultations;

    private String enregistrer() {
        ClientApi.Reponse r = new ClientApi(port).post("G5901", "/v1.0/demandes", DemandeExemple.nord().json(),
                UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private UUID compte(String sujet) {
        return jdbc.sql("select id from compte_demandeur where sujet = ?").param(sujet).query(UUID.class).single();
    }

    private static void connecterAuPortail(Page page, String identifiant) {
        page.navigate("/portail/demandes");
        page.waitForURL(Pattern.compile(".*/login.*"));
        page.getByLabel("Identifiant").fill(identifiant);
        page.getByLabel("Mot de passe").fill(identifiant + "-mdp");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        page.waitForURL(Pattern.compile(".*/portail/demandes$"));
    }

    @Test
    void le_demandeur_voit_un_evenement_ajoute_une_photo_depuis_son_telephone_et_voit_qui_a_consulte() {
        String numero = enregistrer();
        assertThat(new ClientApi(port).post("G5901", "/v1.0/demandes/" + numero + "/evenements", Map.of("code",
                "DEMANDE_PIECES", "date", LocalDate.now(PARIS).toString()), null).statut()).isEqualTo(201);
        consultations.piecesAffichees(Acteur.agent("agent-g5901", "G5901", "BAILLEUR", "059"), numero);

        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            connecterAuPortail(page, "demandeur-1");
            rattachements.rattacher(compte("demandeur-1"), numero);

            page.navigate("/portail/demandes/" + numero);
            assertThat(page.locator("#evenements").textContent()).contains("Demande d'informations ou de pièces",
                    "Habitat du Nord (démo)");
            assertThat(page.locator("#consultations").textContent())
                    .contains("Le bailleur Habitat du Nord (démo) a consulté votre demande le");
            PagesPro.verifierPage(session, "portail-suivi-demande");

            // on a phone: the identity document, photographed
            page.setViewportSize(390, 844);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Ajouter : Identité et régularité du séjour")).first().click();
            page.waitForURL(Pattern.compile(".*/pieces/IDENTITE$"));
            assertThat(page.locator("#photo").getAttribute("capture")).isEqualTo("environment");
            assertThat(page.locator("#limites").textContent()).contains("10 Mo au plus");
            PagesPro.verifierPage(session, "portail-suivi-depot");

            // a PDF that says it is a photo: one sentence, nothing written
            page.locator("#fichier").setInputFiles(new FilePayload("photo.jpg", "image/jpeg", FichiersEssai.pdf()));
            Response refus = page.waitForResponse(r -> r.request().method().equals("POST"),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer le fichier"))
                            .click());
            assertThat(refus.status()).isEqualTo(422);
            assertThat(page.locator("#refus-depot").textContent()).contains("n’est pas ce que son nom annonce");
            PagesPro.verifierPage(session, "portail-suivi-depot-refus");
            assertThat(jdbc.sql("select count(*) from piece where numero_unique = ?").param(numero)
                    .query(Integer.class).single()).isZero();

            page.locator("#photo").setInputFiles(new FilePayload("IMG_0001.png", "image/png",
                    FichiersEssai.photo()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la photo")).click();
            page.waitForURL(Pattern.compile(".*/portail/demandes/" + numero + "/pieces$"));
            assertThat(page.locator("#piece-deposee").textContent()).contains("Votre document est bien arrivé");
            PagesPro.verifierPage(session, "portail-suivi-pieces");
            assertThat(jdbc.sql("select categorie || ' ' || guichet from piece where numero_unique = ?")
                    .param(numero).query(String.class).list()).containsExactly("IDENTITE GPORT");

            page.setViewportSize(1280, 900);
            page.navigate("/portail/demandes/" + numero + "/consultations");
            assertThat(page.locator("#consultations").textContent()).contains("Le bailleur Habitat du Nord (démo)");
            PagesPro.verifierPage(session, "portail-suivi-consultations");
        }
    }

    @Test
    void le_gestionnaire_voit_la_trace_de_connexion_et_reactive_la_demande_radiee_pour_non_renouvellement() {
        String numero = enregistrer();
        LocalDate fin = LocalDate.now(PARIS).minusMonths(8);
        jdbc.sql("""
                update demande set date_depot = ?, date_fin_validite = ?, statut = 'RADIEE', motif_radiation = 'e',
                                   date_radiation = ? where numero_unique = ?""")
                .params(fin.minusYears(1), fin, fin.plusDays(1), numero).update();

        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            // no sign-in during the renewal period yet: the button is greyed, with its reason
            PagesPro.connecter(page, "gestionnaire-059");
            page.navigate("/pro/demandes/" + numero);
            assertThat(page.locator("#connexion-renouvellement").count()).isZero();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Réactiver")).count())
                    .isZero();

            // the applicant had signed in to the portal two weeks before the end of validity, without renewing
            UUID compte = UUID.randomUUID();
            Timestamp le = Timestamp.from(fin.minusWeeks(2).atTime(18, 30).atZone(PARIS).toInstant());
            jdbc.sql("insert into compte_demandeur (id, sujet, cree_le, derniere_connexion) values (?, ?, ?, ?)")
                    .params(compte, "essai-" + compte, le, le).update();
            jdbc.sql("insert into rattachement_demandeur (compte, numero_unique, depuis, mode) values (?, ?, ?, 'CODE')")
                    .params(compte, numero, le).update();
            jdbc.sql("insert into connexion_demandeur (compte, le) values (?, ?)").params(compte, le).update();

            page.navigate("/pro/demandes/" + numero);
            assertThat(page.locator("#connexion-renouvellement").textContent())
                    .contains("Le demandeur s’est connecté le", "pendant la période de renouvellement");
            PagesPro.verifierPage(session, "pro-trace-connexion-renouvellement");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Réactiver")).click();
            page.waitForURL(Pattern.compile(".*/reactivation"));
            PagesPro.verifierPage(session, "pro-reactivation-gestionnaire");
            page.getByText("Je confirme la réactivation").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer la réactivation")).click();
            page.waitForURL(Pattern.compile(".*/pro/demandes/" + numero));
            assertThat(page.locator("#etat-demande").textContent()).isEqualTo("Active");
        }
        assertThat(jdbc.sql("select type || ' ' || coalesce(guichet, '-') from mouvement where numero_unique = ? order by id")
                .param(numero).query(String.class).list()).containsExactly("CRE G5901", "REN -");
    }
}
