package fr.sne.referentiel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalisationNomTest {

    @Test
    void accents_casse_ponctuation_et_articles_sont_ignores() {
        assertThat(NormalisationNom.ascii("Côte d’Ivoire")).isEqualTo("COTE D IVOIRE");
        assertThat(NormalisationNom.cle("États-Unis")).isEqualTo(NormalisationNom.cle("ETATS UNIS"));
        assertThat(NormalisationNom.cle("Congo (République démocratique du)"))
                .isEqualTo(NormalisationNom.cle("RÉPUBLIQUE DÉMOCRATIQUE DU CONGO"));
        assertThat(NormalisationNom.cle("ŒUF  -- Ærø")).isEqualTo("AERO OEUF");
        assertThat(NormalisationNom.cle("REUNION（LA）")).isEqualTo("REUNION");
        assertThat(NormalisationNom.ascii("São Tomé-et-Príncipe, Straße, Łódź, Ísland")).isEqualTo(
                "SAO TOME ET PRINCIPE STRASSE LODZ ISLAND");
    }

    @Test
    void sans_parentheses() {
        assertThat(NormalisationNom.cleSansParentheses("CLIPPERTON (ILE)")).isEqualTo("CLIPPERTON");
        assertThat(NormalisationNom.cleSansParentheses("PALESTINE (Territoir")).isEqualTo("PALESTINE");
    }
}
