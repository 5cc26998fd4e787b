package fr.sne.portail.domaine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DerivationCodesTest {

    private final DerivationCodes derivation = new DerivationCodes("une-cle-d-essai-d-au-moins-trente-deux-caracteres");

    @Test
    void un_code_depend_de_la_cle_du_numero_et_de_la_generation() {
        String code = derivation.code("0591126000001G5901", 0);
        assertThat(code).matches("[" + DerivationCodes.ALPHABET + "]{5}-[" + DerivationCodes.ALPHABET + "]{5}")
                .isEqualTo(derivation.code("0591126000001G5901", 0));
        assertThat(derivation.code("0591126000001G5901", 1)).isNotEqualTo(code);
        assertThat(derivation.code("0591126000002G5901", 0)).isNotEqualTo(code);
        assertThat(new DerivationCodes("une-autre-cle-d-essai-d-au-moins-trente-deux-car").code("0591126000001G5901", 0))
                .isNotEqualTo(code);
        // no look-alike characters
        assertThat(code).doesNotContain("0", "O", "1", "I", "L");
    }

    @Test
    void les_codes_de_numeros_voisins_se_repartissent_sur_l_alphabet() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            codes.add(derivation.code(String.format("0591126%06dG5901", i), 0));
        }
        assertThat(codes).hasSize(2000);
    }

    @Test
    void l_empreinte_ignore_les_separateurs_et_la_casse_mais_pas_un_caractere() {
        String code = derivation.code("0591126000001G5901", 0);
        String empreinte = derivation.empreinte(code);
        assertThat(empreinte).hasSize(64).doesNotContain(code.replace("-", ""));
        assertThat(derivation.empreinte(" " + code.toLowerCase().replace("-", " ") + " ")).isEqualTo(empreinte);
        String autre = (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);
        assertThat(DerivationCodes.memesEmpreintes(derivation.empreinte(autre), empreinte)).isFalse();
        assertThat(DerivationCodes.memesEmpreintes(derivation.empreinte(code), empreinte)).isTrue();
    }

    @Test
    void une_cle_courte_est_refusee() {
        assertThatThrownBy(() -> new DerivationCodes("courte")).isInstanceOf(IllegalArgumentException.class);
    }
}
