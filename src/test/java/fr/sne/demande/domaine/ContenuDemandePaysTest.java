package fr.sne.demande.domaine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A content read from an old movement document gives its countries as names (ADR 0019). */
class ContenuDemandePaysTest {

    private static ContenuDemande.Personne personne(String nom, String pays) {
        return new ContenuDemande.Personne("2", nom, null, "Claire", LocalDate.of(1988, 4, 12), "F", "3", pays,
                null, null, "C", null, null, null, List.of());
    }

    @Test
    void chaque_champ_de_pays_et_lui_seul_passe_par_le_libelle() {
        Map<String, String> libelles = Map.of("99350", "Maroc", "99352", "Algérie", "99131", "Belgique");
        ContenuDemande ancien = new ContenuDemande(LocalDate.of(2026, 1, 5), personne("Durand", "99350"),
                List.of(personne("Martin", "99352"), personne("Petit", null)), List.of(), null,
                new ContenuDemande.Adresse("12 rue Neuve", null, null, null, null, "Bruxelles", "99131"), null, null,
                List.of("09"), null, null, "précisions");

        ContenuDemande relu = ancien.avecPaysRelus(v -> libelles.getOrDefault(v, v));

        assertThat(relu.demandeur().paysNaissance()).isEqualTo("Maroc");
        assertThat(relu.coDemandeurs()).extracting(ContenuDemande.Personne::paysNaissance)
                .containsExactly("Algérie", null);
        assertThat(relu.adresse().pays()).isEqualTo("Belgique");
        // everything else as it was
        assertThat(relu.avecPaysRelus(v -> v)).isEqualTo(relu);
        assertThat(new ContenuDemande(relu.dateDepot(), ancien.demandeur(), ancien.coDemandeurs(),
                relu.personnesACharge(), relu.personnesANaitre(), ancien.adresse(), relu.contact(),
                relu.logementActuel(), relu.motifs(), relu.logementRecherche(), relu.handicap(), relu.precisions()))
                .isEqualTo(ancien);
    }
}
