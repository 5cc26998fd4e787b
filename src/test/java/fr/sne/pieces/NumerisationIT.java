package fr.sne.pieces;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.document.GenerateurPdf;
import fr.sne.commun.qr.SceauQr;
import fr.sne.commun.stockage.Stockage;
import fr.sne.demande.DemandeExemple;
import fr.sne.pieces.application.FicheTransmission;
import fr.sne.pieces.application.GenerateurFicheTransmission;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import tools.jackson.databind.JsonNode;

/**
 * The paper way (ADR 0024), end to end on PostgreSQL: a guichet prints a demande's fiche de transmission; the
 * provider scans it on top of a few pages (the fiche rendered to an image, as a scanner gives it) and posts the
 * bundle; the pieces land on that demande. A forged fiche, a bundle without a code, a client without the
 * habilitation are refused and leave nothing. Then the digital copy of the dossier, by e-mail.
 */
class NumerisationIT extends ApiIT {

    private static final String PRESTATAIRE = "NUMERISATION";

    @Autowired
    private Stockage stockage;

    @Autowired
    private GreenMail courriels;

    @Autowired
    private GenerateurFicheTransmission generateur;

    /** A genuine fiche of this demande, signed with the registry's key, as the fiche endpoint prints it. */
    private byte[] ficheSignee(String numero) {
        return generateur.generer(new FicheTransmission(numero, "Claire Test", List.of("12 rue de Paris",
                "59000 Lille"), "Habitat du Nord (démo)", "Nord", List.of(), Instant.now()));
    }

