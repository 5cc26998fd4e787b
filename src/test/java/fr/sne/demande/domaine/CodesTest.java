package fr.sne.demande.domaine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** The small value types of codes whose format the registry checks in one place. */
class CodesTest {

    @Test
    void un_code_commune_insee_a_cinq_caracteres_corse_comprise() {
        assertThat(new CodeCommune("59350").valeur()).isEqualTo("59350");
        assertThat(new CodeCommune("2A004")).hasToString("2A004");
        for (String mauvais : new String[] {"5935", "593500", "2C004", " 59350", "59 350"}) {
            assertThat(CodeCommune.estBienForme(mauvais)).as(mauvais).isFalse();
            assertThatIllegalArgumentException().isThrownBy(() -> new CodeCommune(mauvais));
        }
    }

    @Test
    void un_code_guichet_est_celui_que_porte_le_numero_unique() {
        CodeGuichet guichet = new CodeGuichet("G5901");
        assertThat(new NumeroUnique("0591126000042" + guichet.valeur()).guichet()).isEqualTo(guichet.valeur());
        assertThatIllegalArgumentException().isThrownBy(() -> new CodeGuichet("5901G"));
        assertThatIllegalArgumentException().isThrownBy(() -> new CodeGuichet("G59011"));
        assertThat(NumeroUnique.estBienForme("0591126000042X5901")).isFalse();
    }
}
