package fr.sne.commun.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import fr.sne.commun.CodeMotif;

/** The QR scheme of printed sheets: signed, verified, and every forgery or damage refused (ADR 0024). */
class SceauQrTest {

    private static final String CLE = "cle-de-l-essai-du-sceau-des-qr-codes-0123456789";
    private final SceauQr sceau = SceauQr.avecCle(CLE);
    private final ContenuQr fiche =
            new ContenuQr(NatureFeuille.FICHE_TRANSMISSION, "0591126000042G5901", LocalDate.of(2026, 12, 7));

    private static CodeMotif refus(SceauQr sceau, String texte) {
        try {
            sceau.verifier(texte);
        } catch (QrRefuseException e) {
            return e.code();
        }
        throw new AssertionError("accepté : " + texte);
    }

    @Test
    void le_texte_signe_se_verifie_et_rend_son_contenu() {
        String texte = sceau.texte(fiche);
        assertThat(texte).startsWith("SNE1:FT:0591126000042G5901:20261207:").hasSize(36 + 32)
                .matches("[0-9A-Z:]+");
        assertThat(sceau.verifier(texte)).isEqualTo(fiche);
        assertThat(sceau.texte(fiche)).isEqualTo(texte);
    }

    @Test
    void chaque_caractere_altere_est_refuse() {
        String texte = sceau.texte(fiche);
        for (int i = 0; i < texte.length(); i++) {
            char c = texte.charAt(i);
            char autre = c == '0' ? '1' : c == 'A' ? 'B' : c == ':' ? '-' : Character.isDigit(c) ? '0' : 'A';
            String altere = texte.substring(0, i) + autre + texte.substring(i + 1);
            assertThat(refus(sceau, altere)).as("position %d", i).isEqualTo(CodeMotif.QR_INVALIDE);
        }
    }

    @Test
    void un_autre_numero_ou_une_autre_nature_avec_la_signature_d_origine_est_refuse() {
        String texte = sceau.texte(fiche);
        String signature = texte.substring(texte.lastIndexOf(':'));
        assertThat(refus(sceau, "SNE1:FT:0591126000043G5901:20261207" + signature)).isEqualTo(CodeMotif.QR_INVALIDE);
        assertThat(refus(sceau, "SNE1:AE:0591126000042G5901:20261207" + signature)).isEqualTo(CodeMotif.QR_INVALIDE);
    }

    @Test
    void tronque_vide_ou_d_un_autre_schema_est_refuse() {
        String texte = sceau.texte(fiche);
        for (int n = 0; n < texte.length(); n++) {
            assertThat(refus(sceau, texte.substring(0, n))).isEqualTo(CodeMotif.QR_INVALIDE);
        }
        assertThat(refus(sceau, texte + "0")).isEqualTo(CodeMotif.QR_INVALIDE);
        assertThat(refus(sceau, texte.toLowerCase())).isEqualTo(CodeMotif.QR_INVALIDE);
        assertThat(refus(sceau, "SNE:NUN:0591126000042G5901")).isEqualTo(CodeMotif.QR_INVALIDE);
        assertThat(refus(sceau, "https://exemple.test/?q=0591126000042G5901")).isEqualTo(CodeMotif.QR_INVALIDE);
    }

    @Test
    void signe_avec_une_autre_cle_c_est_un_faux() {
        String faux = SceauQr.avecCle("la-cle-d-un-faussaire-qui-connait-le-schema").texte(fiche);
        assertThat(refus(sceau, faux)).isEqualTo(CodeMotif.QR_INVALIDE);
    }

    @Test
    void une_cle_precedente_verifie_encore_les_feuilles_qu_elle_a_signees() {
        String ancienne = "l-ancienne-cle-des-qr-codes-avant-la-rotation";
        String imprimeAvant = SceauQr.avecCle(ancienne).texte(fiche);
        SceauQr apres = new SceauQr("la-nouvelle-cle-des-qr-codes-apres-la-rotation", List.of(ancienne),
                new MockEnvironment());
        assertThat(apres.verifier(imprimeAvant)).isEqualTo(fiche);
        assertThat(apres.texte(fiche)).isNotEqualTo(imprimeAvant);
    }

    @Test
    void une_cle_vide_ou_courte_est_refusee_au_demarrage_et_la_cle_de_demo_sous_prod() {
        assertThatThrownBy(() -> SceauQr.avecCle("")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sne.qr.cle");
        assertThatThrownBy(() -> SceauQr.avecCle("courte-de-31-caracteres-xxxxxxx"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SceauQr(CLE, List.of("trop-courte"), new MockEnvironment()))
                .hasMessageContaining("sne.qr.cles-precedentes");
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new SceauQr(SceauQr.CLE_DEMONSTRATION, List.of(), prod))
                .hasMessageContaining("démonstration");
        assertThat(new SceauQr(CLE, List.of(), prod).verifier(sceau.texte(fiche))).isEqualTo(fiche);
    }

    @Test
    void l_image_se_lit_sur_une_page_et_une_page_blanche_n_a_pas_de_code() throws Exception {
        BufferedImage code = ImageIO.read(new ByteArrayInputStream(sceau.png(fiche)));
        BufferedImage page = new BufferedImage(1654, 2339, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        assertThat(LecteurQr.lire(page)).isEmpty();
        g.drawImage(code, 1200, 150, 220, 220, null);
        g.dispose();
        assertThat(LecteurQr.lire(page).map(sceau::verifier)).contains(fiche);
    }
}
