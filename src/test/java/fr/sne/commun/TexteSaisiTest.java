package fr.sne.commun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one check of every text a client sends, by the API or by a web form. */
class TexteSaisiTest {

    @Test
    void les_controles_bidirectionnels_sont_interdits() {
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E,
            0x200F, 0x061C}) {
            assertThat(TexteSaisi.caractereInterdit("12 rue " + Character.toString(c) + "de Paris"))
                    .as("U+%04X", c).isTrue();
        }
    }

    @Test
    void les_ecritures_de_droite_a_gauche_et_les_jointures_restent_admises() {
        for (String texte : List.of("12 rue de Paris", "Ligne 1\r\n\tLigne 2", "شارع الحرية", "רחוב הרצל",
                "می\u200Cخواهم", "क्‍ष", "Zoë Ægir 王")) {
            assertThat(TexteSaisi.caractereInterdit(texte)).as(texte).isFalse();
        }
    }

    @Test
    void l_erreur_du_champ_dit_pourquoi() {
        List<ErreurChamp> erreurs = new ArrayList<>();
        TexteSaisi.verifier("adresse.voie", "12 rue \u202Esirap", 200, erreurs);
        assertThat(erreurs).singleElement().satisfies(e -> {
            assertThat(e.champ()).isEqualTo("adresse.voie");
            assertThat(e.code()).isEqualTo(CodeMotif.CARACTERE_INTERDIT.name());
            assertThat(e.message()).contains("sens d'écriture");
        });
    }

    @Test
    void un_nul_garde_par_un_brouillon_devient_le_caractere_de_remplacement_lui_aussi_refuse() {
        String stocke = TexteSaisi.stockable("14 rue\u0000Gambetta");
        assertThat(stocke).doesNotContain("\u0000").isEqualTo("14 rue\uFFFDGambetta");
        assertThat(TexteSaisi.caractereInterdit(stocke)).isTrue();
        assertThat(TexteSaisi.stockable("14 rue Gambetta")).isEqualTo("14 rue Gambetta");
    }
}
