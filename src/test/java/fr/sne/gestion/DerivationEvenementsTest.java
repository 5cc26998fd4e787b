package fr.sne.gestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.sne.demande.DocumentMouvement;
import fr.sne.demande.DocumentMouvement.ActeurMouvement;
import fr.sne.demande.EvenementsDemande.MouvementDemande;
import fr.sne.gestion.domaine.CatalogueEvenements;
import fr.sne.gestion.domaine.DerivationEvenements;
import fr.sne.gestion.domaine.EvenementGestion;
import fr.sne.gestion.domaine.OrigineEvenement;
import fr.sne.gestion.domaine.TypeEvenement;
import tools.jackson.databind.node.JsonNodeFactory;

/** A demande's events are its movements read through the catalogue: one row per movement, never a second one. */
class DerivationEvenementsTest {

    static final String N = "059032600000100001";
    static final ActeurMouvement ACTEUR = new ActeurMouvement("AGENT", "agent-g5901");
    static final Instant QUAND = Instant.parse("2026-03-10T10:00:00Z");

    static final CatalogueEvenements CATALOGUE = new CatalogueEvenements(List.of(
            type("CREATION", true, OrigineEvenement.CYCLE_DE_VIE), type("VALIDATION", true, OrigineEvenement.CYCLE_DE_VIE),
            type("RADIATION", true, OrigineEvenement.CYCLE_DE_VIE),
            type("REACTIVATION", true, OrigineEvenement.CYCLE_DE_VIE),
            type("DESCAL02", true, OrigineEvenement.DECISION_CAL)));

    static TypeEvenement type(String code, boolean visible, OrigineEvenement origine) {
        return new TypeEvenement(code, "Libellé " + code, "…", visible, origine,
                origine == OrigineEvenement.SAISIE ? Set.of("BAILLEUR") : Set.of(), List.of(), List.of());
    }

    @Test
    void l_enregistrement_donne_creation_et_validation_d_un_seul_mouvement() {
        MouvementDemande cre = new MouvementDemande(1, "CRE", QUAND, "G5901", 1, new DocumentMouvement.Creation(1,
                "CRE", N, "059", "G5901", ACTEUR, QUAND, "ACTIVE", LocalDate.of(2026, 3, 2),
                LocalDate.of(2027, 3, 2), null, JsonNodeFactory.instance.objectNode()));

        List<EvenementGestion> evenements = DerivationEvenements.evenements(List.of(cre), CATALOGUE);

        assertThat(evenements).extracting(EvenementGestion::code).containsExactly("CREATION", "VALIDATION");
        assertThat(evenements).extracting(EvenementGestion::mouvement).containsOnly(1L);
        assertThat(evenements.get(0).date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(evenements.get(1).date()).as("validated at registration").isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void une_radiation_puis_une_reactivation_donnent_leurs_evenements_et_une_modification_aucun() {
        MouvementDemande rad = new MouvementDemande(2, "RAD", QUAND, "G5901", 2, new DocumentMouvement.Radiation(1,
                "RAD", N, "059", "G5901", ACTEUR, QUAND, "RADIEE", "c", null, LocalDate.of(2026, 3, 9),
                DocumentMouvement.DonneesRadiation.AUCUNE, null, null));
        MouvementDemande mod = new MouvementDemande(3, "MOD", QUAND, "G5901", 3, new DocumentMouvement.Modification(1,
                "MOD", N, "059", "G5901", ACTEUR, QUAND, List.of("logementRecherche"),
                JsonNodeFactory.instance.objectNode()));
        MouvementDemande rea = new MouvementDemande(4, "MOD", QUAND, "G5901", 4, new DocumentMouvement.Reactivation(1,
                "MOD", N, "059", "G5901", ACTEUR, QUAND, "ACTIVE", new DocumentMouvement.Levee("c"), null,
                LocalDate.of(2027, 3, 2)));

        List<EvenementGestion> evenements = DerivationEvenements.evenements(List.of(rad, mod, rea), CATALOGUE);

        assertThat(evenements).extracting(EvenementGestion::code).containsExactly("RADIATION", "REACTIVATION");
        assertThat(evenements.get(0).donnees()).containsEntry("motifRadiation", "c");
        assertThat(evenements.get(0).date()).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void un_mouvement_evt_est_l_evenement_de_son_code_et_une_decision_negative_prend_le_nom_de_sa_nature() {
        MouvementDemande evt = new MouvementDemande(5, "EVT", QUAND, "G5901", 1, new DocumentMouvement.Evenement(1,
                "EVT", N, "059", "G5901", ACTEUR, QUAND, "DESCAL02", LocalDate.of(2026, 3, 8), null,
                Map.of("nature", "NON_RECEVABILITE")));
        MouvementDemande inconnu = new MouvementDemande(6, "EVT", QUAND, "G5901", 1, new DocumentMouvement.Evenement(1,
                "EVT", N, "059", "G5901", ACTEUR, QUAND, "RETIRE_DU_CATALOGUE", LocalDate.of(2026, 3, 8), "x",
                Map.of()));

        List<EvenementGestion> evenements = DerivationEvenements.evenements(List.of(evt, inconnu), CATALOGUE);

        assertThat(evenements).extracting(EvenementGestion::libelle)
                .containsExactly("Non-recevabilité de la demande", "RETIRE_DU_CATALOGUE");
        assertThat(evenements.get(0).visibleDemandeur()).isTrue();
        assertThat(evenements.get(0).origine()).isEqualTo(OrigineEvenement.DECISION_CAL);
        assertThat(evenements.get(1).visibleDemandeur()).as("unknown code: never shown to the applicant").isFalse();
    }
}
