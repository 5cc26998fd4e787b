package fr.sne.demande.domaine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.Decision;
import fr.sne.commun.Refus;
import fr.sne.referentiel.Territoire;

/** The registration policies, each on its own: yes, or no with a code of the catalogue. */
class PolitiquesTest {

    static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 25);

    @Test
    void la_date_de_depot_va_d_il_y_a_un_mois_a_aujourd_hui() {
        assertThat(PolitiqueDateDepot.evaluer(AUJOURDHUI, AUJOURDHUI)).isEqualTo(Decision.ACCORD);
        assertThat(PolitiqueDateDepot.evaluer(AUJOURDHUI.minusMonths(1), AUJOURDHUI)).isEqualTo(Decision.ACCORD);
        assertThat(code(PolitiqueDateDepot.evaluer(AUJOURDHUI.plusDays(1), AUJOURDHUI)))
                .isEqualTo(CodeMotif.DATE_FUTURE);
        assertThat(code(PolitiqueDateDepot.evaluer(AUJOURDHUI.minusMonths(1).minusDays(1), AUJOURDHUI)))
                .isEqualTo(CodeMotif.DEPOT_TROP_ANCIEN);
    }

    @Test
    void un_guichet_n_enregistre_que_sur_son_territoire() {
        Territoire nord = new Territoire("059", "Nord");
        assertThat(PolitiqueTerritoireGuichet.evaluer(nord, new CodeGuichet("G5901"), "059"))
                .isEqualTo(Decision.ACCORD);
        Decision ailleurs = PolitiqueTerritoireGuichet.evaluer(nord, new CodeGuichet("G6201"), "062");
        assertThat(code(ailleurs)).isEqualTo(CodeMotif.HORS_TERRITOIRE_GUICHET);
        assertThat(((Refus) ailleurs).message()).contains("Nord", "G6201", "062");
    }

    @Test
    void un_adulte_deja_demandeur_actif_sur_le_territoire_est_un_doublon() {
        LocalDate naissance = LocalDate.of(1990, 4, 12);
        Identite claire = Identite.de("Dupont", "Claire Hélène", naissance, null);
        NumeroUnique numero = new NumeroUnique("0591126000042G5901");
        PolitiqueDoublon.Existante existante = new PolitiqueDoublon.Existante(
                Identite.de("DUPONT", "Claire", naissance, null), numero, "Claire", "DUPONT",
                LocalDate.of(2026, 11, 2));

        Decision doublon = PolitiqueDoublon.evaluer(List.of(claire), List.of(existante));
        assertThat(code(doublon)).isEqualTo(CodeMotif.DOUBLON);
        assertThat(((Refus) doublon).detailsTexte()).containsEntry("numeroUniqueExistant", numero.valeur())
                .containsEntry("dateDepotExistante", "2026-11-02");

        Identite autre = Identite.de("Martin", "Paul", LocalDate.of(1985, 1, 2), null);
        assertThat(PolitiqueDoublon.evaluer(List.of(autre), List.of(existante))).isEqualTo(Decision.ACCORD);
        assertThat(PolitiqueDoublon.evaluer(List.of(claire), List.of())).isEqualTo(Decision.ACCORD);
    }

    private static CodeMotif code(Decision decision) {
        assertThat(decision).isInstanceOf(Refus.class);
        return ((Refus) decision).code();
    }
}
