package fr.sne.guichet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.sne.TestIntegration;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.guichet.administration.Administration.SaisieGuichet;
import fr.sne.guichet.administration.CreerGuichet;

/** A national guichet registers in every territory (ADR 0025): only the national administrator creates one. */
@TestIntegration
class GuichetNationalIT {

    private static final String CODE = "GCNZZ";

    @Autowired
    private CreerGuichet creer;
    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void nettoyer() {
        jdbc.sql("delete from journal_administration where guichet_code = ?").param(CODE).update();
        jdbc.sql("delete from guichet where code = ?").param(CODE).update();
    }

    private static SaisieGuichet saisie(String type) {
        return new SaisieGuichet(CODE, "Centre national d'essai", type, "059", null, null, null, null, null);
    }

    @Test
    void seul_l_administrateur_national_cree_un_guichet_national() {
        DonneesInvalidesException refus = catchThrowableOfType(DonneesInvalidesException.class,
                () -> creer.executer(Acteur.gestionnaireTerritorial("gestionnaire-059", "059"),
                        saisie("CENTRE_NATIONAL")));
        assertThat(refus.erreurs()).extracting(ErreurChamp::champ, ErreurChamp::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("type", "GUICHET_NATIONAL_RESERVE"));
        assertThat(jdbc.sql("select count(*) from guichet where code = ?").param(CODE).query(Long.class).single())
                .isZero();

        assertThat(creer.executer(Acteur.administrateurNational("admin-national"), saisie("CENTRE_NATIONAL")))
                .isEqualTo(CODE);
        assertThat(jdbc.sql("select type from guichet where code = ?").param(CODE).query(String.class).single())
                .isEqualTo("CENTRE_NATIONAL");
    }
}
