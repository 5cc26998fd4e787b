package fr.sne.gestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ErreurChamp;
import fr.sne.gestion.domaine.CatalogueEvenements;
import fr.sne.gestion.domaine.CatalogueEvenements.Saisie;
import fr.sne.gestion.domaine.DonneeEvenement;
import fr.sne.gestion.domaine.OrigineEvenement;
import fr.sne.gestion.domaine.TypeEvenement;

/** The rules of an event entered by hand, as the catalogue says them. */
class CatalogueEvenementsTest {

    static final LocalDate AUJOURDHUI = LocalDate.of(2026, 3, 10);

    static final CatalogueEvenements CATALOGUE = new CatalogueEvenements(List.of(
            new TypeEvenement("CREATION", "Création de la demande", "…", true, OrigineEvenement.CYCLE_DE_VIE,
                    Set.of(), List.of(), List.of()),
            new TypeEvenement("DESCAL", "Attribution proposée", "…", true, OrigineEvenement.DECISION_CAL, Set.of(),
                    List.of(), List.of(DonneeEvenement.RANG)),
            new TypeEvenement("DECISION_DALO", "Décision favorable DALO", "…", false, OrigineEvenement.SAISIE,
                    Set.of("ETAT"), List.of(DonneeEvenement.DATE_DECISION), List.of()),
            new TypeEvenement("PRIORITE_RECONNUE", "Priorité reconnue", "…", false, OrigineEvenement.SAISIE,
                    Set.of("ETAT", "BAILLEUR"), List.of(DonneeEvenement.PUBLIC), List.of()),
            new TypeEvenement("VISITES_PROPOSEES", "Visites proposées", "…", true, OrigineEvenement.SAISIE,
                    Set.of("BAILLEUR"), List.of(), List.of(DonneeEvenement.IDENTIFIANT_RPLS))));

    private static Saisie saisir(String code, String type, LocalDate date, Map<String, ?> donnees) {
        return CATALOGUE.saisir(code, type, date, null, donnees, AUJOURDHUI);
    }

    private static List<String> codes(Saisie saisie) {
        assertThat(saisie).isInstanceOf(Saisie.Invalide.class);
        return ((Saisie.Invalide) saisie).erreurs().stream().map(e -> e.champ() + " " + e.code()).toList();
    }

    @Test
    void un_evenement_saisissable_par_son_type_de_guichet_est_accepte_avec_ses_donnees_lues() {
        Saisie saisie = saisir("DECISION_DALO", "ETAT", AUJOURDHUI.minusDays(3),
                Map.of("dateDecision", "2026-02-01"));

        assertThat(saisie).isInstanceOfSatisfying(Saisie.Acceptee.class, a -> {
            assertThat(a.evenement().type().code()).isEqualTo("DECISION_DALO");
            assertThat(a.evenement().donnees()).containsExactly(Map.entry("dateDecision", "2026-02-01"));
            assertThat(a.evenement().date()).isEqualTo(AUJOURDHUI.minusDays(3));
        });
    }

    @Test
    void un_code_inconnu_est_refuse_sur_le_champ_code() {
        assertThat(codes(saisir("INVENTE", "ETAT", AUJOURDHUI, Map.of())))
                .containsExactly("code " + CodeMotif.EVENEMENT_INCONNU.name());
    }

    @Test
    void une_decision_de_cal_ne_se_saisit_jamais_meme_par_un_bailleur() {
        assertThat(codes(saisir("DESCAL", "BAILLEUR", AUJOURDHUI, Map.of())))
                .containsExactly("code " + CodeMotif.EVENEMENT_RESERVE_DECISION_CAL.name());
    }

    @Test
    void un_evenement_du_cycle_de_vie_ne_se_saisit_pas() {
        assertThat(codes(saisir("CREATION", "BAILLEUR", AUJOURDHUI, Map.of())))
                .containsExactly("code " + CodeMotif.EVENEMENT_DU_CYCLE_DE_VIE.name());
    }

    @Test
    void un_type_de_guichet_qui_ne_saisit_pas_ce_code_est_interdit_avec_les_types_admis() {
        Saisie saisie = saisir("DECISION_DALO", "BAILLEUR", AUJOURDHUI, Map.of("dateDecision", "2026-02-01"));

        assertThat(saisie).isInstanceOfSatisfying(Saisie.Interdite.class, i -> {
            assertThat(i.refus().code()).isEqualTo(CodeMotif.EVENEMENT_NON_AUTORISE_GUICHET);
            assertThat(i.refus().message()).contains("BAILLEUR", "DECISION_DALO", "ETAT");
        });
    }

    @Test
    void la_donnee_requise_manquante_la_date_future_et_une_donnee_etrangere_sont_toutes_signalees() {
        assertThat(codes(saisir("DECISION_DALO", "ETAT", AUJOURDHUI.plusDays(1), Map.of("rang", 2, "autre", "x"))))
                .containsExactlyInAnyOrder("date " + CodeMotif.DATE_FUTURE.name(),
                        "donnees.dateDecision " + CodeMotif.OBLIGATOIRE.name(),
                        "donnees.rang " + CodeMotif.NON_APPLICABLE.name(),
                        "donnees.autre " + CodeMotif.CHAMP_INCONNU.name());
    }

    @Test
    void la_decision_dalo_ne_peut_pas_etre_datee_du_futur_ni_mal_formee() {
        assertThat(codes(saisir("DECISION_DALO", "ETAT", AUJOURDHUI, Map.of("dateDecision", "2026-03-11"))))
                .containsExactly("donnees.dateDecision " + CodeMotif.DATE_FUTURE.name());
        assertThat(codes(saisir("DECISION_DALO", "ETAT", AUJOURDHUI, Map.of("dateDecision", "11/03/2026"))))
                .containsExactly("donnees.dateDecision " + CodeMotif.FORMAT_INVALIDE.name());
    }

    @Test
    void le_public_prioritaire_est_un_code_de_la_liste_l441_1() {
        assertThat(saisir("PRIORITE_RECONNUE", "BAILLEUR", AUJOURDHUI, Map.of("public", "VIOLENCES_CONJUGALES")))
                .isInstanceOf(Saisie.Acceptee.class);
        List<ErreurChamp> erreurs = ((Saisie.Invalide) saisir("PRIORITE_RECONNUE", "BAILLEUR", AUJOURDHUI,
                Map.of("public", "RICHE"))).erreurs();
        assertThat(erreurs).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(CodeMotif.CODE_INCONNU.name());
            assertThat(e.message()).contains("RICHE", "PublicPrioritaire");
        });
    }

    @Test
    void un_type_de_guichet_ne_voit_a_saisir_que_les_siens_et_jamais_un_evenement_du_registre() {
        assertThat(CATALOGUE.saisissablesPar("BAILLEUR")).extracting(TypeEvenement::code)
                .containsExactly("PRIORITE_RECONNUE", "VISITES_PROPOSEES");
        assertThat(CATALOGUE.saisissablesPar("ETAT")).extracting(TypeEvenement::code)
                .containsExactly("DECISION_DALO", "PRIORITE_RECONNUE");
    }
}
