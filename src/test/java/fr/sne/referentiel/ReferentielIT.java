package fr.sne.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.TestIntegration;

/** The referentials are Spring beans, injected by their API interfaces in the running application. */
@TestIntegration
class ReferentielIT {

    @Autowired
    ReferentielGeographique geographique;

    @Autowired
    ReferentielPays pays;

    @Autowired
    Nomenclatures nomenclatures;

    @Test
    void les_referentiels_sont_injectes_et_charges() {
        Commune lille = geographique.commune("59350").orElseThrow();
        assertThat(geographique.territoireDeCommune(lille).code()).isEqualTo("059");
        assertThat(pays.resoudre("Maroc").map(Pays::code)).contains("99350");
        assertThat(nomenclatures.contient("ListeCivilite", "1")).isTrue();
    }
}
