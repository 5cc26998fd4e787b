package fr.sne.demande.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.Refus;
import fr.sne.demande.domaine.ActionDemande;
import fr.sne.demande.domaine.ActionPermise;
import fr.sne.demande.domaine.MotifRadiation;

/** The page's buttons follow the demande's answer: a link, greyed with the catalogue's reason, or absent. */
class BoutonsActionsTest {

    private static final Refus HORS_FENETRE = Refus.de(CodeMotif.RENOUVELLEMENT_HORS_FENETRE, Map.of("numero", "N",
            "dateFinValidite", "2026-03-10", "renouvelablePartirDu", "2025-12-10"));

    @Test
    void permise_grisee_ou_absente() {
        Map<String, BoutonsActions> boutons = BoutonsActions.de(List.of(
                new ActionPermise(ActionDemande.MODIFIER, null, null),
                new ActionPermise(ActionDemande.RENOUVELER, null, HORS_FENETRE),
                new ActionPermise(ActionDemande.FUSIONNER, null, Refus.de(CodeMotif.FUSION_RESERVEE_AU_GESTIONNAIRE)),
                new ActionPermise(ActionDemande.RADIER, MotifRadiation.ATTRIBUTION, Refus.de(
                        CodeMotif.RADIATION_RESERVEE_AU_BAILLEUR, Map.of("motif", "a", "libelle", "attribution"))),
                new ActionPermise(ActionDemande.RADIER, MotifRadiation.RENONCIATION, null)), false);

        assertThat(boutons.get("MODIFIER")).extracting(BoutonsActions::affiche, BoutonsActions::permis)
                .containsExactly(true, true);
        assertThat(boutons.get("RENOUVELER").grise()).isTrue();
        assertThat(boutons.get("RENOUVELER").raison()).isEqualTo(HORS_FENETRE.message());
        assertThat(boutons.get("FUSIONNER").affiche()).as("pas l'acte d'un guichet").isFalse();
        assertThat(boutons.get("RADIER").permis()).as("un motif au moins est permis").isTrue();
    }

    @Test
    void rien_sur_une_demande_effacee() {
        Map<String, BoutonsActions> boutons = BoutonsActions.de(List.of(
                new ActionPermise(ActionDemande.REACTIVER, null, Refus.de(CodeMotif.REACTIVATION_HORS_DELAI,
                        Map.of("numero", "N", "reactivableJusquAu", "2025-01-01")))), true);
        assertThat(boutons.get("REACTIVER").affiche()).isFalse();
    }
}
