package fr.sne.referentiel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.sne.referentiel.Commune;

/** The search behind the commune fields' autocomplete. */
class RechercheCommunesTest {

    private static ReferentielGeographiqueCsv referentiel;

    @BeforeAll
    static void charger() {
        referentiel = new ReferentielGeographiqueCsv();
    }

    @Test
    void le_debut_d_un_nom_sans_accent_ni_majuscule_trouve_la_commune_le_nom_exact_d_abord() {
        assertThat(referentiel.rechercherCommunes("lille", null, 5)).first().extracting(Commune::code)
                .isEqualTo("59350");
        assertThat(referentiel.rechercherCommunes("villeneuve d'a", null, 5)).extracting(Commune::code)
                .contains("59009");
        assertThat(referentiel.rechercherCommunes("ÉVRY", null, 20)).extracting(Commune::nom)
                .allMatch(nom -> nom.toUpperCase().startsWith("EVRY") || nom.toUpperCase().startsWith("ÉVRY")
                        || nom.toUpperCase().contains(" EVRY") || nom.toUpperCase().contains("-ÉVRY")
                        || nom.toUpperCase().contains("-EVRY"));
    }

    @Test
    void un_mot_du_nom_le_code_insee_ou_le_code_postal_trouvent_aussi_la_commune() {
        assertThat(referentiel.rechercherCommunes("ascq", null, 10)).extracting(Commune::code).contains("59009");
        assertThat(referentiel.rechercherCommunes("59512", null, 10)).extracting(Commune::code).contains("59512");
        assertThat(referentiel.rechercherCommunes("59100", null, 10)).extracting(Commune::code).contains("59512");
    }

    @Test
    void le_territoire_et_le_maximum_bornent_les_suggestions() {
        assertThat(referentiel.rechercherCommunes("saint", "062", 10)).hasSize(10)
                .allMatch(c -> c.codeDepartement().equals("62"));
        assertThat(referentiel.rechercherCommunes("paris", "111", 30)).extracting(Commune::codeRegion)
                .containsOnly("11");
        assertThat(referentiel.rechercherCommunes("  ", null, 10)).isEmpty();
        assertThat(referentiel.rechercherCommunes("zzzzqq", null, 10)).isEmpty();
    }
}