    private String enregistrer(DemandeExemple exemple) {
        Reponse r = api.post("G5901", "/v1.0/demandes", exemple.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private byte[] fiche(String numero) {
        Reponse r = api.get("G5901", "/v1.0/demandes/" + numero + "/fiche-transmission");
        assertThat(r.statut()).as(r.texte()).isEqualTo(200);
        assertThat(r.entete("Content-Type")).startsWith("application/pdf");
        return r.corps();
    }

    /** A page of the bundle as a scanner makes it: a grey JPEG at 150 dpi, A4. */
    private static void pageImage(PDDocument lot, BufferedImage image) throws Exception {
        PDPage page = new PDPage(PDRectangle.A4);
        lot.addPage(page);
        PDImageXObject jpeg = JPEGFactory.createFromImage(lot, image, 0.85f);
        try (PDPageContentStream contenu = new PDPageContentStream(lot, page)) {
            contenu.drawImage(jpeg, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
    }

    /** A scanned sheet of paper with some text on it. */
    private static BufferedImage feuille(String texte) {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        g.drawString(texte, 120, 200);
        g.drawString("Document numérisé " + UUID.randomUUID(), 120, 300);
        g.dispose();
        return image;
    }

    /** The fiche printed and scanned (page 1 rendered to an image), then the pages of the pieces. */
    private static byte[] lot(byte[] fichePdf, String... pages) throws Exception {
        try (PDDocument fiche = Loader.loadPDF(fichePdf); PDDocument lot = new PDDocument()) {
            pageImage(lot, new org.apache.pdfbox.rendering.PDFRenderer(fiche).renderImageWithDPI(0, 150,
                    org.apache.pdfbox.rendering.ImageType.GRAY));
            for (String page : pages) {
                pageImage(lot, feuille(page));
            }
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            lot.save(sortie);
            return sortie.toByteArray();
        }
    }

    private Reponse deposerLot(String client, byte[] pdf, String plagesJson) throws Exception {
        String frontiere = "----sne" + UUID.randomUUID();
        ByteArrayOutputStream corps = new ByteArrayOutputStream();
        corps.write(("--" + frontiere + "\r\nContent-Disposition: form-data; name=\"lot\"; filename=\"lot.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        corps.write(pdf);
        corps.write("\r\n".getBytes(StandardCharsets.UTF_8));
        if (plagesJson != null) {
            corps.write(("--" + frontiere + "\r\nContent-Disposition: form-data; name=\"plages\"\r\n"
                    + "Content-Type: application/json\r\n\r\n" + plagesJson + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        corps.write(("--" + frontiere + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> reponse = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/v1.0/numerisation"))
                .header("Authorization", "Bearer " + api.jeton(client))
                .header("Content-Type", "multipart/form-data; boundary=" + frontiere)
                .POST(HttpRequest.BodyPublishers.ofByteArray(corps.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Reponse(reponse.statusCode(), java.util.Map.of(), reponse.body(),
                tools.jackson.databind.json.JsonMapper.builder().build());
    }

    private int pieces(String numero) {
        return jdbc.sql("select count(*) from piece where numero_unique = ?").param(numero).query(Integer.class)
                .single();
    }

    private long objetsStockes() {
        try (var objets = stockage.lister("pieces/")) {
            return objets.count();
        }
    }

    @Test
    void la_fiche_imprimee_puis_numerisee_classe_les_pages_suivantes_sur_sa_demande() throws Exception {
        String numero = enregistrer(DemandeExemple.nord());
        String autre = enregistrer(DemandeExemple.nord());
        byte[] fiche = fiche(numero);
        try (PDDocument doc = Loader.loadPDF(fiche)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String texte = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(texte).contains(numero, "Claire", "Pièces encore attendues");
        }

        Reponse r = deposerLot(PRESTATAIRE, lot(fiche, "Carte d'identité recto", "Carte d'identité verso",
                "Avis d'imposition"), null);

        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        JsonNode corps = r.json();
        assertThat(corps.get("numeroUnique").asString()).isEqualTo(numero);
        assertThat(corps.get("feuille").asString()).isEqualTo("FICHE_TRANSMISSION");
        assertThat(corps.get("pieces")).hasSize(3);
        assertThat(pieces(numero)).isEqualTo(3);
        assertThat(pieces(autre)).isZero();
        assertThat(jdbc.sql("select count(*) from piece where numero_unique = ? and guichet = 'GNUMA'")
                .param(numero).query(Integer.class).single()).isEqualTo(3);
        // the guichet of the demande sees them
        Reponse liste = api.get("G5901", "/v1.0/demandes/" + numero + "/pieces");
        assertThat(liste.statut()).as(liste.texte()).isEqualTo(200);
    }

    @Test
    void les_plages_du_prestataire_font_une_piece_chacune_avec_sa_categorie() throws Exception {
        String numero = enregistrer(DemandeExemple.nord());
        byte[] fiche = fiche(numero);

        Reponse r = deposerLot(PRESTATAIRE, lot(fiche, "Avis 2025 page 1", "Avis 2025 page 2", "Bulletin"),
                "[{\"de\":2,\"a\":3,\"categorie\":\"IDENTITE\",\"libelle\":\"carte d'identité\"},"
                        + "{\"de\":4,\"a\":4}]");

        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        assertThat(r.json().get("pieces")).hasSize(2);
        assertThat(r.json().get("pieces").get(0).get("premierePage").asInt()).isEqualTo(1);
        assertThat(r.json().get("pieces").get(0).get("dernierePage").asInt()).isEqualTo(2);
        assertThat(pieces(numero)).isEqualTo(2);
        assertThat(jdbc.sql("select categorie from piece where numero_unique = ? order by deposee_le, categorie")
                .param(numero).query(String.class).list()).containsExactlyInAnyOrder("IDENTITE", "A_QUALIFIER");
    }

    @Test
    void un_lot_qui_remplit_trop_une_categorie_est_refuse_tout_entier_sans_objet_ni_ligne() throws Exception {
        String numero = enregistrer(DemandeExemple.nord());
        long objets = objetsStockes();
        int maximum = jdbc.sql("""
                select c.maximum from categorie_piece c
                 where c.code = 'IDENTITE' and c.version_plan = (select max(version) from plan_classement)""")
                .query(Integer.class).single();
        String[] pages = new String[maximum + 1];
        StringBuilder plages = new StringBuilder("[");
        for (int i = 0; i < pages.length; i++) {
            pages[i] = "Pièce d'identité " + i;
            plages.append(i == 0 ? "" : ",").append("{\"de\":").append(i + 2).append(",\"a\":").append(i + 2)
                    .append(",\"categorie\":\"IDENTITE\"}");
        }
        plages.append(']');
        int mouvements = jdbc.sql("select count(*) from mouvement where numero_unique = ?").param(numero)
                .query(Integer.class).single();

        Reponse r = deposerLot(PRESTATAIRE, lot(fiche(numero), pages), plages.toString());

        assertThat(r.statut()).as(r.texte()).isEqualTo(409);
        assertThat(r.json().get("code").asString()).isEqualTo("CATEGORIE_PLEINE");
        assertThat(pieces(numero)).isZero();
        assertThat(objetsStockes()).isEqualTo(objets);
        assertThat(jdbc.sql("select count(*) from mouvement where numero_unique = ?").param(numero)
                .query(Integer.class).single()).isEqualTo(mouvements);
    }

    @Test
    void une_fiche_contrefaite_ou_sans_code_est_refusee_et_rien_n_est_garde() throws Exception {
        String victime = enregistrer(DemandeExemple.nord());
        String vraie = enregistrer(DemandeExemple.nord());
        long objets = objetsStockes();

        // same layout, another numéro, signed with a key that is not the registry's
        byte[] contrefaite = new GenerateurFicheTransmission(new GenerateurPdf(),
                SceauQr.avecCle("la-cle-d-un-faussaire-qui-connait-le-schema"))
                .generer(new FicheTransmission(victime, "Claire Faussaire", List.of("1 rue du Faux"),
                        "Habitat du Nord (démo)", "Nord", List.of(), Instant.now()));
        Reponse faux = deposerLot(PRESTATAIRE, lot(contrefaite, "pièce glissée"), null);
        assertThat(faux.statut()).as(faux.texte()).isEqualTo(422);
        assertThat(faux.json().get("code").asString()).isEqualTo("QR_INVALIDE");

        // the same bundle behind a genuine fiche passes the code (and stops at its empty ranges): the code decided
        Reponse vraiCode = deposerLot(PRESTATAIRE, lot(ficheSignee(vraie), "a", "b", "c"),
                "[{\"de\":2,\"a\":2},{\"de\":4,\"a\":4}]");
        assertThat(vraiCode.statut()).as(vraiCode.texte()).isEqualTo(422);
        assertThat(vraiCode.json().get("code").asString()).isEqualTo("PLAGES_PAGES_INVALIDES");

        try (PDDocument sansCode = new PDDocument()) {
            pageImage(sansCode, feuille("Une lettre sans QR code"));
            pageImage(sansCode, feuille("Une pièce"));
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            sansCode.save(sortie);
            Reponse illisible = deposerLot(PRESTATAIRE, sortie.toByteArray(), null);
            assertThat(illisible.statut()).isEqualTo(422);
            assertThat(illisible.json().get("code").asString()).isEqualTo("QR_ILLISIBLE");
        }

        Reponse pasUnPdf = deposerLot(PRESTATAIRE, "pas un PDF".getBytes(StandardCharsets.UTF_8), null);
        assertThat(pasUnPdf.statut()).isEqualTo(422);
        assertThat(pasUnPdf.json().get("code").asString()).isEqualTo("LOT_ILLISIBLE");

        Reponse seule = deposerLot(PRESTATAIRE, lot(ficheSignee(vraie)), null);
        assertThat(seule.statut()).isEqualTo(422);
        assertThat(seule.json().get("code").asString()).isEqualTo("LOT_SANS_PIECE");

        assertThat(pieces(victime)).isZero();
        assertThat(pieces(vraie)).isZero();
        assertThat(objetsStockes()).isEqualTo(objets);
    }

    @Test
    void seul_le_prestataire_habilite_depose_un_lot_et_il_ne_lit_pas_les_demandes() throws Exception {
        String numero = enregistrer(DemandeExemple.nord());
        Reponse guichet = deposerLot("G5901", lot(ficheSignee(numero), "pièce"), null);
        assertThat(guichet.statut()).isEqualTo(403);
        assertThat(guichet.json().get("code").asString()).isEqualTo("HABILITATION_MANQUANTE");
        assertThat(api.get(PRESTATAIRE, "/v1.0/demandes/" + numero).statut()).isEqualTo(403);
        assertThat(pieces(numero)).isZero();
    }

    @Test
    void la_copie_numerique_part_par_courriel_avec_un_mouvement_cop_et_sans_adresse_c_est_refuse()
            throws Exception {
        String numero = enregistrer(DemandeExemple.nord());
        int avant = courriels.getReceivedMessages().length;

        Reponse r = api.post("G5901", "/v1.0/demandes/" + numero + "/copie-numerique", "", null);

        assertThat(r.statut()).as(r.texte()).isEqualTo(200);
        // GreenMail lists messages per mailbox, not in order of arrival, and the registration's own e-mail (its
        // personal code) may arrive meanwhile: the digital copy is the one message of its subject for this numéro
        assertThat(courriels.getReceivedMessages().length).isGreaterThan(avant);
        List<MimeMessage> recus = new ArrayList<>();
        for (MimeMessage m : courriels.getReceivedMessages()) {
            if (m.getSubject().startsWith("Copie numérique") && m.getSubject().contains(numero)) {
                recus.add(m);
            }
        }
        assertThat(recus).singleElement().satisfies(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("claire@example.org");
            assertThat(m.getSubject()).contains(numero);
            MimeMultipart parties = (MimeMultipart) m.getContent();
            boolean pdf = false;
            for (int i = 0; i < parties.getCount(); i++) {
                if (parties.getBodyPart(i).getContentType().startsWith("application/pdf")) {
                    try (PDDocument doc = Loader.loadPDF(parties.getBodyPart(i).getInputStream().readAllBytes())) {
                        assertThat(new PDFTextStripper().getText(doc)).contains(numero, "Claire");
                        pdf = true;
                    }
                }
            }
            assertThat(pdf).isTrue();
        });
        assertThat(jdbc.sql("select count(*) from mouvement where numero_unique = ? and type = 'COP'")
                .param(numero).query(Integer.class).single()).isEqualTo(1);

        DemandeExemple sansCourriel = DemandeExemple.nord();
        sansCourriel.json().remove("contact");
        String sans = enregistrer(sansCourriel);
        Reponse refus = api.post("G5901", "/v1.0/demandes/" + sans + "/copie-numerique", "", null);
        assertThat(refus.statut()).isEqualTo(409);
        assertThat(refus.json().get("code").asString()).isEqualTo("COURRIEL_DEMANDEUR_ABSENT");
        assertThat(jdbc.sql("select count(*) from mouvement where numero_unique = ? and type = 'COP'")
                .param(sans).query(Integer.class).single()).isZero();
    }
}
