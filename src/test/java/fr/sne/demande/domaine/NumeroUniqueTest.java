package fr.sne.demande.domaine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumeroUniqueTest {

    @Test
    void compose_territoire_mois_annee_sequence_et_guichet_sur_18_caracteres() {
        NumeroUnique numero = NumeroUnique.composer("02A", LocalDate.of(2026, 3, 5), 42, "G2A01");
        assertThat(numero.valeur()).hasSize(18).isEqualTo("02A0326000042G2A01");
        assertThat(numero.territoire()).isEqualTo("02A");
        assertThat(numero.moisAnnee()).isEqualTo("0326");
        assertThat(numero.sequence()).isEqualTo(42);
        assertThat(numero.guichet()).isEqualTo("G2A01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1110318016982G1104", "1111023517879GDPUB"})
    void accepte_les_numeros_reels_publies(String reel) {
        assertThat(NumeroUnique.estBienForme(reel)).isTrue();
        assertThat(new NumeroUnique(reel).guichet()).startsWith("G");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1111323517879GDPUB", "1110023517879GDPUB", "111102351787GDPUB",
            "1111023517879XDPUB", "111102351787900PUB", "1111023517879gdpub"})
    void refuse_les_numeros_mal_formes(String faux) {
        assertThat(NumeroUnique.estBienForme(faux)).isFalse();
        assertThatThrownBy(() -> new NumeroUnique(faux)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void la_sequence_ne_depasse_pas_six_chiffres() {
        LocalDate date = LocalDate.of(2026, 11, 1);
        assertThat(NumeroUnique.composer("059", date, NumeroUnique.SEQUENCE_MAX, "G5901").sequence())
                .isEqualTo(999_999);
        assertThatThrownBy(() -> NumeroUnique.composer("059", date, 1_000_000, "G5901"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> NumeroUnique.composer("059", date, 0, "G5901"))
                .isInstanceOf(IllegalStateException.class);
    }
}
