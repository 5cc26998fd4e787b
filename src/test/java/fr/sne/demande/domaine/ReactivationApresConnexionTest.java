package fr.sne.demande.domaine;

import static fr.sne.demande.domaine.CycleDeVieDemandeTest.acceptee;
import static fr.sne.demande.domaine.CycleDeVieDemandeTest.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.acteur.Acteur;

/**
 * Issue 18 §3: a demande radiated for non-renewal whose applicant signed in during the renewal period (the three
 * months before its end of validity) may be reactivated by the gestionnaire territorial, and by a guichet, until one
 * year after its radiation; without that sign-in, the gestionnaire may not, and a guichet keeps its six months.
 */
class ReactivationApresConnexionTest {

    private static final LocalDate DEPOT = LocalDate.of(2025, 3, 10);
    private static final LocalDate FIN = DEPOT.plusYears(1);
    /** The nightly pass radiates the day after the end of validity. */
    private static final LocalDate RADIATION = FIN.plusDays(1);
    private static final Instant MAINTENANT = Instant.parse("2026-06-15T10:00:00Z");
    private static final Acteur GESTIONNAIRE = Acteur.gestionnaireTerritorial("gt-nord", "059");
    private static final Acteur COMMUNE = Acteur.clientApi("demo-g5902", "G5902", "COMMUNE", "059");
    /** Within the renewal period: a month before the end of validity. */
    private static final LocalDate CONNEXION = FIN.minusMonths(1);

    private static Demande radiee(MotifRadiation motif) {
        return new Demande(new NumeroUnique("0590325000001G5901"), "059", StatutDemande.RADIEE, DEPOT, null, FIN,
                "G5901", MAINTENANT, MAINTENANT, CycleDeVieDemandeTest.contenu("Martin"), motif, null, RADIATION,
                null, 7);
    }

    @Test
    void le_gestionnaire_reactive_une_demande_dont_le_demandeur_s_est_connecte_jusqu_a_la_veille_du_premier_anniversaire() {
        Demande demande = radiee(MotifRadiation.NON_RENOUVELLEMENT);
        LocalDate veille = RADIATION.plusYears(1).minusDays(1);

        DemandeReactivee reactivation = acceptee(demande.reactiver(GESTIONNAIRE, MAINTENANT, veille, CONNEXION));

        assertThat(reactivation.guichet()).isNull();
        assertThat(reactivation.type()).isEqualTo(TypeMouvement.REN);
        assertThat(reactivation.dateFinValidite()).isEqualTo(veille.plusYears(1));
        assertThat(code(demande.reactiver(GESTIONNAIRE, MAINTENANT, veille.plusDays(1), CONNEXION)))
                .isEqualTo(CodeMotif.REACTIVATION_HORS_DELAI);
    }

    @Test
    void sans_connexion_pendant_la_periode_de_renouvellement_le_gestionnaire_ne_reactive_pas() {
        Demande demande = radiee(MotifRadiation.NON_RENOUVELLEMENT);
        LocalDate unMoisApres = RADIATION.plusMonths(1);

        assertThat(code(demande.reactiver(GESTIONNAIRE, MAINTENANT, unMoisApres, null)))
                .isEqualTo(CodeMotif.REACTIVATION_SANS_CONNEXION);
        // a sign-in before the period opened, or after its end, is not a sign-in during it
        assertThat(code(demande.reactiver(GESTIONNAIRE, MAINTENANT, unMoisApres,
                demande.renouvelablePartirDu().minusDays(1)))).isEqualTo(CodeMotif.REACTIVATION_SANS_CONNEXION);
        assertThat(code(demande.reactiver(GESTIONNAIRE, MAINTENANT, unMoisApres, RADIATION)))
                .isEqualTo(CodeMotif.REACTIVATION_SANS_CONNEXION);
        // its first and last days are
        assertThat(demande.reactiver(GESTIONNAIRE, MAINTENANT, unMoisApres, demande.renouvelablePartirDu())
                .refusee()).isEmpty();
        assertThat(demande.reactiver(GESTIONNAIRE, MAINTENANT, unMoisApres, FIN).refusee()).isEmpty();
    }

    @Test
    void la_connexion_prolonge_le_delai_du_guichet_jusqu_a_un_an_apres_la_radiation() {
        Demande demande = radiee(MotifRadiation.NON_RENOUVELLEMENT);
        LocalDate neufMois = RADIATION.plusMonths(9);

        assertThat(code(demande.reactiver(COMMUNE, MAINTENANT, neufMois, null)))
                .isEqualTo(CodeMotif.REACTIVATION_HORS_DELAI);
        assertThat(acceptee(demande.reactiver(COMMUNE, MAINTENANT, neufMois, CONNEXION)).guichet())
                .isEqualTo("G5902");
    }

    @Test
    void la_connexion_ne_change_rien_aux_autres_motifs_ni_au_territoire() {
        LocalDate unMoisApres = RADIATION.plusMonths(1);
        // radiated for no answer: the guichet that radiated, and it alone
        assertThat(code(radiee(MotifRadiation.ABSENCE_REPONSE).reactiver(GESTIONNAIRE, MAINTENANT, unMoisApres,
                CONNEXION))).isEqualTo(CodeMotif.REACTIVATION_RESERVEE_AU_GUICHET_RADIANT);
        assertThat(code(radiee(MotifRadiation.RENONCIATION).reactiver(GESTIONNAIRE, MAINTENANT, unMoisApres,
                CONNEXION))).isEqualTo(CodeMotif.REACTIVATION_IMPOSSIBLE);
        // the actions the page offers say the same as the transition
        Demande demande = radiee(MotifRadiation.NON_RENOUVELLEMENT);
        assertThat(reactiver(demande.actionsPermises(GESTIONNAIRE, unMoisApres, List.of(), CONNEXION)).permise())
                .isTrue();
        assertThat(reactiver(demande.actionsPermises(GESTIONNAIRE, unMoisApres, List.of(), null)).refus().code())
                .isEqualTo(CodeMotif.REACTIVATION_SANS_CONNEXION);
        assertThat(reactiver(demande.actionsPermises(GESTIONNAIRE, unMoisApres, List.of())).refus().code())
                .isEqualTo(CodeMotif.REACTIVATION_SANS_CONNEXION);
        // a national administrator is not a gestionnaire territorial
        assertThat(code(demande.reactiver(Acteur.administrateurNational("admin"), MAINTENANT, unMoisApres,
                CONNEXION))).isEqualTo(CodeMotif.GUICHET_REQUIS);
    }

    private static ActionPermise reactiver(List<ActionPermise> actions) {
        return actions.stream().filter(a -> a.action() == ActionDemande.REACTIVER).findFirst().orElseThrow();
    }
}
