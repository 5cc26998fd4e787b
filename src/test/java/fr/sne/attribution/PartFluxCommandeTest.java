package fr.sne.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;

import org.junit.jupiter.api.Test;

import fr.sne.attribution.application.PartFluxCommande;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;

/** A share typed in a form: read once, every field error at once. */
class PartFluxCommandeTest {

    private static final Year ANNEE = Year.of(2026);

    @Test
    void une_part_a_virgule_decimale_est_lue() {
        PartFluxCommande commande = PartFluxCommande.lire(" 990 590 010 ", "2027", "12,5", ANNEE);
        assertThat(commande.sirenBailleur()).isEqualTo("990590010");
        assertThat(commande.annee()).isEqualTo(2027);
        assertThat(commande.part()).isEqualByComparingTo("12.5");
    }

    @Test
    void chaque_champ_faux_a_son_erreur() {
        assertThatThrownBy(() -> PartFluxCommande.lire(null, "", "douze", ANNEE))
                .isInstanceOf(DonneesInvalidesException.class)
                .satisfies(e -> assertThat(((DonneesInvalidesException) e).erreurs()).extracting(ErreurChamp::champ,
                        ErreurChamp::code).containsExactly(org.assertj.core.groups.Tuple.tuple("siren", "OBLIGATOIRE"),
                                org.assertj.core.groups.Tuple.tuple("annee", "OBLIGATOIRE"),
                                org.assertj.core.groups.Tuple.tuple("part", "FORMAT_INVALIDE")));
        assertThatThrownBy(() -> PartFluxCommande.lire("99059001", "2028", "100,01", ANNEE))
                .isInstanceOf(DonneesInvalidesException.class)
                .satisfies(e -> assertThat(((DonneesInvalidesException) e).erreurs()).extracting(ErreurChamp::champ,
                        ErreurChamp::code).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("siren", "FORMAT_INVALIDE"),
                                org.assertj.core.groups.Tuple.tuple("annee", "HORS_BORNES"),
                                org.assertj.core.groups.Tuple.tuple("part", "HORS_BORNES")));
        assertThatThrownBy(() -> PartFluxCommande.lire("990590010", "2019", "1.005", ANNEE))
                .isInstanceOf(DonneesInvalidesException.class);
    }
}
