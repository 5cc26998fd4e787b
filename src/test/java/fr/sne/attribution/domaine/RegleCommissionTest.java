package fr.sne.attribution.domaine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.Refus;

/** Three candidates or an exception, the order of candidates, and whose turn it is to answer. */
class RegleCommissionTest {

    @Test
    void trois_candidats_distincts_ou_une_exception() {
        assertThat(RegleCommission.candidats(1, List.of("A", "B", "C"), null)).isEmpty();
        assertThat(RegleCommission.candidats(1, List.of("A", "B"), null)).map(Refus::code)
                .contains(CodeMotif.CANDIDATS_INSUFFISANTS);
        assertThat(RegleCommission.candidats(1, List.of("A"), ExceptionTroisCandidats.DESIGNATION_DALO)).isEmpty();
        assertThat(RegleCommission.candidats(1, List.of("A", "B", "A"), null)).map(Refus::code)
                .contains(CodeMotif.CANDIDAT_EN_DOUBLE);
    }

    @Test
    void les_prioritaires_d_abord_puis_l_anciennete() {
        LocalDate jour = LocalDate.of(2026, 1, 10);
        List<ClassementCandidats.Candidat> classes = ClassementCandidats.classer(List.of(
                new ClassementCandidats.Candidat("C", false, jour.minusYears(3)),
                new ClassementCandidats.Candidat("B", true, jour),
                new ClassementCandidats.Candidat("A", false, jour.minusYears(1)),
                new ClassementCandidats.Candidat("D", true, jour.minusYears(2))), c -> c);
        assertThat(classes).extracting(ClassementCandidats.Candidat::numeroUnique).containsExactly("D", "B", "C", "A");
    }

    private static RegleCommission.Attribuee a(String numero, DecisionCommission d, Integer rang, ReponseDemandeur r) {
        return new RegleCommission.Attribuee(numero, d, rang, r);
    }

    @Test
    void le_refus_du_premier_classe_passe_le_logement_au_suivant() {
        List<RegleCommission.Attribuee> avant = List.of(
                a("A", DecisionCommission.ATTRIBUTION_RANG, 1, null),
                a("B", DecisionCommission.ATTRIBUTION_RANG, 2, null),
                a("C", DecisionCommission.NON_ATTRIBUTION, null, null));
        assertThat(RegleCommission.auTourDe(avant)).map(RegleCommission.Attribuee::numero).contains("A");
        assertThat(RegleCommission.peutRepondre(9, "B", avant)).map(Refus::code)
                .contains(CodeMotif.ATTRIBUTAIRE_MIEUX_CLASSE);
        assertThat(RegleCommission.peutRepondre(9, "C", avant)).map(Refus::code)
                .contains(CodeMotif.CANDIDAT_NON_ATTRIBUTAIRE);

        List<RegleCommission.Attribuee> apres = List.of(
                a("A", DecisionCommission.ATTRIBUTION_RANG, 1, ReponseDemandeur.REFUSEE),
                a("B", DecisionCommission.ATTRIBUTION_RANG, 2, null),
                a("C", DecisionCommission.NON_ATTRIBUTION, null, null));
        assertThat(RegleCommission.peutRepondre(9, "B", apres)).isEmpty();
        assertThat(RegleCommission.peutRepondre(9, "A", apres)).map(Refus::code)
                .contains(CodeMotif.REPONSE_DEJA_DONNEE);
    }

    @Test
    void chaque_decision_a_son_evenement_descal() {
        assertThat(DecisionCommission.ATTRIBUTION.evenement()).isEqualTo(EvenementAttribution.DESCAL);
        assertThat(DecisionCommission.ATTRIBUTION_RANG.evenement()).isEqualTo(EvenementAttribution.DESCAL);
        assertThat(DecisionCommission.ATTRIBUTION_CONDITION.evenement()).isEqualTo(EvenementAttribution.DESCAL01);
        assertThat(DecisionCommission.NON_ATTRIBUTION.evenement()).isEqualTo(EvenementAttribution.DESCAL02);
        assertThat(DecisionCommission.IRRECEVABILITE.evenement()).isEqualTo(EvenementAttribution.DESCAL02);
    }
}
