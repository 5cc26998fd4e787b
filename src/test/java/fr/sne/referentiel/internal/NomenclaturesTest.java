package fr.sne.referentiel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** On the real committed nomenclatures.csv. */
class NomenclaturesTest {

    private static NomenclaturesCsv nomenclatures;

    @BeforeAll
    static void charger() {
        nomenclatures = new NomenclaturesCsv();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ListeCivilite", "ListeNationalite", "ListeSituationFamiliale", "ListeLienDemandeur",
            "ListeTypeLogement", "ListeCategorieLogementRecherche", "ListeSexe", "ListeLienParente",
            "ListeTypeContratTravail", "ListeRessourceRecue", "ListeRessourceVersee", "ListeModeleLogement",
            "ListeMotifDemande", "ListeMotifsRadiation", "ListeSousMotifRadiationIrrecevabilite", "ListeTypeFichier"})
    void chaque_liste_attendue_existe_et_n_est_pas_vide(String liste) {
        assertThat(nomenclatures.listes()).contains(liste);
        assertThat(nomenclatures.liste(liste)).isNotEmpty();
    }

    @Test
    void le_fichier_compte_toutes_les_listes_et_tous_les_codes() {
        List<String[]> lignes = FichierReferentiel.lire("nomenclatures.csv", "liste", "code", "libelle");
        assertThat(nomenclatures.listes()).hasSize((int) lignes.stream().map(l -> l[0]).distinct().count())
                .hasSizeGreaterThanOrEqualTo(31);
        assertThat(nomenclatures.listes().stream().mapToInt(l -> nomenclatures.liste(l).size()).sum())
                .isEqualTo(lignes.size());
        assertThat(lignes).allSatisfy(l -> assertThat(nomenclatures.libelle(l[0], l[1])).contains(l[2]));
    }

    @Test
    void civilite() {
        assertThat(nomenclatures.contient("ListeCivilite", "1")).isTrue();
        assertThat(nomenclatures.contient("ListeCivilite", "2")).isTrue();
        assertThat(nomenclatures.contient("ListeCivilite", "3")).isTrue();
        assertThat(nomenclatures.contient("ListeCivilite", "4")).isFalse();
        assertThat(nomenclatures.libelle("ListeCivilite", "2")).contains("Madame");
        assertThat(nomenclatures.liste("ListeCivilite").keySet()).containsExactly("1", "2", "3");
    }

    @Test
    void liste_et_code_inconnus() {
        assertThat(nomenclatures.liste("ListeInconnue")).isEmpty();
        assertThat(nomenclatures.contient("ListeInconnue", "1")).isFalse();
        assertThat(nomenclatures.libelle("ListeCivilite", "9")).isEmpty();
        assertThatThrownBy(() -> nomenclatures.liste("ListeCivilite").put("9", "x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
