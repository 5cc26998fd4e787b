package fr.sne.gestion.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.sne.demande.DocumentMouvement;
import fr.sne.demande.EvenementsDemande.MouvementDemande;
import fr.sne.gestion.Priorite;

/** The priorities of a demande are derived from its events DECISION_DALO and PRIORITE_RECONNUE. */
class ConsulterPrioritesTest {

    static final Instant QUAND = Instant.parse("2026-03-10T10:00:00Z");

    static MouvementDemande evt(long id, String code, LocalDate date, Map<String, Object> donnees) {
        return new MouvementDemande(id, "EVT", QUAND, "G5901", 1, new DocumentMouvement.Evenement(1, "EVT",
                "059032600000100001", "059", "G5901", new DocumentMouvement.ActeurMouvement("AGENT", "a"), QUAND, code,
                date, null, donnees));
    }

    @Test
    void dalo_d_abord_puis_les_publics_dans_l_ordre_de_la_liste_la_derniere_reconnaissance_l_emporte() {
        List<Priorite> priorites = ConsulterPriorites.deriver(List.of(
                evt(1, "PRIORITE_RECONNUE", LocalDate.of(2026, 1, 5), Map.of("public", "MENACE_EXPULSION")),
                evt(2, "PRIORITE_RECONNUE", LocalDate.of(2026, 1, 6), Map.of("public", "HANDICAP")),
                evt(3, "DECISION_DALO", LocalDate.of(2026, 2, 1), Map.of("dateDecision", "2026-01-20")),
                evt(4, "DECISION_DALO", LocalDate.of(2026, 3, 1), Map.of("dateDecision", "2026-02-25")),
                evt(5, "VISITES_PROPOSEES", LocalDate.of(2026, 3, 1), Map.of())));

        assertThat(priorites).extracting(Priorite::code).containsExactly("DALO", "HANDICAP", "MENACE_EXPULSION");
        assertThat(priorites.get(0).date()).as("the later DALO decision, by its decision date")
                .isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(priorites.get(0).mouvement()).isEqualTo(4);
        assertThat(priorites.get(1).date()).isEqualTo(LocalDate.of(2026, 1, 6));
    }

    @Test
    void sans_evenement_de_priorite_aucune_priorite() {
        assertThat(ConsulterPriorites.deriver(List.of(evt(1, "DEMANDE_PIECES", LocalDate.of(2026, 1, 5), Map.of()))))
                .isEmpty();
    }
}
