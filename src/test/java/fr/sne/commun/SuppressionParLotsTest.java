package fr.sne.commun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SuppressionParLotsTest {

    @Test
    void supprime_par_lots_jusqu_a_un_lot_incomplet_et_compte_le_tout() {
        int[] restant = {12};
        List<Integer> lots = new ArrayList<>();
        int total = SuppressionParLots.jusquAuBout(5, taille -> {
            int supprimes = Math.min(taille, restant[0]);
            restant[0] -= supprimes;
            lots.add(supprimes);
            return supprimes;
        });
        assertThat(total).isEqualTo(12);
        assertThat(lots).containsExactly(5, 5, 2);
    }

    @Test
    void un_multiple_exact_du_lot_finit_par_un_lot_vide() {
        int[] restant = {10};
        List<Integer> lots = new ArrayList<>();
        int total = SuppressionParLots.jusquAuBout(5, taille -> {
            int supprimes = Math.min(taille, restant[0]);
            restant[0] -= supprimes;
            lots.add(supprimes);
            return supprimes;
        });
        assertThat(total).isEqualTo(10);
        assertThat(lots).containsExactly(5, 5, 0);
    }
}
