package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import fr.sne.ClientApi;
import fr.sne.TestIntegration;
import fr.sne.commun.HorlogeConfiguration;
import fr.sne.demande.DemandeExemple;
import fr.sne.pieces.application.MarquerPiecesObsoletes;

/**
 * The tab "Pièces" of a demande's page and the page of the pieces to tidy up, in a real browser (ADR 0026): an agent
 * without the instruction profile sees no verdict and the server refuses his forged one; agent-g5901, who holds it,
 * qualifies a piece; another guichet of the territory deletes the obsolete pieces in bulk after confirming.
 */
@TestIntegration
class PiecesNavigateurIT {

    private static final SecureRandom HASARD = new SecureRandom();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MarquerPiecesObsoletes obsolescence;
    @Autowired
    Clock horloge;

    @Test
    void l_instructeur_qualifie_une_piece_et_un_guichet_supprime_les_pieces_obsoletes_du_territoire() {
        var api = new ClientApi(port);
        var reponse = api.post("G5901", "/v1.0/demandes", DemandeExemple.nord().json(), UUID.randomUUID().toString());
        assertThat(reponse.statut()).as(reponse.texte()).isEqualTo(201);
        String numero = reponse.json().get("numeroUnique").asString();
        UUID ressources = piece(numero, "RESSOURCES", Instant.now());
        UUID autre = piece(numero, "AUTRE_INSTRUCTION", Instant.now());
        UUID ancienAvis = piece(numero, "AVIS_IMPOSITION", ZonedDateTime.now(HorlogeConfiguration.FUSEAU)
                .minusYears(4).toInstant());
        obsolescence.executer(LocalDate.now(horloge.withZone(HorlogeConfiguration.FUSEAU)));

        try (Navigateur.Session sansProfil = Navigateur.nouvelleSession(port);
                Navigateur.Session instructeur = Navigateur.nouvelleSession(port)) {
            Page page = sansProfil.page();
            PagesPro.connecter(page, "agent-g5902");
            page.navigate("/pro/demandes/" + numero + "?onglet=pieces");
            assertThat(page.locator("#tableau-pieces tbody tr").count()).isEqualTo(3);
            assertThat(page.locator("tr[data-piece='" + ressources + "'] form.sne-suppression").count())
                    .as("another guichet's piece is not his to delete").isZero();
            assertThat(page.locator("#tableau-pieces").textContent()).contains("Ressources", "Obsolète", "À qualifier");
            assertThat(page.locator("form.sne-qualification").count()).as("no verdict without the profile").isZero();
            assertThat(page.locator("#fiche-transmission").textContent()).isEqualTo("Générer la fiche de transmission");
            assertThat(page.locator("#formulaire-depot").count()).isOne();
            PagesPro.verifierPage(sansProfil, "pieces-onglet-sans-profil");

            // his forged verdict is refused by the server, nothing written
            String csrf = page.locator("input[name=_csrf]").first().getAttribute("value");
            var refus = page.request().post("http://localhost:" + port + "/pro/demandes/" + numero + "/pieces/"
                    + ressources + "/qualification", RequestOptions.create().setForm(FormData.create()
                            .set("_csrf", csrf).set("qualification", "VALIDE")).setMaxRedirects(0));
            assertThat(refus.status()).isEqualTo(403);
            assertThat(qualification(ressources)).isNull();

            Page pageInstructeur = instructeur.page();
            PagesPro.connecter(pageInstructeur, "agent-g5901");
            pageInstructeur.navigate("/pro/demandes/" + numero + "?onglet=pieces");
            assertThat(pageInstructeur.locator("form.sne-qualification").count()).as("the obsolete one has none")
                    .isEqualTo(2);
            PagesPro.verifierPage(instructeur, "pieces-onglet-instructeur");
            var ligne = pageInstructeur.locator("tr[data-piece='" + ressources + "']");
            ligne.locator("select").selectOption("INEXPLOITABLE");
            ligne.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName(Pattern.compile("^Qualifier"))).click();
            pageInstructeur.waitForURL(Pattern.compile(".*onglet=pieces$"));
            assertThat(pageInstructeur.locator("#message-succes").textContent()).contains("Inexploitable");
            assertThat(pageInstructeur.locator("tr[data-piece='" + ressources + "']").textContent())
                    .contains("Inexploitable");
            assertThat(qualification(ressources)).isEqualTo("INEXPLOITABLE agent-g5901");
            PagesPro.verifierPage(instructeur, "pieces-onglet-qualifiee");

            // a piece lodged from the tab: a real PDF, recognised by its content
            pageInstructeur.locator("#categorie").selectOption("IDENTITE");
            pageInstructeur.locator("#fichier").setInputFiles(pdf());
            pageInstructeur.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déposer la pièce")).click();
            pageInstructeur.waitForURL(Pattern.compile(".*onglet=pieces$"));
            assertThat(pageInstructeur.locator("#message-succes").textContent()).contains("déposée");
            assertThat(pageInstructeur.locator("#tableau-pieces").textContent()).contains("Identité");
            assertThat(jdbc.sql("select count(*) from piece where numero_unique = ? and categorie = 'IDENTITE' "
                    + "and supprimee_le is null").param(numero).query(Long.class).single()).isOne();
            PagesPro.verifierPage(instructeur, "pieces-onglet-deposee");

            // the fiche de transmission from the tab: a PDF; and the digital copy sent to the applicant (COP)
            var fiche = pageInstructeur.request().get(pageInstructeur.locator("#fiche-transmission")
                    .getAttribute("href").replaceFirst("^/", "http://localhost:" + port + "/"));
            assertThat(fiche.status()).isEqualTo(200);
            assertThat(fiche.headers().get("content-type")).isEqualTo("application/pdf");
            assertThat(new String(fiche.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            pageInstructeur.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Envoyer une copie numérique")).click();
            pageInstructeur.waitForURL(Pattern.compile(".*onglet=pieces$"));
            assertThat(pageInstructeur.locator("#message-succes").textContent()).contains("copie numérique");
            assertThat(jdbc.sql("select count(*) from mouvement where numero_unique = ? and type = 'COP'")
                    .param(numero).query(Long.class).single()).isOne();

            // the history tab names the registry's own movement types in words
            pageInstructeur.navigate("/pro/demandes/" + numero + "?onglet=historique");
            assertThat(pageInstructeur.locator("main").textContent()).contains("Pièce déposée (PJD)",
                    "Pièce qualifiée (PJQ)", "Copie numérique (COP)").doesNotContain("PJD (PJD)");
            pageInstructeur.navigate("/pro/demandes/" + numero + "?onglet=pieces");

            // his guichet's piece deleted with its reason
            var aSupprimer = pageInstructeur.locator("tr[data-piece='" + autre + "']");
            aSupprimer.locator("input[name=motif]").fill("Pièce d'un autre dossier");
            aSupprimer.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName(Pattern.compile("^Supprimer"))).click();
            pageInstructeur.waitForURL(Pattern.compile(".*onglet=pieces$"));
            assertThat(pageInstructeur.locator("#message-succes").textContent()).contains("supprimée");
            assertThat(pageInstructeur.locator("tr[data-piece='" + autre + "']").count()).isZero();
            assertThat(jdbc.sql("select motif_suppression from piece where id = ?").param(autre).query(String.class)
                    .single()).isEqualTo("Pièce d'un autre dossier");

            // the other guichet of the territory tidies up
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pièces à traiter").setExact(true))
                    .first().click();
            page.waitForURL(Pattern.compile(".*/pro/pieces/a-traiter$"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Pièces à traiter");
            PagesPro.verifierPage(sansProfil, "pieces-a-traiter");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Supprimer les pièces obsolètes"))
                    .click();
            page.waitForURL(Pattern.compile(".*/pro/pieces/a-traiter$"));
            assertThat(page.locator("#erreur-pieces").textContent()).contains("confirmation");
            assertThat(supprimee(ancienAvis)).isFalse();
            page.locator("label[for='confirmation']").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Supprimer les pièces obsolètes"))
                    .click();
            page.waitForURL(Pattern.compile(".*/pro/pieces/a-traiter$"));
            assertThat(page.locator("#message-succes").textContent()).contains("supprimée(s)");
            PagesPro.verifierPage(sansProfil, "pieces-a-traiter-supprimees");
            assertThat(supprimee(ancienAvis)).isTrue();
            assertThat(supprimee(ressources)).isFalse();

            page.navigate("/pro/demandes/" + numero + "?onglet=pieces");
            assertThat(page.locator("#tableau-pieces tbody tr").count()).as("ressources and the lodged one")
                    .isEqualTo(2);
        }
    }

    /** A one-page PDF written by PDFBox, with a line of its own so that its SHA-256 is new. */
    private static java.nio.file.Path pdf() {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var contenu = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                contenu.beginText();
                contenu.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                contenu.newLineAtOffset(72, 720);
                contenu.showText("Carte d'identite " + UUID.randomUUID());
                contenu.endText();
            }
            java.nio.file.Path fichier = java.nio.file.Files.createTempFile("piece-", ".pdf");
            document.save(fichier.toFile());
            fichier.toFile().deleteOnExit();
            return fichier;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private UUID piece(String numero, String categorie, Instant deposeeLe) {
        UUID id = UUID.randomUUID();
        byte[] empreinte = new byte[32];
        HASARD.nextBytes(empreinte);
        jdbc.sql("""
                insert into piece (id, numero_unique, categorie, type_media, taille, sha256, cle_stockage, guichet,
                                   acteur_type, acteur_id, deposee_le)
                values (?, ?, ?, 'application/pdf', 20480, ?, ?, 'G5901', 'AGENT', 'agent-g5901', ?)""")
                .params(id, numero, categorie, HexFormat.of().formatHex(empreinte), "pieces/" + id,
                        Timestamp.from(deposeeLe))
                .update();
        return id;
    }

    private String qualification(UUID piece) {
        return jdbc.sql("select qualification || ' ' || qualifiee_par from piece where id = ?").param(piece)
                .query(String.class).optional().orElse(null);
    }

    private boolean supprimee(UUID piece) {
        return jdbc.sql("select supprimee_le is not null from piece where id = ?").param(piece).query(Boolean.class)
                .single();
    }
}
